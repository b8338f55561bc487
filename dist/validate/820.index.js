// db-deploy sources sha256:1a2286c390d558f64ef69c4a5abbdfb460db3df55ff85c4f0dfa296063e1fd4e
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdDirname(__filename);
export const id = 820;
export const ids = [820,439];
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
