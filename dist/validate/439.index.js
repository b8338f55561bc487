// db-deploy sources sha256:9e7f516efb84f65d01dcdf78ea9b825e449302e5a59bdd69f95cca3f0470ff24
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname, join as __dbdJoin } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdJoin(__dbdDirname(__filename), ".");
export const id = 439;
export const ids = [439,820];
export const modules = {

/***/ 95439:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 95439;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
