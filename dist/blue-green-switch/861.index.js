// db-deploy sources sha256:3b9550e47c1133e05b8f6b24def30a1b978b0c066d52cd80a87c7e3c6429d407
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname, join as __dbdJoin } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdJoin(__dbdDirname(__filename), ".");
export const id = 861;
export const ids = [861];
export const modules = {

/***/ 57861:
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
webpackEmptyAsyncContext.id = 57861;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
