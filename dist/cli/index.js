#!/usr/bin/env node
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdDirname(__filename);
var __webpack_exports__ = {};
console.log('cli');


