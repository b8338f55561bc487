// db-deploy sources sha256:9e88d8e4ae31512663525bc6e5ba19a1e634af366ab49b5a159a5615ee5ff331
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname, join as __dbdJoin } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdJoin(__dbdDirname(__filename), "..");
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
