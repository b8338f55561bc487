// db-deploy sources sha256:35f03f2a33fea49e73faecec1c91224612c949d98997c399f7a0735e1922bd60
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdDirname(__filename);
export const id = 820;
export const ids = [820,439];
export const modules = {

/***/ 5439:
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
webpackEmptyAsyncContext.id = 5439;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
