// Must stay the first import (see the module).
import '../core/wasm-tiering.js';
import { run } from '../actions/blue-green-switch.js';
void run();
