// Must stay the first import (see the module).
import '../core/wasm-tiering.js';
import { run } from '../actions/monitor.js';
void run();
