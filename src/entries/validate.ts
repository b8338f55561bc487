import { run } from '../actions/validate.js';
void run();
