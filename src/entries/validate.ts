// Must stay the first import (see the module).
import '../core/wasm-tiering.js';
import { run } from '../actions/validate.js';
void run();
