import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdDirname(__filename);
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 9461:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(2124), exports);
__exportStar(__nccwpck_require__(4115), exports);


/***/ }),

/***/ 2124:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 3995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var PgQueryModule=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var Module=moduleArg;var ENVIRONMENT_IS_WEB=!!globalThis.window;var ENVIRONMENT_IS_WORKER=!!globalThis.WorkerGlobalScope;var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";var programArgs=[];var thisProgram="./this.program";var quit_=(status,toThrow)=>{throw toThrow};if(typeof __filename!="undefined"){_scriptName=__filename}else if(ENVIRONMENT_IS_WORKER){_scriptName=self.location.href}var scriptDirectory="";function locateFile(path){if(Module["locateFile"]){return Module["locateFile"](path,scriptDirectory)}return scriptDirectory+path}var readAsync,readBinary;if(ENVIRONMENT_IS_NODE){var fs=__nccwpck_require__(3024);scriptDirectory=__dirname+"/";readBinary=filename=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename);return ret};readAsync=async(filename,binary=true)=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename,binary?undefined:"utf8");return ret};if(process.argv.length>1){thisProgram=process.argv[1].replace(/\\/g,"/")}programArgs=process.argv.slice(2);quit_=(status,toThrow)=>{process.exitCode=status;throw toThrow}}else if(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER){try{scriptDirectory=new URL(".",_scriptName).href}catch{}{if(ENVIRONMENT_IS_WORKER){readBinary=url=>{var xhr=new XMLHttpRequest;xhr.open("GET",url,false);xhr.responseType="arraybuffer";xhr.send(null);return new Uint8Array(xhr.response)}}readAsync=async url=>{var response=await fetch(url,{credentials:"same-origin"});if(response.ok){return response.arrayBuffer()}throw new Error(response.status+" : "+response.url)}}}else{}var out=console.log.bind(console);var err=console.error.bind(console);var wasmBinary;var ABORT=false;var EXITSTATUS;var isFileURI=filename=>filename.startsWith("file://");class EmscriptenEH{}class EmscriptenSjLj extends EmscriptenEH{}var runtimeInitialized=false;function getMemoryBuffer(){return wasmMemory.buffer}function updateMemoryViews(){if(HEAP8?.buffer?.resizable)return;var b=getMemoryBuffer();HEAP8=new Int8Array(b);HEAP16=new Int16Array(b);Module["HEAPU8"]=HEAPU8=new Uint8Array(b);HEAPU16=new Uint16Array(b);HEAP32=new Int32Array(b);Module["HEAPU32"]=HEAPU32=new Uint32Array(b);HEAPF32=new Float32Array(b);HEAPF64=new Float64Array(b);HEAP64=new BigInt64Array(b);HEAPU64=new BigUint64Array(b)}function preRun(){var preRun=Module["preRun"];if(preRun){if(typeof preRun=="function")preRun=[preRun];onPreRuns.push(...preRun)}callRuntimeCallbacks(onPreRuns)}function initRuntime(){runtimeInitialized=true;if(!Module["noFSInit"]&&!FS.initialized)FS.init();TTY.init();wasmExports["A"]();FS.ignorePermissions=false}function postRun(){var postRun=Module["postRun"];if(postRun){if(typeof postRun=="function")postRun=[postRun];onPostRuns.push(...postRun)}callRuntimeCallbacks(onPostRuns)}function abort(what){Module["onAbort"]?.(what);what=`Aborted(${what})`;err(what);ABORT=true;what+=". Build with -sASSERTIONS for more info.";var e=new WebAssembly.RuntimeError(what);throw e}var wasmBinaryFile;function findWasmBinary(){return locateFile("libpg-query.wasm")}function getBinarySync(file){if(readBinary){return readBinary(file)}throw"both async and sync fetching of the wasm failed"}async function getWasmBinary(binaryFile){if(!wasmBinary){try{var response=await readAsync(binaryFile);return new Uint8Array(response)}catch{}}return getBinarySync(binaryFile)}async function instantiateArrayBuffer(binaryFile,imports){try{var binary=await getWasmBinary(binaryFile);var instance=await WebAssembly.instantiate(binary,imports);return instance}catch(reason){err(`failed to asynchronously prepare wasm: ${reason}`);abort(reason)}}async function instantiateAsync(binary,binaryFile,imports){if(!binary&&!ENVIRONMENT_IS_NODE){try{var response=fetch(binaryFile,{credentials:"same-origin"});var instantiationResult=await WebAssembly.instantiateStreaming(response,imports);return instantiationResult}catch(reason){err(`wasm streaming compile failed: ${reason}`);err("falling back to ArrayBuffer instantiation")}}return instantiateArrayBuffer(binaryFile,imports)}function getWasmImports(){var imports={a:wasmImports};return imports}async function createWasm(){function receiveInstance(instance){wasmExports=instance.exports;assignWasmExports(wasmExports);updateMemoryViews();return wasmExports}function receiveInstantiationResult(result){return receiveInstance(result["instance"])}var info=getWasmImports();var instantiateWasm=Module["instantiateWasm"];if(instantiateWasm){return new Promise(resolve=>{instantiateWasm(info,inst=>resolve(receiveInstance(inst)))})}wasmBinaryFile??=findWasmBinary();var result=await instantiateAsync(wasmBinary,wasmBinaryFile,info);var exports=receiveInstantiationResult(result);return exports}class ExitStatus{name="ExitStatus";constructor(status){this.message=`Program terminated with exit(${status})`;this.status=status}}var HEAP16;var HEAP32;var HEAP64;var HEAP8;var HEAPF32;var HEAPF64;var HEAPU16;var HEAPU32;var HEAPU64;var HEAPU8;var callRuntimeCallbacks=callbacks=>{while(callbacks.length>0){callbacks.shift()(Module)}};var onPostRuns=[];var onPreRuns=[];function getValue(ptr,type="i8"){if(type.endsWith("*"))type="*";switch(type){case"i1":return HEAP8[ptr];case"i8":return HEAP8[ptr];case"i16":return HEAP16[ptr>>1];case"i32":return HEAP32[ptr>>2];case"i64":return HEAP64[ptr>>3];case"float":return HEAPF32[ptr>>2];case"double":return HEAPF64[ptr>>3];case"*":return HEAPU32[ptr>>2];default:abort(`invalid type for getValue: ${type}`)}}var noExitRuntime=true;var stackRestore=val=>__emscripten_stack_restore(val);var stackSave=()=>_emscripten_stack_get_current();var UTF8Decoder=globalThis.TextDecoder&&new TextDecoder;var findStringEnd=(heapOrArray,idx,maxBytesToRead,ignoreNul)=>{var maxIdx=idx+maxBytesToRead;if(ignoreNul)return maxIdx;while(heapOrArray[idx]&&!(idx>=maxIdx))++idx;return idx};var UTF8ArrayToString=(heapOrArray,idx=0,maxBytesToRead,ignoreNul)=>{var endPtr=findStringEnd(heapOrArray,idx,maxBytesToRead,ignoreNul);if(endPtr-idx>16&&heapOrArray.buffer&&UTF8Decoder){return UTF8Decoder.decode(heapOrArray.subarray(idx,endPtr))}var str="";while(idx<endPtr){var u0=heapOrArray[idx++];if(!(u0&128)){str+=String.fromCharCode(u0);continue}var u1=heapOrArray[idx++]&63;if((u0&224)==192){str+=String.fromCharCode((u0&31)<<6|u1);continue}var u2=heapOrArray[idx++]&63;if((u0&240)==224){u0=(u0&15)<<12|u1<<6|u2}else{u0=(u0&7)<<18|u1<<12|u2<<6|heapOrArray[idx++]&63}if(u0<65536){str+=String.fromCharCode(u0)}else{var ch=u0-65536;str+=String.fromCharCode(55296|ch>>10,56320|ch&1023)}}return str};var UTF8ToString=(ptr,maxBytesToRead,ignoreNul)=>ptr?UTF8ArrayToString(HEAPU8,ptr,maxBytesToRead,ignoreNul):"";var ___assert_fail=(condition,filename,line,func)=>abort(`Assertion failed: ${UTF8ToString(condition)}, at: `+[filename?UTF8ToString(filename):"unknown filename",line,func?UTF8ToString(func):"unknown function"]);var __abort_js=()=>abort("");var runtimeKeepaliveCounter=0;var __emscripten_runtime_keepalive_clear=()=>{noExitRuntime=false;runtimeKeepaliveCounter=0};var __emscripten_throw_longjmp=()=>{throw new EmscriptenSjLj};var timers={};var handleException=e=>{if(e instanceof ExitStatus||e=="unwind"){return EXITSTATUS}quit_(1,e)};var keepRuntimeAlive=()=>noExitRuntime||runtimeKeepaliveCounter>0;var _proc_exit=code=>{EXITSTATUS=code;if(!keepRuntimeAlive()){Module["onExit"]?.(code);ABORT=true}quit_(code,new ExitStatus(code))};var exitJS=(status,implicit)=>{EXITSTATUS=status;_proc_exit(status)};var _exit=exitJS;var maybeExit=()=>{if(!keepRuntimeAlive()){try{_exit(EXITSTATUS)}catch(e){handleException(e)}}};var callUserCallback=func=>{if(ABORT){return}try{return func()}catch(e){handleException(e)}finally{maybeExit()}};var _emscripten_get_now=()=>performance.now();var __setitimer_js=(which,timeout_ms)=>{if(timers[which]){clearTimeout(timers[which].id);delete timers[which]}if(!timeout_ms)return 0;var id=setTimeout(()=>{delete timers[which];callUserCallback(()=>__emscripten_timeout(which,_emscripten_get_now()))},timeout_ms);timers[which]={id,timeout_ms};return 0};var getHeapMax=()=>1073741824;var alignMemory=(size,alignment)=>Math.ceil(size/alignment)*alignment;var growMemory=size=>{var oldHeapSize=wasmMemory.buffer.byteLength;var pages=(size-oldHeapSize+65535)/65536|0;try{wasmMemory.grow(pages);updateMemoryViews();return 1}catch(e){}};var _emscripten_resize_heap=requestedSize=>{var oldSize=HEAPU8.length;requestedSize>>>=0;var maxHeapSize=getHeapMax();if(requestedSize>maxHeapSize){return false}for(var cutDown=1;cutDown<=4;cutDown*=2){var overGrownHeapSize=oldSize*(1+.2/cutDown);overGrownHeapSize=Math.min(overGrownHeapSize,requestedSize+100663296);var newSize=Math.min(maxHeapSize,alignMemory(Math.max(requestedSize,overGrownHeapSize),65536));var replacement=growMemory(newSize);if(replacement){return true}}return false};var PATH={isAbs:path=>path.charAt(0)==="/",splitPath:filename=>{var splitPathRe=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;return splitPathRe.exec(filename).slice(1)},normalizeArray:(parts,allowAboveRoot)=>{var up=0;for(var i=parts.length-1;i>=0;i--){var last=parts[i];if(last==="."){parts.splice(i,1)}else if(last===".."){parts.splice(i,1);up++}else if(up){parts.splice(i,1);up--}}if(allowAboveRoot){for(;up;up--){parts.unshift("..")}}return parts},normalize:path=>{var isAbsolute=PATH.isAbs(path),trailingSlash=path.slice(-1)==="/";path=PATH.normalizeArray(path.split("/").filter(p=>!!p),!isAbsolute).join("/");if(!path&&!isAbsolute){path="."}if(path&&trailingSlash){path+="/"}return(isAbsolute?"/":"")+path},dirname:path=>{var result=PATH.splitPath(path),root=result[0],dir=result[1];if(!root&&!dir){return"."}if(dir){dir=dir.slice(0,-1)}return root+dir},basename:path=>path&&path.match(/([^\/]+|\/)\/*$/)[1],join:(...paths)=>PATH.normalize(paths.join("/")),join2:(l,r)=>PATH.normalize(l+"/"+r)};var initRandomFill=()=>{if(ENVIRONMENT_IS_NODE){var nodeCrypto=__nccwpck_require__(7598);return view=>(nodeCrypto.randomFillSync(view),0)}return view=>(crypto.getRandomValues(view),0)};var randomFill=view=>(randomFill=initRandomFill())(view);var PATH_FS={resolve:(...args)=>{var resolvedPath="",resolvedAbsolute=false;for(var i=args.length-1;i>=-1&&!resolvedAbsolute;i--){var path=i>=0?args[i]:FS.cwd();if(typeof path!="string"){throw new TypeError("Arguments to path.resolve must be strings")}else if(!path){return""}resolvedPath=path+"/"+resolvedPath;resolvedAbsolute=PATH.isAbs(path)}resolvedPath=PATH.normalizeArray(resolvedPath.split("/").filter(p=>!!p),!resolvedAbsolute).join("/");return(resolvedAbsolute?"/":"")+resolvedPath||"."},relative:(from,to)=>{from=PATH_FS.resolve(from).slice(1);to=PATH_FS.resolve(to).slice(1);function trim(arr){var start=0;for(;start<arr.length;start++){if(arr[start]!=="")break}var end=arr.length-1;for(;end>=0;end--){if(arr[end]!=="")break}if(start>end)return[];return arr.slice(start,end-start+1)}var fromParts=trim(from.split("/"));var toParts=trim(to.split("/"));var length=Math.min(fromParts.length,toParts.length);var samePartsLength=length;for(var i=0;i<length;i++){if(fromParts[i]!==toParts[i]){samePartsLength=i;break}}var outputParts=[];for(var i=samePartsLength;i<fromParts.length;i++){outputParts.push("..")}outputParts=outputParts.concat(toParts.slice(samePartsLength));return outputParts.join("/")}};var FS_stdin_getChar_buffer=[];var lengthBytesUTF8=str=>{var len=0;for(var i=0;i<str.length;++i){var c=str.charCodeAt(i);if(c<=127){len++}else if(c<=2047){len+=2}else if(c>=55296&&c<=57343){len+=4;++i}else{len+=3}}return len};var stringToUTF8Array=(str,heap,outIdx,maxBytesToWrite)=>{if(!(maxBytesToWrite>0))return 0;var startIdx=outIdx;var endIdx=outIdx+maxBytesToWrite-1;for(var i=0;i<str.length;++i){var u=str.codePointAt(i);if(u<=127){if(outIdx>=endIdx)break;heap[outIdx++]=u}else if(u<=2047){if(outIdx+1>=endIdx)break;heap[outIdx++]=192|u>>6;heap[outIdx++]=128|u&63}else if(u<=65535){if(outIdx+2>=endIdx)break;heap[outIdx++]=224|u>>12;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63}else{if(outIdx+3>=endIdx)break;heap[outIdx++]=240|u>>18;heap[outIdx++]=128|u>>12&63;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63;i++}}heap[outIdx]=0;return outIdx-startIdx};var intArrayFromString=(stringy,dontAddNull,length)=>{var len=length>0?length:lengthBytesUTF8(stringy)+1;var u8array=new Array(len);var numBytesWritten=stringToUTF8Array(stringy,u8array,0,u8array.length);if(dontAddNull)u8array.length=numBytesWritten;return u8array};var FS_stdin_getChar=()=>{if(!FS_stdin_getChar_buffer.length){var result=null;if(ENVIRONMENT_IS_NODE){var BUFSIZE=256;var buf=Buffer.alloc(BUFSIZE);var bytesRead=0;var fd=process.stdin.fd;try{bytesRead=fs.readSync(fd,buf,0,BUFSIZE)}catch(e){if(e.toString().includes("EOF"))bytesRead=0;else throw e}if(bytesRead>0){result=buf.slice(0,bytesRead).toString("utf-8")}}else if(globalThis.window?.prompt){result=window.prompt("Input: ");if(result!==null){result+="\n"}}else{}if(!result){return null}FS_stdin_getChar_buffer=intArrayFromString(result,true)}return FS_stdin_getChar_buffer.shift()};var TTY={ttys:[],init(){},shutdown(){},register(dev,ops){TTY.ttys[dev]={input:[],output:[],ops};FS.registerDevice(dev,TTY.stream_ops)},stream_ops:{open(stream){var tty=TTY.ttys[stream.node.rdev];if(!tty){throw new FS.ErrnoError(43)}stream.tty=tty;stream.seekable=false},close(stream){stream.tty.ops.fsync(stream.tty)},fsync(stream){stream.tty.ops.fsync(stream.tty)},read(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.get_char){throw new FS.ErrnoError(60)}var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=stream.tty.ops.get_char(stream.tty)}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.put_char){throw new FS.ErrnoError(60)}try{for(var i=0;i<length;i++){stream.tty.ops.put_char(stream.tty,buffer[offset+i])}}catch(e){throw new FS.ErrnoError(29)}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}},default_tty_ops:{get_char(tty){return FS_stdin_getChar()},put_char(tty,val){if(val===null||val===10){out(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){out(UTF8ArrayToString(tty.output));tty.output=[]}},ioctl_tcgets(tty){return{c_iflag:25856,c_oflag:5,c_cflag:191,c_lflag:35387,c_cc:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},ioctl_tcsets(tty,optional_actions,data){return 0},ioctl_tiocgwinsz(tty){return[24,80]}},default_tty1_ops:{put_char(tty,val){if(val===null||val===10){err(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){err(UTF8ArrayToString(tty.output));tty.output=[]}}}};var mmapAlloc=size=>{abort()};var MEMFS={ops_table:null,mount(mount){return MEMFS.createNode(null,"/",16895,0)},createNode(parent,name,mode,dev){if(FS.isBlkdev(mode)||FS.isFIFO(mode)){throw new FS.ErrnoError(63)}MEMFS.ops_table||={dir:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,lookup:MEMFS.node_ops.lookup,mknod:MEMFS.node_ops.mknod,rename:MEMFS.node_ops.rename,unlink:MEMFS.node_ops.unlink,rmdir:MEMFS.node_ops.rmdir,readdir:MEMFS.node_ops.readdir,symlink:MEMFS.node_ops.symlink},stream:{llseek:MEMFS.stream_ops.llseek}},file:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:{llseek:MEMFS.stream_ops.llseek,read:MEMFS.stream_ops.read,write:MEMFS.stream_ops.write,mmap:MEMFS.stream_ops.mmap,msync:MEMFS.stream_ops.msync}},link:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,readlink:MEMFS.node_ops.readlink},stream:{}},chrdev:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:FS.chrdev_stream_ops}};var node=FS.createNode(parent,name,mode,dev);if(FS.isDir(node.mode)){node.node_ops=MEMFS.ops_table.dir.node;node.stream_ops=MEMFS.ops_table.dir.stream;node.contents={}}else if(FS.isFile(node.mode)){node.node_ops=MEMFS.ops_table.file.node;node.stream_ops=MEMFS.ops_table.file.stream;node.usedBytes=0;node.contents=MEMFS.emptyFileContents??=new Uint8Array(0)}else if(FS.isLink(node.mode)){node.node_ops=MEMFS.ops_table.link.node;node.stream_ops=MEMFS.ops_table.link.stream}else if(FS.isChrdev(node.mode)){node.node_ops=MEMFS.ops_table.chrdev.node;node.stream_ops=MEMFS.ops_table.chrdev.stream}node.atime=node.mtime=node.ctime=Date.now();if(parent){parent.contents[name]=node;parent.atime=parent.mtime=parent.ctime=node.atime}return node},getFileDataAsTypedArray(node){return node.contents.subarray(0,node.usedBytes)},expandFileStorage(node,newCapacity){var prevCapacity=node.contents.length;if(prevCapacity>=newCapacity)return;var CAPACITY_DOUBLING_MAX=1024*1024;newCapacity=Math.max(newCapacity,prevCapacity*(prevCapacity<CAPACITY_DOUBLING_MAX?2:1.125)>>>0);if(prevCapacity)newCapacity=Math.max(newCapacity,256);var oldContents=MEMFS.getFileDataAsTypedArray(node);node.contents=new Uint8Array(newCapacity);node.contents.set(oldContents)},resizeFileStorage(node,newSize){if(node.usedBytes==newSize)return;var oldContents=node.contents;node.contents=new Uint8Array(newSize);node.contents.set(oldContents.subarray(0,Math.min(newSize,node.usedBytes)));node.usedBytes=newSize},node_ops:{getattr(node){var attr={};attr.dev=FS.isChrdev(node.mode)?node.id:1;attr.ino=node.id;attr.mode=node.mode;attr.nlink=1;attr.uid=0;attr.gid=0;attr.rdev=node.rdev;if(FS.isDir(node.mode)){attr.size=4096}else if(FS.isFile(node.mode)){attr.size=node.usedBytes}else if(FS.isLink(node.mode)){attr.size=node.link.length}else{attr.size=0}attr.atime=new Date(node.atime);attr.mtime=new Date(node.mtime);attr.ctime=new Date(node.ctime);attr.blksize=4096;attr.blocks=Math.ceil(attr.size/attr.blksize);return attr},setattr(node,attr){for(const key of["mode","atime","mtime","ctime"]){if(attr[key]!=null){node[key]=attr[key]}}if(attr.size!==undefined){MEMFS.resizeFileStorage(node,attr.size)}},lookup(parent,name){if(!MEMFS.doesNotExistError){MEMFS.doesNotExistError=new FS.ErrnoError(44);MEMFS.doesNotExistError.stack="<generic error, no stack>"}throw MEMFS.doesNotExistError},mknod(parent,name,mode,dev){return MEMFS.createNode(parent,name,mode,dev)},rename(old_node,new_dir,new_name){var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(new_node){if(FS.isDir(old_node.mode)){for(var i in new_node.contents){throw new FS.ErrnoError(55)}}FS.hashRemoveNode(new_node)}delete old_node.parent.contents[old_node.name];new_dir.contents[new_name]=old_node;old_node.name=new_name;new_dir.ctime=new_dir.mtime=old_node.parent.ctime=old_node.parent.mtime=Date.now()},unlink(parent,name){delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},rmdir(parent,name){var node=FS.lookupNode(parent,name);for(var i in node.contents){throw new FS.ErrnoError(55)}delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},readdir(node){return[".","..",...Object.keys(node.contents)]},symlink(parent,newname,oldpath){var node=MEMFS.createNode(parent,newname,511|40960,0);node.link=oldpath;return node},readlink(node){if(!FS.isLink(node.mode)){throw new FS.ErrnoError(28)}return node.link}},stream_ops:{read(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=stream.node.usedBytes)return 0;var size=Math.min(stream.node.usedBytes-position,length);buffer.set(contents.subarray(position,position+size),offset);return size},write(stream,buffer,offset,length,position,canOwn){if(buffer.buffer===HEAP8.buffer){canOwn=false}if(!length)return 0;var node=stream.node;node.mtime=node.ctime=Date.now();if(canOwn){node.contents=buffer.subarray(offset,offset+length);node.usedBytes=length}else if(node.usedBytes===0&&position===0){node.contents=buffer.slice(offset,offset+length);node.usedBytes=length}else{MEMFS.expandFileStorage(node,position+length);node.contents.set(buffer.subarray(offset,offset+length),position);node.usedBytes=Math.max(node.usedBytes,position+length)}return length},llseek(stream,offset,whence){var position=offset;if(whence===1){position+=stream.position}else if(whence===2){if(FS.isFile(stream.node.mode)){position+=stream.node.usedBytes}}if(position<0){throw new FS.ErrnoError(28)}return position},mmap(stream,length,position,prot,flags){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}var ptr;var allocated;var contents=stream.node.contents;if(!(flags&2)&&contents.buffer===HEAP8.buffer){allocated=false;ptr=contents.byteOffset}else{allocated=true;ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}if(contents){if(position>0||position+length<contents.length){if(contents.subarray){contents=contents.subarray(position,position+length)}else{contents=Array.prototype.slice.call(contents,position,position+length)}}HEAP8.set(contents,ptr)}}return{ptr,allocated}},msync(stream,buffer,offset,length,mmapFlags){MEMFS.stream_ops.write(stream,buffer,0,length,offset,false);return 0}}};var FS_modeStringToFlags=str=>{if(typeof str!="string")return str;var flagModes={r:0,"r+":2,w:512|64|1,"w+":512|64|2,a:1024|64|1,"a+":1024|64|2};var flags=flagModes[str];if(typeof flags=="undefined"){throw new Error(`Unknown file open mode: ${str}`)}return flags};var FS_fileDataToTypedArray=data=>{if(typeof data=="string"){data=intArrayFromString(data,true)}if(!data.subarray){data=new Uint8Array(data)}return data};var FS_getMode=(canRead,canWrite)=>{var mode=0;if(canRead)mode|=292|73;if(canWrite)mode|=146;return mode};var asyncLoad=async url=>{var arrayBuffer=await readAsync(url);return new Uint8Array(arrayBuffer)};var FS_createDataFile=(...args)=>FS.createDataFile(...args);var getUniqueRunDependency=id=>id;var dependenciesPromise=null;var resolveRunDependencies=async()=>dependenciesPromise;var runDependencies=0;var dependenciesPromiseResolve=null;var removeRunDependency=id=>{runDependencies--;Module["monitorRunDependencies"]?.(runDependencies);if(!runDependencies){dependenciesPromiseResolve()}};var addRunDependency=id=>{if(!runDependencies){dependenciesPromise=new Promise(resolve=>dependenciesPromiseResolve=resolve)}runDependencies++;Module["monitorRunDependencies"]?.(runDependencies)};var preloadPlugins=[];var FS_handledByPreloadPlugin=async(byteArray,fullname)=>{if(typeof Browser!="undefined")Browser.init();for(var plugin of preloadPlugins){if(plugin["canHandle"](fullname)){return plugin["handle"](byteArray,fullname)}}return byteArray};var FS_preloadFile=async(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish)=>{var fullname=name?PATH_FS.resolve(PATH.join2(parent,name)):parent;var dep=getUniqueRunDependency(`cp ${fullname}`);addRunDependency(dep);try{var byteArray=url;if(typeof url=="string"){byteArray=await asyncLoad(url)}byteArray=await FS_handledByPreloadPlugin(byteArray,fullname);preFinish?.();if(!dontCreateFile){FS_createDataFile(parent,name,byteArray,canRead,canWrite,canOwn)}}finally{removeRunDependency(dep)}};var FS_createPreloadedFile=(parent,name,url,canRead,canWrite,onload,onerror,dontCreateFile,canOwn,preFinish)=>{FS_preloadFile(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish).then(onload).catch(onerror)};var FS={root:null,mounts:[],devices:{},streams:[],nextInode:1,nameTable:null,currentPath:"/",initialized:false,ignorePermissions:true,filesystems:null,syncFSRequests:0,ErrnoError:class{name="ErrnoError";constructor(errno){this.errno=errno}},FSStream:class{shared={};get object(){return this.node}set object(val){this.node=val}get isRead(){return(this.flags&2097155)!==1}get isWrite(){return(this.flags&2097155)!==0}get isAppend(){return this.flags&1024}get flags(){return this.shared.flags}set flags(val){this.shared.flags=val}get position(){return this.shared.position}set position(val){this.shared.position=val}},FSNode:class{node_ops={};stream_ops={};readMode=292|73;writeMode=146;mounted=null;constructor(parent,name,mode,rdev){if(!parent){parent=this}this.parent=parent;this.mount=parent.mount;this.id=FS.nextInode++;this.name=name;this.mode=mode;this.rdev=rdev;this.atime=this.mtime=this.ctime=Date.now()}get read(){return(this.mode&this.readMode)===this.readMode}set read(val){val?this.mode|=this.readMode:this.mode&=~this.readMode}get write(){return(this.mode&this.writeMode)===this.writeMode}set write(val){val?this.mode|=this.writeMode:this.mode&=~this.writeMode}get isFolder(){return FS.isDir(this.mode)}get isDevice(){return FS.isChrdev(this.mode)}addListener(cb,exclusive=false){var entry={cb,exclusive};var listeners=this.listeners??=new Set;listeners.add(entry);return{listeners,entry}}notifyListeners(flags){if(!this.listeners)return;var excl;for(var entry of this.listeners){if(entry.exclusive)(excl||=[]).push(entry);else entry.cb(flags)}if(excl){var i=(this.exclTurn||0)%excl.length;this.exclTurn=i+1;excl[i].cb(flags)}}},lookupPath(path,opts={}){if(!path){throw new FS.ErrnoError(44)}opts.follow_mount??=true;if(!PATH.isAbs(path)){path=FS.cwd()+"/"+path}linkloop:for(var nlinks=0;nlinks<40;nlinks++){var parts=path.split("/").filter(p=>!!p);var current=FS.root;var current_path="/";for(var i=0;i<parts.length;i++){var islast=i===parts.length-1;if(islast&&opts.parent){break}if(parts[i]==="."){continue}if(parts[i]===".."){current_path=PATH.dirname(current_path);if(FS.isRoot(current)){path=current_path+"/"+parts.slice(i+1).join("/");nlinks--;continue linkloop}else{current=current.parent}continue}current_path=PATH.join2(current_path,parts[i]);try{current=FS.lookupNode(current,parts[i])}catch(e){if(e?.errno===44&&islast&&opts.noent_okay){return{path:current_path}}throw e}if(FS.isMountpoint(current)&&(!islast||opts.follow_mount)){current=current.mounted.root}if(FS.isLink(current.mode)&&(!islast||opts.follow)){if(!current.node_ops.readlink){throw new FS.ErrnoError(52)}var link=current.node_ops.readlink(current);if(!PATH.isAbs(link)){link=PATH.dirname(current_path)+"/"+link}path=link+"/"+parts.slice(i+1).join("/");continue linkloop}}return{path:current_path,node:current}}throw new FS.ErrnoError(32)},getPath(node){var path;while(true){if(FS.isRoot(node)){var mount=node.mount.mountpoint;if(!path)return mount;return mount[mount.length-1]!=="/"?`${mount}/${path}`:mount+path}path=path?`${node.name}/${path}`:node.name;node=node.parent}},hashName(parentid,name){var hash=0;for(var i=0;i<name.length;i++){hash=(hash<<5)-hash+name.charCodeAt(i)|0}return(parentid+hash>>>0)%FS.nameTable.length},hashAddNode(node){var hash=FS.hashName(node.parent.id,node.name);node.name_next=FS.nameTable[hash];FS.nameTable[hash]=node},hashRemoveNode(node){var hash=FS.hashName(node.parent.id,node.name);if(FS.nameTable[hash]===node){FS.nameTable[hash]=node.name_next}else{var current=FS.nameTable[hash];while(current){if(current.name_next===node){current.name_next=node.name_next;break}current=current.name_next}}},lookupNode(parent,name){var errCode=FS.mayLookup(parent);if(errCode){throw new FS.ErrnoError(errCode)}var hash=FS.hashName(parent.id,name);for(var node=FS.nameTable[hash];node;node=node.name_next){var nodeName=node.name;if(node.parent.id===parent.id&&nodeName===name){return node}}return FS.lookup(parent,name)},createNode(parent,name,mode,rdev){var node=new FS.FSNode(parent,name,mode,rdev);FS.hashAddNode(node);return node},destroyNode(node){FS.hashRemoveNode(node)},isRoot(node){return node===node.parent},isMountpoint(node){return!!node.mounted},isFile(mode){return(mode&61440)===32768},isDir(mode){return(mode&61440)===16384},isLink(mode){return(mode&61440)===40960},isChrdev(mode){return(mode&61440)===8192},isBlkdev(mode){return(mode&61440)===24576},isFIFO(mode){return(mode&61440)===4096},isSocket(mode){return(mode&49152)===49152},flagsToPermissionString(flag){var perms=["r","w","rw"][flag&3];if(flag&512){perms+="w"}return perms},nodePermissions(node,perms){if(FS.ignorePermissions){return 0}if(perms.includes("r")&&!(node.mode&292)){return 2}if(perms.includes("w")&&!(node.mode&146)){return 2}if(perms.includes("x")&&!(node.mode&73)){return 2}return 0},mayLookup(dir){if(!FS.isDir(dir.mode))return 54;var errCode=FS.nodePermissions(dir,"x");if(errCode)return errCode;if(!dir.node_ops.lookup)return 2;return 0},mayCreate(dir,name){if(!FS.isDir(dir.mode)){return 54}try{var node=FS.lookupNode(dir,name);return 20}catch(e){}return FS.nodePermissions(dir,"wx")},mayDelete(dir,name,isdir){var node;try{node=FS.lookupNode(dir,name)}catch(e){return e.errno}var errCode=FS.nodePermissions(dir,"wx");if(errCode){return errCode}if(isdir){if(!FS.isDir(node.mode)){return 54}if(FS.isRoot(node)||FS.getPath(node)===FS.cwd()){return 10}}else if(FS.isDir(node.mode)){return 31}return 0},mayOpen(node,flags){if(!node){return 44}if(FS.isLink(node.mode)){return 32}var mode=FS.flagsToPermissionString(flags);if(FS.isDir(node.mode)){if(mode!=="r"||flags&(512|64)){return 31}}return FS.nodePermissions(node,mode)},checkOpExists(op,err){if(!op){throw new FS.ErrnoError(err)}return op},MAX_OPEN_FDS:4096,nextfd(){for(var fd=0;fd<=FS.MAX_OPEN_FDS;fd++){if(!FS.streams[fd]){return fd}}throw new FS.ErrnoError(33)},getStreamChecked(fd){var stream=FS.getStream(fd);if(!stream){throw new FS.ErrnoError(8)}return stream},getStream:fd=>FS.streams[fd],createStream(stream,fd=-1){stream=Object.assign(new FS.FSStream,stream);if(fd==-1){fd=FS.nextfd()}stream.fd=fd;FS.streams[fd]=stream;return stream},closeStream(fd){FS.streams[fd]=null},dupStream(origStream,fd=-1){var stream=FS.createStream(origStream,fd);stream.stream_ops?.dup?.(stream);return stream},doSetAttr(stream,node,attr){var setattr=stream?.stream_ops.setattr;var arg=setattr?stream:node;setattr??=node.node_ops.setattr;FS.checkOpExists(setattr,63);try{setattr(arg,attr)}catch(e){if(e instanceof RangeError){throw new FS.ErrnoError(22)}throw e}},chrdev_stream_ops:{open(stream){var device=FS.getDevice(stream.node.rdev);stream.stream_ops=device.stream_ops;stream.stream_ops.open?.(stream)},llseek(){throw new FS.ErrnoError(70)}},major:dev=>dev>>8,minor:dev=>dev&255,makedev:(ma,mi)=>ma<<8|mi,registerDevice(dev,ops){FS.devices[dev]={stream_ops:ops}},getDevice:dev=>FS.devices[dev],getMounts(mount){var mounts=[];var check=[mount];while(check.length){var m=check.pop();mounts.push(m);check.push(...m.mounts)}return mounts},syncfs(populate,callback){if(typeof populate=="function"){callback=populate;populate=false}FS.syncFSRequests++;if(FS.syncFSRequests>1){err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`)}var mounts=FS.getMounts(FS.root.mount);var completed=0;function doCallback(errCode){FS.syncFSRequests--;return callback(errCode)}function done(errCode){if(errCode){if(!done.errored){done.errored=true;return doCallback(errCode)}return}if(++completed>=mounts.length){doCallback(null)}}for(var mount of mounts){if(mount.type.syncfs){mount.type.syncfs(mount,populate,done)}else{done(null)}}},mount(type,opts,mountpoint){var root=mountpoint==="/";var pseudo=!mountpoint;var node;if(root&&FS.root){throw new FS.ErrnoError(10)}else if(!root&&!pseudo){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});mountpoint=lookup.path;node=lookup.node;if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}if(!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}}var mount={type,opts,mountpoint,mounts:[]};var mountRoot=type.mount(mount);mountRoot.mount=mount;mount.root=mountRoot;if(root){FS.root=mountRoot}else if(node){node.mounted=mount;if(node.mount){node.mount.mounts.push(mount)}}return mountRoot},unmount(mountpoint){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});if(!FS.isMountpoint(lookup.node)){throw new FS.ErrnoError(28)}var node=lookup.node;var mount=node.mounted;var mounts=FS.getMounts(mount);for(var[hash,current]of Object.entries(FS.nameTable)){while(current){var next=current.name_next;if(mounts.includes(current.mount)){FS.destroyNode(current)}current=next}}node.mounted=null;var idx=node.mount.mounts.indexOf(mount);node.mount.mounts.splice(idx,1)},lookup(parent,name){return parent.node_ops.lookup(parent,name)},mknod(path,mode,dev){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);if(!name){throw new FS.ErrnoError(28)}if(name==="."||name===".."){throw new FS.ErrnoError(20)}var errCode=FS.mayCreate(parent,name);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.mknod){throw new FS.ErrnoError(63)}return parent.node_ops.mknod(parent,name,mode,dev)},statfs(path){return FS.statfsNode(FS.lookupPath(path,{follow:true}).node)},statfsStream(stream){return FS.statfsNode(stream.node)},statfsNode(node){var rtn={bsize:4096,frsize:4096,blocks:1e6,bfree:5e5,bavail:5e5,files:FS.nextInode,ffree:FS.nextInode-1,fsid:42,flags:2,namelen:255};if(node.node_ops.statfs){Object.assign(rtn,node.node_ops.statfs(node.mount.opts.root))}return rtn},create(path,mode=438){mode&=4095;mode|=32768;return FS.mknod(path,mode,0)},mkdir(path,mode=511){mode&=511|512;mode|=16384;return FS.mknod(path,mode,0)},mkdirTree(path,mode){var dirs=path.split("/");var d="";for(var dir of dirs){if(!dir)continue;if(d||PATH.isAbs(path))d+="/";d+=dir;try{FS.mkdir(d,mode)}catch(e){if(e.errno!=20)throw e}}},mkdev(path,mode,dev){if(typeof dev=="undefined"){dev=mode;mode=438}mode|=8192;return FS.mknod(path,mode,dev)},symlink(oldpath,newpath){if(!PATH_FS.resolve(oldpath)){throw new FS.ErrnoError(44)}var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.symlink){throw new FS.ErrnoError(63)}return parent.node_ops.symlink(parent,newname,oldpath)},link(oldpath,newpath,flags){var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.link){throw new FS.ErrnoError(34)}return parent.node_ops.link(parent,newname,oldpath,flags)},rename(old_path,new_path){var old_dirname=PATH.dirname(old_path);var new_dirname=PATH.dirname(new_path);var old_name=PATH.basename(old_path);var new_name=PATH.basename(new_path);var lookup,old_dir,new_dir;lookup=FS.lookupPath(old_path,{parent:true});old_dir=lookup.node;lookup=FS.lookupPath(new_path,{parent:true});new_dir=lookup.node;if(!old_dir||!new_dir)throw new FS.ErrnoError(44);if(old_dir.mount!==new_dir.mount){throw new FS.ErrnoError(75)}var old_node=FS.lookupNode(old_dir,old_name);var relative=PATH_FS.relative(old_path,new_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(28)}relative=PATH_FS.relative(new_path,old_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(55)}var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(old_node===new_node){return}var isdir=FS.isDir(old_node.mode);var errCode=FS.mayDelete(old_dir,old_name,isdir);if(errCode){throw new FS.ErrnoError(errCode)}errCode=new_node?FS.mayDelete(new_dir,new_name,isdir):FS.mayCreate(new_dir,new_name);if(errCode){throw new FS.ErrnoError(errCode)}if(!old_dir.node_ops.rename){throw new FS.ErrnoError(63)}if(FS.isMountpoint(old_node)||new_node&&FS.isMountpoint(new_node)){throw new FS.ErrnoError(10)}if(new_dir!==old_dir){errCode=FS.nodePermissions(old_dir,"w");if(errCode){throw new FS.ErrnoError(errCode)}}FS.hashRemoveNode(old_node);try{old_dir.node_ops.rename(old_node,new_dir,new_name);old_node.parent=new_dir}catch(e){throw e}finally{FS.hashAddNode(old_node)}},rmdir(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,true);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.rmdir){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.rmdir(parent,name);FS.destroyNode(node)},readdir(path){var lookup=FS.lookupPath(path,{follow:true});var node=lookup.node;var readdir=FS.checkOpExists(node.node_ops.readdir,54);return readdir(node)},unlink(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,false);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.unlink){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.unlink(parent,name);FS.destroyNode(node)},readlink(path){var lookup=FS.lookupPath(path);var link=lookup.node;if(!link){throw new FS.ErrnoError(44)}if(!link.node_ops.readlink){throw new FS.ErrnoError(28)}return link.node_ops.readlink(link)},stat(path,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});var node=lookup.node;var getattr=FS.checkOpExists(node.node_ops.getattr,63);return getattr(node)},fstat(fd){var stream=FS.getStreamChecked(fd);var node=stream.node;var getattr=stream.stream_ops.getattr;var arg=getattr?stream:node;getattr??=node.node_ops.getattr;FS.checkOpExists(getattr,63);return getattr(arg)},lstat(path){return FS.stat(path,true)},doChmod(stream,node,mode,dontFollow){FS.doSetAttr(stream,node,{mode:mode&4095|node.mode&~4095,ctime:Date.now(),dontFollow})},chmod(path,mode,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChmod(null,node,mode,dontFollow)},lchmod(path,mode){FS.chmod(path,mode,true)},fchmod(fd,mode){var stream=FS.getStreamChecked(fd);FS.doChmod(stream,stream.node,mode,false)},doChown(stream,node,dontFollow){FS.doSetAttr(stream,node,{timestamp:Date.now(),dontFollow})},chown(path,uid,gid,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChown(null,node,dontFollow)},lchown(path,uid,gid){FS.chown(path,uid,gid,true)},fchown(fd,uid,gid){var stream=FS.getStreamChecked(fd);FS.doChown(stream,stream.node,false)},doTruncate(stream,node,len){if(FS.isDir(node.mode)){throw new FS.ErrnoError(31)}if(!FS.isFile(node.mode)){throw new FS.ErrnoError(28)}var errCode=FS.nodePermissions(node,"w");if(errCode){throw new FS.ErrnoError(errCode)}FS.doSetAttr(stream,node,{size:len,timestamp:Date.now()})},truncate(path,len){if(len<0){throw new FS.ErrnoError(28)}var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:true});node=lookup.node}else{node=path}FS.doTruncate(null,node,len)},ftruncate(fd,len){var stream=FS.getStreamChecked(fd);if(len<0||(stream.flags&2097155)===0){throw new FS.ErrnoError(28)}FS.doTruncate(stream,stream.node,len)},utime(path,atime,mtime,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});FS.doSetAttr(null,lookup.node,{atime,mtime,dontFollow})},open(path,flags,mode=438){if(path===""){throw new FS.ErrnoError(44)}flags=FS_modeStringToFlags(flags);if(flags&64){mode=mode&4095|32768}else{mode=0}var node;var isDirPath;if(typeof path=="object"){node=path}else{isDirPath=path.endsWith("/");var lookup=FS.lookupPath(path,{follow:!(flags&131072),noent_okay:true});node=lookup.node;path=lookup.path}var created=false;if(flags&64){if(node){if(flags&128){throw new FS.ErrnoError(20)}}else if(isDirPath){throw new FS.ErrnoError(31)}else{node=FS.mknod(path,mode|511,0);created=true}}if(!node){throw new FS.ErrnoError(44)}if(FS.isChrdev(node.mode)){flags&=~512}if(flags&65536&&!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}if(!created){var errCode=FS.mayOpen(node,flags);if(errCode){throw new FS.ErrnoError(errCode)}}if(flags&512&&!created){FS.truncate(node,0)}flags&=~(128|512|131072);var stream=FS.createStream({node,path:FS.getPath(node),flags,seekable:true,position:0,stream_ops:node.stream_ops,ungotten:[],error:false});if(stream.stream_ops.open){stream.stream_ops.open(stream)}if(created){FS.chmod(node,mode&511)}return stream},close(stream){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(stream.getdents)stream.getdents=null;stream.node?.notifyListeners(32);try{if(stream.stream_ops.close){stream.stream_ops.close(stream)}}catch(e){throw e}finally{FS.closeStream(stream.fd)}stream.fd=null},isClosed(stream){return stream.fd===null},llseek(stream,offset,whence){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(!stream.seekable||!stream.stream_ops.llseek){throw new FS.ErrnoError(70)}if(whence!=0&&whence!=1&&whence!=2){throw new FS.ErrnoError(28)}stream.position=stream.stream_ops.llseek(stream,offset,whence);stream.ungotten=[];return stream.position},read(stream,buffer,offset,length,position){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.read){throw new FS.ErrnoError(28)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesRead=stream.stream_ops.read(stream,buffer,offset,length,position);if(!seeking)stream.position+=bytesRead;return bytesRead},write(stream,buffer,offset,length,position,canOwn){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===0){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.write){throw new FS.ErrnoError(28)}if(stream.seekable&&stream.flags&1024){FS.llseek(stream,0,2)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesWritten=stream.stream_ops.write(stream,buffer,offset,length,position,canOwn);if(!seeking)stream.position+=bytesWritten;return bytesWritten},mmap(stream,length,position,prot,flags){if((prot&2)!==0&&(flags&2)===0&&(stream.flags&2097155)!==2){throw new FS.ErrnoError(2)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(2)}if(!stream.stream_ops.mmap){throw new FS.ErrnoError(43)}if(!length){throw new FS.ErrnoError(28)}return stream.stream_ops.mmap(stream,length,position,prot,flags)},msync(stream,buffer,offset,length,mmapFlags){if(!stream.stream_ops.msync){return 0}return stream.stream_ops.msync(stream,buffer,offset,length,mmapFlags)},ioctl(stream,cmd,arg){if(!stream.stream_ops.ioctl){throw new FS.ErrnoError(59)}return stream.stream_ops.ioctl(stream,cmd,arg)},readFile(path,opts={}){opts.flags=opts.flags??0;opts.encoding=opts.encoding??"binary";if(opts.encoding!=="utf8"&&opts.encoding!=="binary"){abort(`Invalid encoding type "${opts.encoding}"`)}var stream=FS.open(path,opts.flags);var stat=FS.stat(path);var length=stat.size;var buf=new Uint8Array(length);FS.read(stream,buf,0,length,0);if(opts.encoding==="utf8"){buf=UTF8ArrayToString(buf)}FS.close(stream);return buf},writeFile(path,data,opts={}){opts.flags=opts.flags??577;var stream=FS.open(path,opts.flags,opts.mode);data=FS_fileDataToTypedArray(data);FS.write(stream,data,0,data.byteLength,undefined,opts.canOwn);FS.close(stream)},cwd:()=>FS.currentPath,chdir(path){var lookup=FS.lookupPath(path,{follow:true});if(lookup.node===null){throw new FS.ErrnoError(44)}if(!FS.isDir(lookup.node.mode)){throw new FS.ErrnoError(54)}var errCode=FS.nodePermissions(lookup.node,"x");if(errCode){throw new FS.ErrnoError(errCode)}FS.currentPath=lookup.path},createDefaultDirectories(){FS.mkdir("/tmp");FS.mkdir("/home");FS.mkdir("/home/web_user")},createDefaultDevices(){FS.mkdir("/dev");FS.registerDevice(FS.makedev(1,3),{read:()=>0,write:(stream,buffer,offset,length,pos)=>length,llseek:()=>0});FS.mkdev("/dev/null",FS.makedev(1,3));TTY.register(FS.makedev(5,0),TTY.default_tty_ops);TTY.register(FS.makedev(6,0),TTY.default_tty1_ops);FS.mkdev("/dev/tty",FS.makedev(5,0));FS.mkdev("/dev/tty1",FS.makedev(6,0));var randomBuffer=new Uint8Array(1024),randomLeft=0;var randomByte=()=>{if(randomLeft===0){randomFill(randomBuffer);randomLeft=randomBuffer.byteLength}return randomBuffer[--randomLeft]};FS.createDevice("/dev","random",randomByte);FS.createDevice("/dev","urandom",randomByte);FS.mkdir("/dev/shm");FS.mkdir("/dev/shm/tmp")},createSpecialDirectories(){FS.mkdir("/proc");var proc_self=FS.mkdir("/proc/self");FS.mkdir("/proc/self/fd");FS.mount({mount(){var node=FS.createNode(proc_self,"fd",16895,73);node.stream_ops={llseek:MEMFS.stream_ops.llseek};node.node_ops={lookup(parent,name){var fd=+name;var stream=FS.getStreamChecked(fd);var ret={parent:null,mount:{mountpoint:"fake"},node_ops:{readlink:()=>stream.path},id:fd+1};ret.parent=ret;return ret},readdir(){return Array.from(FS.streams.entries()).filter(([k,v])=>v).map(([k,v])=>k.toString())}};return node}},{},"/proc/self/fd")},createStandardStreams(input,output,error){if(input){FS.createDevice("/dev","stdin",input)}else{FS.symlink("/dev/tty","/dev/stdin")}if(output){FS.createDevice("/dev","stdout",null,output)}else{FS.symlink("/dev/tty","/dev/stdout")}if(error){FS.createDevice("/dev","stderr",null,error)}else{FS.symlink("/dev/tty1","/dev/stderr")}var stdin=FS.open("/dev/stdin",0);var stdout=FS.open("/dev/stdout",1);var stderr=FS.open("/dev/stderr",1)},staticInit(){FS.nameTable=new Array(4096);FS.mount(MEMFS,{},"/");FS.createDefaultDirectories();FS.createDefaultDevices();FS.createSpecialDirectories();FS.filesystems={MEMFS}},init(input,output,error){FS.initialized=true;input??=Module["stdin"];output??=Module["stdout"];error??=Module["stderr"];FS.createStandardStreams(input,output,error)},quit(){FS.initialized=false;for(var stream of FS.streams){if(stream){FS.close(stream)}}},findObject(path,dontResolveLastLink){var ret=FS.analyzePath(path,dontResolveLastLink);if(!ret.exists){return null}return ret.object},analyzePath(path,dontResolveLastLink){try{var lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});path=lookup.path}catch(e){}var ret={isRoot:false,exists:false,error:0,name:null,path:null,object:null,parentExists:false,parentPath:null,parentObject:null};try{var lookup=FS.lookupPath(path,{parent:true});ret.parentExists=true;ret.parentPath=lookup.path;ret.parentObject=lookup.node;ret.name=PATH.basename(path);lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});ret.exists=true;ret.path=lookup.path;ret.object=lookup.node;ret.name=lookup.node.name;ret.isRoot=lookup.path==="/"}catch(e){ret.error=e.errno}return ret},createPath(parent,path,canRead,canWrite){parent=typeof parent=="string"?parent:FS.getPath(parent);var parts=path.split("/").reverse();while(parts.length){var part=parts.pop();if(!part)continue;var current=PATH.join2(parent,part);try{FS.mkdir(current)}catch(e){if(e.errno!=20)throw e}parent=current}return current},createFile(parent,name,properties,canRead,canWrite){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(canRead,canWrite);return FS.create(path,mode)},createDataFile(parent,name,data,canRead,canWrite,canOwn){var path=name;if(parent){parent=typeof parent=="string"?parent:FS.getPath(parent);path=name?PATH.join2(parent,name):parent}var mode=FS_getMode(canRead,canWrite);var node=FS.create(path,mode);if(data){data=FS_fileDataToTypedArray(data);FS.chmod(node,mode|146);var stream=FS.open(node,577);FS.write(stream,data,0,data.length,0,canOwn);FS.close(stream);FS.chmod(node,mode)}},createDevice(parent,name,input,output){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(!!input,!!output);FS.createDevice.major??=64;var dev=FS.makedev(FS.createDevice.major++,0);FS.registerDevice(dev,{open(stream){stream.seekable=false},close(stream){if(output?.buffer?.length){output(10)}},read(stream,buffer,offset,length,pos){var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=input()}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){for(var i=0;i<length;i++){try{output(buffer[offset+i])}catch(e){throw new FS.ErrnoError(29)}}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}});return FS.mkdev(path,mode,dev)},forceLoadFile(obj){if(obj.isDevice||obj.isFolder||obj.link||obj.contents)return true;if(globalThis.XMLHttpRequest){abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.")}else{try{obj.contents=readBinary(obj.url)}catch(e){throw new FS.ErrnoError(29)}}},createLazyFile(parent,name,url,canRead,canWrite){class LazyUint8Array{lengthKnown=false;chunks=[];get(idx){if(idx>this.length-1||idx<0){return undefined}var chunkOffset=idx%this.chunkSize;var chunkNum=idx/this.chunkSize|0;return this.getter(chunkNum)[chunkOffset]}setDataGetter(getter){this.getter=getter}cacheLength(){var xhr=new XMLHttpRequest;xhr.open("HEAD",url,false);xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);var datalength=Number(xhr.getResponseHeader("Content-length"));var header;var hasByteServing=(header=xhr.getResponseHeader("Accept-Ranges"))&&header==="bytes";var usesGzip=(header=xhr.getResponseHeader("Content-Encoding"))&&header==="gzip";var chunkSize=1024*1024;if(!hasByteServing)chunkSize=datalength;var doXHR=(from,to)=>{if(from>to)abort(`invalid range (${from}, ${to}) or no bytes requested!`);if(to>datalength-1)abort(`only ${datalength} bytes available! programmer error!`);var xhr=new XMLHttpRequest;xhr.open("GET",url,false);if(datalength!==chunkSize)xhr.setRequestHeader("Range","bytes="+from+"-"+to);xhr.responseType="arraybuffer";if(xhr.overrideMimeType){xhr.overrideMimeType("text/plain; charset=x-user-defined")}xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);if(xhr.response!==undefined){return new Uint8Array(xhr.response||[])}return intArrayFromString(xhr.responseText??"",true)};var lazyArray=this;lazyArray.setDataGetter(chunkNum=>{var start=chunkNum*chunkSize;var end=(chunkNum+1)*chunkSize-1;end=Math.min(end,datalength-1);if(typeof lazyArray.chunks[chunkNum]=="undefined"){lazyArray.chunks[chunkNum]=doXHR(start,end)}if(typeof lazyArray.chunks[chunkNum]=="undefined")abort("doXHR failed!");return lazyArray.chunks[chunkNum]});if(usesGzip||!datalength){chunkSize=datalength=1;datalength=this.getter(0).length;chunkSize=datalength;out("LazyFiles on gzip forces download of the whole file when length is accessed")}this._length=datalength;this._chunkSize=chunkSize;this.lengthKnown=true}get length(){if(!this.lengthKnown){this.cacheLength()}return this._length}get chunkSize(){if(!this.lengthKnown){this.cacheLength()}return this._chunkSize}}if(globalThis.XMLHttpRequest){if(!ENVIRONMENT_IS_WORKER)abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");var lazyArray=new LazyUint8Array;var properties={isDevice:false,contents:lazyArray}}else{var properties={isDevice:false,url}}var node=FS.createFile(parent,name,properties,canRead,canWrite);if(properties.contents){node.contents=properties.contents}else if(properties.url){node.contents=null;node.url=properties.url}Object.defineProperties(node,{usedBytes:{get:function(){return this.contents.length}}});var stream_ops={};for(const[key,fn]of Object.entries(node.stream_ops)){stream_ops[key]=(...args)=>{FS.forceLoadFile(node);return fn(...args)}}function writeChunks(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=contents.length)return 0;var size=Math.min(contents.length-position,length);if(contents.slice){for(var i=0;i<size;i++){buffer[offset+i]=contents[position+i]}}else{for(var i=0;i<size;i++){buffer[offset+i]=contents.get(position+i)}}return size}stream_ops.read=(stream,buffer,offset,length,position)=>{FS.forceLoadFile(node);return writeChunks(stream,buffer,offset,length,position)};stream_ops.mmap=(stream,length,position,prot,flags)=>{FS.forceLoadFile(node);var ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}writeChunks(stream,HEAP8,ptr,length,position);return{ptr,allocated:true}};node.stream_ops=stream_ops;return node}};var SYSCALLS={currentUmask:18,calculateAt(dirfd,path,allowEmpty){if(PATH.isAbs(path)){return path}var dir;if(dirfd===-100){dir=FS.cwd()}else{var dirstream=SYSCALLS.getStreamFromFD(dirfd);dir=dirstream.path}if(path.length==0){if(!allowEmpty){throw new FS.ErrnoError(44)}return dir}return dir+"/"+path},writeStat(buf,stat){HEAPU32[buf>>2]=stat.dev;HEAPU32[buf+4>>2]=stat.mode;HEAPU32[buf+8>>2]=stat.nlink;HEAPU32[buf+12>>2]=stat.uid;HEAPU32[buf+16>>2]=stat.gid;HEAPU32[buf+20>>2]=stat.rdev;HEAP64[buf+24>>3]=BigInt(stat.size);HEAP32[buf+32>>2]=4096;HEAP32[buf+36>>2]=stat.blocks;var atime=stat.atime.getTime();var mtime=stat.mtime.getTime();var ctime=stat.ctime.getTime();HEAP64[buf+40>>3]=BigInt(Math.floor(atime/1e3));HEAPU32[buf+48>>2]=atime%1e3*1e3*1e3;HEAP64[buf+56>>3]=BigInt(Math.floor(mtime/1e3));HEAPU32[buf+64>>2]=mtime%1e3*1e3*1e3;HEAP64[buf+72>>3]=BigInt(Math.floor(ctime/1e3));HEAPU32[buf+80>>2]=ctime%1e3*1e3*1e3;HEAP64[buf+88>>3]=BigInt(stat.ino);return 0},writeStatFs(buf,stats){HEAPU32[buf+4>>2]=stats.bsize;HEAPU32[buf+60>>2]=stats.bsize;HEAP64[buf+8>>3]=BigInt(stats.blocks);HEAP64[buf+16>>3]=BigInt(stats.bfree);HEAP64[buf+24>>3]=BigInt(stats.bavail);HEAP64[buf+32>>3]=BigInt(stats.files);HEAP64[buf+40>>3]=BigInt(stats.ffree);HEAPU32[buf+48>>2]=stats.fsid;HEAPU32[buf+64>>2]=stats.flags;HEAPU32[buf+56>>2]=stats.namelen},doMsync(addr,stream,len,flags,offset){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}if(flags&2){return 0}var buffer=HEAPU8.subarray(addr,addr+len);FS.msync(stream,buffer,offset,len,flags)},getStreamFromFD(fd){var stream=FS.getStreamChecked(fd);return stream},varargs:undefined,getStr(ptr){var ret=UTF8ToString(ptr);return ret}};function _fd_close(fd){try{var stream=SYSCALLS.getStreamFromFD(fd);FS.close(stream);return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doReadv=(stream,iov,iovcnt,offset)=>{var ret=0;for(var i=0;i<iovcnt;i++){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];iov+=8;try{var curr=FS.read(stream,HEAP8,ptr,len,offset)}catch(e){if(ret>0&&e instanceof FS.ErrnoError&&(e.errno==6||e.errno==6)){break}throw e}if(curr<0)return-1;ret+=curr;if(curr<len)break;if(typeof offset!="undefined"){offset+=curr}}return ret};function _fd_read(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doReadv(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var INT53_MAX=9007199254740992;var INT53_MIN=-9007199254740992;var bigintToI53Checked=num=>num<INT53_MIN||num>INT53_MAX?NaN:Number(num);function _fd_seek(fd,offset,whence,newOffset){offset=bigintToI53Checked(offset);try{if(isNaN(offset))return 22;var stream=SYSCALLS.getStreamFromFD(fd);FS.llseek(stream,offset,whence);HEAP64[newOffset>>3]=BigInt(stream.position);if(stream.getdents&&offset===0&&whence===0)stream.getdents=null;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doWritev=(stream,iov,iovcnt,offset)=>{if(iovcnt==1){return FS.write(stream,HEAP8,HEAPU32[iov>>2],HEAPU32[iov+4>>2],offset)}var total=0;for(var i=0,p=iov;i<iovcnt;i++,p+=8){total+=HEAPU32[p+4>>2]}var view=new Uint8Array(total);var voff=0;for(var i=0;i<iovcnt;i++,iov+=8){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];view.set(HEAPU8.subarray(ptr,ptr+len),voff);voff+=len}return FS.write(stream,view,0,total,offset)};function _fd_write(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doWritev(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var wasmTableMirror=[];var getWasmTableEntry=funcPtr=>{var func=wasmTableMirror[funcPtr];if(!func){wasmTableMirror[funcPtr]=func=wasmTable.get(funcPtr)}return func};var stringToUTF8=(str,outPtr,maxBytesToWrite)=>stringToUTF8Array(str,HEAPU8,outPtr,maxBytesToWrite);FS.createPreloadedFile=FS_createPreloadedFile;FS.preloadFile=FS_preloadFile;FS.staticInit();{if(Module["noExitRuntime"])noExitRuntime=Module["noExitRuntime"];if(Module["print"])out=Module["print"];if(Module["printErr"])err=Module["printErr"];if(Module["arguments"])programArgs=Module["arguments"];if(Module["thisProgram"])thisProgram=Module["thisProgram"];var preInit=Module["preInit"];if(preInit){if(typeof preInit=="function")Module["preInit"]=preInit=[preInit];while(preInit.length>0){preInit.shift()()}}}Module["getValue"]=getValue;Module["UTF8ToString"]=UTF8ToString;Module["stringToUTF8"]=stringToUTF8;Module["lengthBytesUTF8"]=lengthBytesUTF8;var _wasm_parse_query,_malloc,_free,_wasm_parse_query_raw,_wasm_free_parse_result,_wasm_parse_plpgsql,_wasm_fingerprint,_wasm_normalize_query,_wasm_parse_query_detailed,_wasm_free_detailed_result,_wasm_scan,_wasm_free_string,__emscripten_timeout,_setThrew,__emscripten_stack_restore,_emscripten_stack_get_current,memory,__indirect_function_table,wasmMemory,wasmTable;function assignWasmExports(wasmExports){_wasm_parse_query=Module["_wasm_parse_query"]=wasmExports["B"];_malloc=Module["_malloc"]=wasmExports["C"];_free=Module["_free"]=wasmExports["E"];_wasm_parse_query_raw=Module["_wasm_parse_query_raw"]=wasmExports["F"];_wasm_free_parse_result=Module["_wasm_free_parse_result"]=wasmExports["G"];_wasm_parse_plpgsql=Module["_wasm_parse_plpgsql"]=wasmExports["H"];_wasm_fingerprint=Module["_wasm_fingerprint"]=wasmExports["I"];_wasm_normalize_query=Module["_wasm_normalize_query"]=wasmExports["J"];_wasm_parse_query_detailed=Module["_wasm_parse_query_detailed"]=wasmExports["K"];_wasm_free_detailed_result=Module["_wasm_free_detailed_result"]=wasmExports["L"];_wasm_scan=Module["_wasm_scan"]=wasmExports["M"];_wasm_free_string=Module["_wasm_free_string"]=wasmExports["N"];__emscripten_timeout=wasmExports["O"];_setThrew=wasmExports["P"];__emscripten_stack_restore=wasmExports["Q"];_emscripten_stack_get_current=wasmExports["R"];memory=wasmMemory=wasmExports["z"];__indirect_function_table=wasmTable=wasmExports["D"]}var wasmImports={c:___assert_fail,x:__abort_js,w:__emscripten_runtime_keepalive_clear,p:__emscripten_throw_longjmp,o:__setitimer_js,q:_emscripten_resize_heap,m:_exit,u:_fd_close,r:_fd_read,s:_fd_seek,t:_fd_write,g:invoke_i,b:invoke_ii,a:invoke_iii,d:invoke_iiii,k:invoke_iiiii,l:invoke_ji,e:invoke_v,f:invoke_vi,h:invoke_vii,j:invoke_viii,i:invoke_viiii,y:invoke_viiiii,n:invoke_viiiiiiiiiiiii,v:_proc_exit};function invoke_iii(index,a1,a2){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ii(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_i(index){var sp=stackSave();try{return getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_v(index){var sp=stackSave();try{getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiii(index,a1,a2,a3){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiii(index,a1,a2,a3,a4){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiiiiiiiiiii(index,a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiiii(index,a1,a2,a3,a4){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viii(index,a1,a2,a3){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vi(index,a1){var sp=stackSave();try{getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vii(index,a1,a2){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiii(index,a1,a2,a3,a4,a5){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ji(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0);return 0n}}async function run(){preRun();if(runDependencies){await resolveRunDependencies()}var setStatus=Module["setStatus"];if(setStatus){setStatus("Running...");await new Promise(resolve=>setTimeout(resolve,1));setTimeout(setStatus,1,"")}if(ABORT)return;initRuntime();Module["onRuntimeInitialized"]?.();postRun()}var wasmExports;wasmExports=await createWasm();await run();
;return Module}})();if(true){module.exports=PgQueryModule;module.exports["default"]=PgQueryModule}else {}


/***/ }),

/***/ 785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// This is an empty module that is served up when outside of a workerd environment
// See the `exports` field in package.json
exports["default"] = {};
//# sourceMappingURL=empty.js.map

/***/ }),

/***/ 6122:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



//Parse method copied from https://github.com/brianc/node-postgres
//Copyright (c) 2010-2014 Brian Carlson (brian.m.carlson@gmail.com)
//MIT License

//parses a connection string
function parse(str, options = {}) {
  //unix socket
  if (str.charAt(0) === '/') {
    const config = str.split(' ')
    return { host: config[0], database: config[1] }
  }

  // Check for empty host in URL

  const config = Object.create(null)
  let result
  let dummyHost = false
  if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
    // Ensure spaces are encoded as %20
    str = encodeURI(str).replace(/%25(\d\d)/g, '%$1')
  }

  try {
    try {
      result = new URL(str, 'postgres://base')
    } catch (e) {
      // The URL is invalid so try again with a dummy host
      result = new URL(str.replace('@/', '@___DUMMY___/'), 'postgres://base')
      dummyHost = true
    }
  } catch (err) {
    // Remove the input from the error message to avoid leaking sensitive information
    err.input && (err.input = '*****REDACTED*****')
    throw err
  }

  // We'd like to use Object.fromEntries() here but Node.js 10 does not support it
  for (const entry of result.searchParams.entries()) {
    config[entry[0]] = entry[1]
  }

  config.user = config.user || decodeURIComponent(result.username)
  config.password = config.password || decodeURIComponent(result.password)

  if (result.protocol == 'socket:') {
    config.host = decodeURI(result.pathname)
    config.database = result.searchParams.get('db')
    config.client_encoding = result.searchParams.get('encoding')
    return config
  }
  const hostname = (dummyHost ? '' : result.hostname).replace(/^\[(.+)\]$/, '$1')
  if (!config.host) {
    // Only set the host if there is no equivalent query param.
    config.host = decodeURIComponent(hostname)
  } else if (hostname && /^%2f/i.test(hostname)) {
    // Only prepend the hostname to the pathname if it is not a URL encoded Unix socket host.
    result.pathname = hostname + result.pathname
  }
  if (!config.port) {
    // Only set the port if there is no equivalent query param.
    config.port = result.port
  }

  const pathname = result.pathname.slice(1) || null
  config.database = pathname ? decodeURI(pathname) : null

  if (config.ssl === 'true' || config.ssl === '1') {
    config.ssl = true
  }

  if (config.ssl === '0') {
    config.ssl = false
  }

  if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
    config.ssl = {}
  }

  // sslnegotiation=direct implies SSL is in use (libpq requires sslmode>=require),
  // so enable SSL if the connection string did not otherwise configure it.
  if (config.sslnegotiation === 'direct' && config.ssl === undefined) {
    config.ssl = true
  }

  // Only try to load fs if we expect to read from the disk
  const fs = config.sslcert || config.sslkey || config.sslrootcert ? __nccwpck_require__(9896) : null

  if (config.sslcert) {
    config.ssl.cert = fs.readFileSync(config.sslcert).toString()
  }

  if (config.sslkey) {
    config.ssl.key = fs.readFileSync(config.sslkey).toString()
  }

  if (config.sslrootcert) {
    config.ssl.ca = fs.readFileSync(config.sslrootcert).toString()
  }

  if (options.useLibpqCompat && config.uselibpqcompat) {
    throw new Error('Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.')
  }

  if (config.uselibpqcompat === 'true' || options.useLibpqCompat) {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer': {
        config.ssl.rejectUnauthorized = false
        break
      }
      case 'require': {
        if (config.sslrootcert) {
          // If a root CA is specified, behavior of `sslmode=require` will be the same as that of `verify-ca`
          config.ssl.checkServerIdentity = function () {}
        } else {
          config.ssl.rejectUnauthorized = false
        }
        break
      }
      case 'verify-ca': {
        if (!config.ssl.ca) {
          throw new Error(
            'SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security.'
          )
        }
        config.ssl.checkServerIdentity = function () {}
        break
      }
      case 'verify-full': {
        break
      }
    }
  } else {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer':
      case 'require':
      case 'verify-ca':
      case 'verify-full': {
        if (config.sslmode !== 'verify-full') {
          deprecatedSslModeWarning(config.sslmode)
        }
        break
      }
      case 'no-verify': {
        config.ssl.rejectUnauthorized = false
        break
      }
    }
  }

  return config
}

// convert pg-connection-string ssl config to a ClientConfig.ConnectionOptions
function toConnectionOptions(sslConfig) {
  const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
    // we explicitly check for undefined and null instead of `if (value)` because some
    // options accept falsy values. Example: `ssl.rejectUnauthorized = false`
    if (value !== undefined && value !== null) {
      c[key] = value
    }

    return c
  }, Object.create(null))

  return connectionOptions
}

// convert pg-connection-string config to a ClientConfig
function toClientConfig(config) {
  const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
    if (key === 'ssl') {
      const sslConfig = value

      if (typeof sslConfig === 'boolean') {
        c[key] = sslConfig
      }

      if (typeof sslConfig === 'object') {
        c[key] = toConnectionOptions(sslConfig)
      }
    } else if (value !== undefined && value !== null) {
      if (key === 'port') {
        // when port is not specified, it is converted into an empty string
        // we want to avoid NaN or empty string as a values in ClientConfig
        if (value !== '') {
          const v = parseInt(value, 10)
          if (isNaN(v)) {
            throw new Error(`Invalid ${key}: ${value}`)
          }

          c[key] = v
        }
      } else {
        c[key] = value
      }
    }

    return c
  }, Object.create(null))

  return poolConfig
}

// parses a connection string into ClientConfig
function parseIntoClientConfig(str) {
  return toClientConfig(parse(str))
}

function deprecatedSslModeWarning(sslmode) {
  if (!deprecatedSslModeWarning.warned && typeof process !== 'undefined' && process.emitWarning) {
    deprecatedSslModeWarning.warned = true
    process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`)
  }
}

module.exports = parse

parse.parse = parse
parse.toClientConfig = toClientConfig
parse.parseIntoClientConfig = parseIntoClientConfig


/***/ }),

/***/ 2299:
/***/ ((module) => {



// selected so (BASE - 1) * 0x100000000 + 0xffffffff is a safe integer
var BASE = 1000000;

function readInt8(buffer) {
	var high = buffer.readInt32BE(0);
	var low = buffer.readUInt32BE(4);
	var sign = '';

	if (high < 0) {
		high = ~high + (low === 0);
		low = (~low + 1) >>> 0;
		sign = '-';
	}

	var result = '';
	var carry;
	var t;
	var digits;
	var pad;
	var l;
	var i;

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		t = 0x100000000 * carry + low;
		digits = '' + t % BASE;

		return sign + digits + result;
	}
}

module.exports = readInt8;


/***/ }),

/***/ 7558:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const EventEmitter = (__nccwpck_require__(4434).EventEmitter)

const NOOP = function () {}

const removeWhere = (list, predicate) => {
  const i = list.findIndex(predicate)

  return i === -1 ? undefined : list.splice(i, 1)[0]
}

class IdleItem {
  constructor(client, idleListener, timeoutId) {
    this.client = client
    this.idleListener = idleListener
    this.timeoutId = timeoutId
  }
}

class PendingItem {
  constructor(callback) {
    this.callback = callback
  }
}

function throwOnDoubleRelease() {
  throw new Error('Release called on client which has already been released to the pool.')
}

function promisify(Promise, callback) {
  if (callback) {
    return { callback: callback, result: undefined }
  }
  let rej
  let res
  const cb = function (err, client) {
    err ? rej(err) : res(client)
  }
  const result = new Promise(function (resolve, reject) {
    res = resolve
    rej = reject
  }).catch((err) => {
    // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
    // application that created the query
    Error.captureStackTrace(err)
    throw err
  })
  return { callback: cb, result: result }
}

function makeIdleListener(pool, client) {
  return function idleListener(err) {
    err.client = client

    client.removeListener('error', idleListener)
    client.on('error', () => {
      pool.log('additional client error after disconnection due to error', err)
    })
    pool._remove(client)
    // TODO - document that once the pool emits an error
    // the client has already been closed & purged and is unusable
    pool.emit('error', err, client)
  }
}

class Pool extends EventEmitter {
  constructor(options, Client) {
    super()
    this.options = Object.assign({}, options)

    if (options != null && 'password' in options) {
      // "hiding" the password so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options, 'password', {
        configurable: true,
        enumerable: false,
        writable: true,
        value: options.password,
      })
    }
    if (options != null && options.ssl && options.ssl.key) {
      // "hiding" the ssl->key so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options.ssl, 'key', {
        enumerable: false,
      })
    }

    this.options.max = this.options.max || this.options.poolSize || 10
    this.options.min = this.options.min || 0
    this.options.maxUses = this.options.maxUses || Infinity
    this.options.allowExitOnIdle = this.options.allowExitOnIdle || false
    this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0
    this.log = this.options.log || function () {}
    this.Client = this.options.Client || Client || (__nccwpck_require__(3273).Client)
    this.Promise = this.options.Promise || global.Promise

    if (typeof this.options.idleTimeoutMillis === 'undefined') {
      this.options.idleTimeoutMillis = 10000
    }

    this._clients = []
    this._idle = []
    this._expired = new WeakSet()
    this._pendingQueue = []
    this._endCallback = undefined
    this.ending = false
    this.ended = false
  }

  _promiseTry(f) {
    const Promise = this.Promise
    if (typeof Promise.try === 'function') {
      return Promise.try(f)
    }
    return new Promise((resolve) => resolve(f()))
  }

  _isFull() {
    return this._clients.length >= this.options.max
  }

  _isAboveMin() {
    return this._clients.length > this.options.min
  }

  _pulseQueue() {
    this.log('pulse queue')
    if (this.ended) {
      this.log('pulse queue ended')
      return
    }
    if (this.ending) {
      this.log('pulse queue on ending')
      if (this._idle.length) {
        this._idle.slice().map((item) => {
          this._remove(item.client)
        })
      }
      if (!this._clients.length) {
        this.ended = true
        this._endCallback()
      }
      return
    }

    // if we don't have any waiting, do nothing
    if (!this._pendingQueue.length) {
      this.log('no queued requests')
      return
    }
    // if we don't have any idle clients and we have no more room do nothing
    if (!this._idle.length && this._isFull()) {
      return
    }
    const pendingItem = this._pendingQueue.shift()
    if (this._idle.length) {
      const idleItem = this._idle.pop()
      clearTimeout(idleItem.timeoutId)
      const client = idleItem.client
      client.ref && client.ref()
      const idleListener = idleItem.idleListener

      return this._acquireClient(client, pendingItem, idleListener, false)
    }
    if (!this._isFull()) {
      return this.newClient(pendingItem)
    }
    throw new Error('unexpected condition')
  }

  _remove(client, callback) {
    const removed = removeWhere(this._idle, (item) => item.client === client)

    if (removed !== undefined) {
      clearTimeout(removed.timeoutId)
    }

    this._clients = this._clients.filter((c) => c !== client)
    const context = this
    client.end(() => {
      context.emit('remove', client)

      if (typeof callback === 'function') {
        callback()
      }
    })
  }

  connect(cb) {
    if (this.ending) {
      const err = new Error('Cannot use a pool after calling end on the pool')
      return cb ? cb(err) : this.Promise.reject(err)
    }

    const response = promisify(this.Promise, cb)
    const result = response.result

    // if we don't have to connect a new client, don't do so
    if (this._isFull() || this._idle.length) {
      // if we have idle clients schedule a pulse immediately
      if (this._idle.length) {
        process.nextTick(() => this._pulseQueue())
      }

      if (!this.options.connectionTimeoutMillis) {
        this._pendingQueue.push(new PendingItem(response.callback))
        return result
      }

      const queueCallback = (err, res, done) => {
        clearTimeout(tid)
        response.callback(err, res, done)
      }

      const pendingItem = new PendingItem(queueCallback)

      // set connection timeout on checking out an existing client
      const tid = setTimeout(() => {
        // remove the callback from pending waiters because
        // we're going to call it with a timeout error
        removeWhere(this._pendingQueue, (i) => i.callback === queueCallback)
        pendingItem.timedOut = true
        response.callback(new Error('timeout exceeded when trying to connect'))
      }, this.options.connectionTimeoutMillis)

      if (tid.unref) {
        tid.unref()
      }

      this._pendingQueue.push(pendingItem)
      return result
    }

    this.newClient(new PendingItem(response.callback))

    return result
  }

  newClient(pendingItem) {
    const client = new this.Client(this.options)
    this._clients.push(client)
    const idleListener = makeIdleListener(this, client)

    this.log('checking client timeout')

    // connection timeout logic
    let tid
    let timeoutHit = false
    if (this.options.connectionTimeoutMillis) {
      tid = setTimeout(() => {
        if (client.connection) {
          this.log('ending client due to timeout')
          timeoutHit = true
          client.connection.stream.destroy()
        } else if (!client.isConnected()) {
          this.log('ending client due to timeout')
          timeoutHit = true
          // force kill the node driver, and let libpq do its teardown
          client.end()
        }
      }, this.options.connectionTimeoutMillis)
    }

    this.log('connecting new client')
    client.connect((err) => {
      if (tid) {
        clearTimeout(tid)
      }
      client.on('error', idleListener)
      if (err) {
        this.log('client failed to connect', err)
        // remove the dead client from our list of clients
        this._clients = this._clients.filter((c) => c !== client)
        if (timeoutHit) {
          err = new Error('Connection terminated due to connection timeout', { cause: err })
        }

        // this client won’t be released, so move on immediately
        this._pulseQueue()

        if (!pendingItem.timedOut) {
          pendingItem.callback(err, undefined, NOOP)
        }
      } else {
        this.log('new client connected')

        if (this.options.onConnect) {
          this._promiseTry(() => this.options.onConnect(client)).then(
            () => {
              this._afterConnect(client, pendingItem, idleListener)
            },
            (hookErr) => {
              this._clients = this._clients.filter((c) => c !== client)
              client.end(() => {
                this._pulseQueue()
                if (!pendingItem.timedOut) {
                  pendingItem.callback(hookErr, undefined, NOOP)
                }
              })
            }
          )
          return
        }

        return this._afterConnect(client, pendingItem, idleListener)
      }
    })
  }

  _afterConnect(client, pendingItem, idleListener) {
    if (this.options.maxLifetimeSeconds !== 0) {
      const maxLifetimeTimeout = setTimeout(() => {
        this.log('ending client due to expired lifetime')
        this._expired.add(client)
        const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client)
        if (idleIndex !== -1) {
          this._acquireClient(
            client,
            new PendingItem((err, client, clientRelease) => clientRelease()),
            idleListener,
            false
          )
        }
      }, this.options.maxLifetimeSeconds * 1000)

      maxLifetimeTimeout.unref()
      client.once('end', () => clearTimeout(maxLifetimeTimeout))
    }

    return this._acquireClient(client, pendingItem, idleListener, true)
  }

  // acquire a client for a pending work item
  _acquireClient(client, pendingItem, idleListener, isNew) {
    if (isNew) {
      this.emit('connect', client)
    }

    this.emit('acquire', client)

    client.release = this._releaseOnce(client, idleListener)

    client.removeListener('error', idleListener)

    if (!pendingItem.timedOut) {
      if (isNew && this.options.verify) {
        this.options.verify(client, (err) => {
          if (err) {
            client.release(err)
            return pendingItem.callback(err, undefined, NOOP)
          }

          pendingItem.callback(undefined, client, client.release)
        })
      } else {
        pendingItem.callback(undefined, client, client.release)
      }
    } else {
      if (isNew && this.options.verify) {
        this.options.verify(client, client.release)
      } else {
        client.release()
      }
    }
  }

  // returns a function that wraps _release and throws if called more than once
  _releaseOnce(client, idleListener) {
    let released = false

    return (err) => {
      if (released) {
        throwOnDoubleRelease()
      }

      released = true
      this._release(client, idleListener, err)
    }
  }

  // release a client back to the poll, include an error
  // to remove it from the pool
  _release(client, idleListener, err) {
    client.on('error', idleListener)

    client._poolUseCount = (client._poolUseCount || 0) + 1

    this.emit('release', err, client)

    // TODO(bmc): expose a proper, public interface _queryable and _ending
    if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
      if (client._poolUseCount >= this.options.maxUses) {
        this.log('remove expended client')
      }

      return this._remove(client, this._pulseQueue.bind(this))
    }

    const isExpired = this._expired.has(client)
    if (isExpired) {
      this.log('remove expired client')
      this._expired.delete(client)
      return this._remove(client, this._pulseQueue.bind(this))
    }

    // idle timeout
    let tid
    if (this.options.idleTimeoutMillis && this._isAboveMin()) {
      tid = setTimeout(() => {
        if (this._isAboveMin()) {
          this.log('remove idle client')
          this._remove(client, this._pulseQueue.bind(this))
        }
      }, this.options.idleTimeoutMillis)

      if (this.options.allowExitOnIdle) {
        // allow Node to exit if this is all that's left
        tid.unref()
      }
    }

    if (this.options.allowExitOnIdle) {
      client.unref()
    }

    this._idle.push(new IdleItem(client, idleListener, tid))
    this._pulseQueue()
  }

  query(text, values, cb) {
    // guard clause against passing a function as the first parameter
    if (typeof text === 'function') {
      const response = promisify(this.Promise, text)
      setImmediate(function () {
        return response.callback(new Error('Passing a function as the first parameter to pool.query is not supported'))
      })
      return response.result
    }

    // allow plain text query without values, but callback
    if (typeof values === 'function') {
      cb = values
      values = undefined
    }
    const response = promisify(this.Promise, cb)
    cb = response.callback

    this.connect((err, client) => {
      if (err) {
        return cb(err)
      }

      let clientReleased = false
      const onError = (err) => {
        if (clientReleased) {
          return
        }
        clientReleased = true
        client.release(err)
        cb(err)
      }

      client.once('error', onError)
      this.log('dispatching query')
      try {
        client.query(text, values, (err, res) => {
          this.log('query dispatched')
          client.removeListener('error', onError)
          if (clientReleased) {
            return
          }
          clientReleased = true
          client.release(err)
          if (err) {
            return cb(err)
          }
          return cb(undefined, res)
        })
      } catch (err) {
        client.release(err)
        return cb(err)
      }
    })
    return response.result
  }

  end(cb) {
    this.log('ending')
    if (this.ending) {
      const err = new Error('Called end on pool more than once')
      return cb ? cb(err) : this.Promise.reject(err)
    }
    this.ending = true
    const promised = promisify(this.Promise, cb)
    this._endCallback = promised.callback
    this._pulseQueue()
    return promised.result
  }

  get waitingCount() {
    return this._pendingQueue.length
  }

  get idleCount() {
    return this._idle.length
  }

  get expiredCount() {
    return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0)
  }

  get totalCount() {
    return this._clients.length
  }
}
module.exports = Pool


/***/ }),

/***/ 9971:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferReader = void 0;
class BufferReader {
    constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        // TODO(bmc): support non-utf8 encoding?
        this.encoding = 'utf-8';
    }
    setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
    }
    int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
    }
    byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
    }
    int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
    cstring() {
        const start = this.offset;
        let end = start;
        // eslint-disable-next-line no-empty
        while (this.buffer[end++]) { }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
    }
    bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
}
exports.BufferReader = BufferReader;
//# sourceMappingURL=buffer-reader.js.map

/***/ }),

/***/ 9315:
/***/ ((__unused_webpack_module, exports) => {


//binary data writer tuned for encoding binary specific to the postgres binary protocol
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Writer = void 0;
class Writer {
    constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
    }
    ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
            const oldBuffer = this.buffer;
            // exponential growth factor of around ~ 1.5
            // https://stackoverflow.com/questions/2269063/buffer-growth-strategy
            const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
            this.buffer = Buffer.allocUnsafe(newSize);
            oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
    }
    addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = (num >>> 24) & 0xff;
        this.buffer[this.offset++] = (num >>> 16) & 0xff;
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addCString(string) {
        if (!string) {
            this.ensure(1);
        }
        else {
            const len = Buffer.byteLength(string);
            this.ensure(len + 1); // +1 for null terminator
            this.buffer.write(string, this.offset, 'utf-8');
            this.offset += len;
        }
        this.buffer[this.offset++] = 0; // null terminator
        return this;
    }
    addString(string = '') {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
    }
    // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
    // bytes. Postgres' Bind wire format prefixes every parameter with its length,
    // and doing it in one method computes Buffer.byteLength ONCE — the previous
    // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
    // three times (byteLength for the prefix, byteLength again inside addString,
    // then the encode), which is costly for large text parameters.
    addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = (len >>> 24) & 0xff;
        buffer[offset++] = (len >>> 16) & 0xff;
        buffer[offset++] = (len >>> 8) & 0xff;
        buffer[offset++] = (len >>> 0) & 0xff;
        buffer.write(string, offset, 'utf-8');
        this.offset = offset + len;
        return this;
    }
    add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
    }
    /**
     * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
     */
    reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
    }
    join(code) {
        if (code) {
            this.buffer[this.headerPosition] = code;
            //length is everything in this packet minus the code
            const length = this.offset - (this.headerPosition + 1);
            this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
    }
    flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
    }
    clear() {
        this.offset = 5;
        this.headerPosition = 0;
    }
}
exports.Writer = Writer;
//# sourceMappingURL=buffer-writer.js.map

/***/ }),

/***/ 4233:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DatabaseError = exports.serialize = void 0;
exports.parse = parse;
const messages_1 = __nccwpck_require__(5809);
Object.defineProperty(exports, "DatabaseError", ({ enumerable: true, get: function () { return messages_1.DatabaseError; } }));
const serializer_1 = __nccwpck_require__(6513);
Object.defineProperty(exports, "serialize", ({ enumerable: true, get: function () { return serializer_1.serialize; } }));
const parser_1 = __nccwpck_require__(3318);
function parse(stream, callback) {
    const parser = new parser_1.Parser();
    stream.on('data', (buffer) => parser.parse(buffer, callback));
    return new Promise((resolve) => stream.on('end', () => resolve()));
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5809:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
exports.parseComplete = {
    name: 'parseComplete',
    length: 5,
};
exports.bindComplete = {
    name: 'bindComplete',
    length: 5,
};
exports.closeComplete = {
    name: 'closeComplete',
    length: 5,
};
exports.noData = {
    name: 'noData',
    length: 5,
};
exports.portalSuspended = {
    name: 'portalSuspended',
    length: 5,
};
exports.replicationStart = {
    name: 'replicationStart',
    length: 4,
};
exports.emptyQuery = {
    name: 'emptyQuery',
    length: 4,
};
exports.copyDone = {
    name: 'copyDone',
    length: 4,
};
class DatabaseError extends Error {
    constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
    }
}
exports.DatabaseError = DatabaseError;
class CopyDataMessage {
    constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = 'copyData';
    }
}
exports.CopyDataMessage = CopyDataMessage;
class CopyResponse {
    constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
    }
}
exports.CopyResponse = CopyResponse;
class Field {
    constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
    }
}
exports.Field = Field;
class RowDescriptionMessage {
    constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = 'rowDescription';
        this.fields = new Array(this.fieldCount);
    }
}
exports.RowDescriptionMessage = RowDescriptionMessage;
class ParameterDescriptionMessage {
    constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = 'parameterDescription';
        this.dataTypeIDs = new Array(this.parameterCount);
    }
}
exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
class ParameterStatusMessage {
    constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = 'parameterStatus';
    }
}
exports.ParameterStatusMessage = ParameterStatusMessage;
class AuthenticationMD5Password {
    constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = 'authenticationMD5Password';
    }
}
exports.AuthenticationMD5Password = AuthenticationMD5Password;
class BackendKeyDataMessage {
    constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = 'backendKeyData';
    }
}
exports.BackendKeyDataMessage = BackendKeyDataMessage;
class NotificationResponseMessage {
    constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = 'notification';
    }
}
exports.NotificationResponseMessage = NotificationResponseMessage;
class ReadyForQueryMessage {
    constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = 'readyForQuery';
    }
}
exports.ReadyForQueryMessage = ReadyForQueryMessage;
class CommandCompleteMessage {
    constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = 'commandComplete';
    }
}
exports.CommandCompleteMessage = CommandCompleteMessage;
class DataRowMessage {
    constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = 'dataRow';
        this.fieldCount = fields.length;
    }
}
exports.DataRowMessage = DataRowMessage;
class NoticeMessage {
    constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = 'notice';
    }
}
exports.NoticeMessage = NoticeMessage;
//# sourceMappingURL=messages.js.map

/***/ }),

/***/ 3318:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const messages_1 = __nccwpck_require__(5809);
const buffer_reader_1 = __nccwpck_require__(9971);
// every message is prefixed with a single byte
const CODE_LENGTH = 1;
// every message has an int32 length which includes itself but does
// NOT include the code in the length
const LEN_LENGTH = 4;
const HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
// A placeholder for a `BackendMessage`’s length value that will be set after construction.
const LATEINIT_LENGTH = -1;
const emptyBuffer = Buffer.allocUnsafe(0);
class Parser {
    constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === 'binary') {
            throw new Error('Binary mode not supported yet');
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || 'text';
    }
    parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
            // code is 1 byte long - it identifies the message type
            const code = this.buffer[offset];
            // length is 1 Uint32BE - it is the length of the message EXCLUDING the code
            const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
            const fullMessageLength = CODE_LENGTH + length;
            if (fullMessageLength + offset <= bufferFullLength) {
                const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
                callback(message);
                offset += fullMessageLength;
            }
            else {
                break;
            }
        }
        if (offset === bufferFullLength) {
            // No more use for the buffer
            this.buffer = emptyBuffer;
            this.bufferLength = 0;
            this.bufferOffset = 0;
        }
        else {
            // Adjust the cursors of remainingBuffer
            this.bufferLength = bufferFullLength - offset;
            this.bufferOffset = offset;
        }
    }
    mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
            const newLength = this.bufferLength + buffer.byteLength;
            const newFullLength = newLength + this.bufferOffset;
            if (newFullLength > this.buffer.byteLength) {
                // We can't concat the new buffer with the remaining one
                let newBuffer;
                if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
                    // We can move the relevant part to the beginning of the buffer instead of allocating a new buffer
                    newBuffer = this.buffer;
                }
                else {
                    // Allocate a new larger buffer
                    let newBufferLength = this.buffer.byteLength * 2;
                    while (newLength >= newBufferLength) {
                        newBufferLength *= 2;
                    }
                    newBuffer = Buffer.allocUnsafe(newBufferLength);
                }
                // Move the remaining buffer to the new one
                this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
                this.buffer = newBuffer;
                this.bufferOffset = 0;
            }
            // Concat the new buffer with the remaining one
            buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
            this.bufferLength = newLength;
        }
        else {
            this.buffer = buffer;
            this.bufferOffset = 0;
            this.bufferLength = buffer.byteLength;
        }
    }
    handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        // NOTE: This undesirably retains the buffer in `this.reader` if the `parse*Message` calls below throw. However, those should only throw in the case of a protocol error, which normally results in the reader being discarded.
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
            case 50 /* MessageCodes.BindComplete */:
                message = messages_1.bindComplete;
                break;
            case 49 /* MessageCodes.ParseComplete */:
                message = messages_1.parseComplete;
                break;
            case 51 /* MessageCodes.CloseComplete */:
                message = messages_1.closeComplete;
                break;
            case 110 /* MessageCodes.NoData */:
                message = messages_1.noData;
                break;
            case 115 /* MessageCodes.PortalSuspended */:
                message = messages_1.portalSuspended;
                break;
            case 99 /* MessageCodes.CopyDone */:
                message = messages_1.copyDone;
                break;
            case 87 /* MessageCodes.ReplicationStart */:
                message = messages_1.replicationStart;
                break;
            case 73 /* MessageCodes.EmptyQuery */:
                message = messages_1.emptyQuery;
                break;
            case 68 /* MessageCodes.DataRow */:
                message = parseDataRowMessage(reader);
                break;
            case 67 /* MessageCodes.CommandComplete */:
                message = parseCommandCompleteMessage(reader);
                break;
            case 90 /* MessageCodes.ReadyForQuery */:
                message = parseReadyForQueryMessage(reader);
                break;
            case 65 /* MessageCodes.NotificationResponse */:
                message = parseNotificationMessage(reader);
                break;
            case 82 /* MessageCodes.AuthenticationResponse */:
                message = parseAuthenticationResponse(reader, length);
                break;
            case 83 /* MessageCodes.ParameterStatus */:
                message = parseParameterStatusMessage(reader);
                break;
            case 75 /* MessageCodes.BackendKeyData */:
                message = parseBackendKeyData(reader);
                break;
            case 69 /* MessageCodes.ErrorMessage */:
                message = parseErrorMessage(reader, 'error');
                break;
            case 78 /* MessageCodes.NoticeMessage */:
                message = parseErrorMessage(reader, 'notice');
                break;
            case 84 /* MessageCodes.RowDescriptionMessage */:
                message = parseRowDescriptionMessage(reader);
                break;
            case 116 /* MessageCodes.ParameterDescriptionMessage */:
                message = parseParameterDescriptionMessage(reader);
                break;
            case 71 /* MessageCodes.CopyIn */:
                message = parseCopyInMessage(reader);
                break;
            case 72 /* MessageCodes.CopyOut */:
                message = parseCopyOutMessage(reader);
                break;
            case 100 /* MessageCodes.CopyData */:
                message = parseCopyData(reader, length);
                break;
            default:
                return new messages_1.DatabaseError('received invalid response: ' + code.toString(16), length, 'error');
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
    }
}
exports.Parser = Parser;
const parseReadyForQueryMessage = (reader) => {
    const status = reader.string(1);
    return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
};
const parseCommandCompleteMessage = (reader) => {
    const text = reader.cstring();
    return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
};
const parseCopyData = (reader, length) => {
    const chunk = reader.bytes(length - 4);
    return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
};
const parseCopyInMessage = (reader) => parseCopyMessage(reader, 'copyInResponse');
const parseCopyOutMessage = (reader) => parseCopyMessage(reader, 'copyOutResponse');
const parseCopyMessage = (reader, messageName) => {
    const isBinary = reader.byte() !== 0;
    const columnCount = reader.int16();
    const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
    for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
    }
    return message;
};
const parseNotificationMessage = (reader) => {
    const processId = reader.int32();
    const channel = reader.cstring();
    const payload = reader.cstring();
    return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
};
const parseRowDescriptionMessage = (reader) => {
    const fieldCount = reader.int16();
    const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
    }
    return message;
};
const parseField = (reader) => {
    const name = reader.cstring();
    const tableID = reader.uint32();
    const columnID = reader.int16();
    const dataTypeID = reader.uint32();
    const dataTypeSize = reader.int16();
    const dataTypeModifier = reader.int32();
    const mode = reader.int16() === 0 ? 'text' : 'binary';
    return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
};
const parseParameterDescriptionMessage = (reader) => {
    const parameterCount = reader.int16();
    const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
    for (let i = 0; i < parameterCount; i++) {
        // OIDs are unsigned, same as dataTypeID in parseField above
        message.dataTypeIDs[i] = reader.uint32();
    }
    return message;
};
const parseDataRowMessage = (reader) => {
    const fieldCount = reader.int16();
    const fields = new Array(fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        // a -1 for length means the value of the field is null
        fields[i] = len === -1 ? null : reader.string(len);
    }
    return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
};
const parseParameterStatusMessage = (reader) => {
    const name = reader.cstring();
    const value = reader.cstring();
    return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
};
const parseBackendKeyData = (reader) => {
    const processID = reader.int32();
    const secretKey = reader.int32();
    return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
};
const parseAuthenticationResponse = (reader, length) => {
    const code = reader.int32();
    // TODO(bmc): maybe better types here
    const message = {
        name: 'authenticationOk',
        length,
    };
    switch (code) {
        case 0: // AuthenticationOk
            break;
        case 3: // AuthenticationCleartextPassword
            if (message.length === 8) {
                message.name = 'authenticationCleartextPassword';
            }
            break;
        case 5: // AuthenticationMD5Password
            if (message.length === 12) {
                message.name = 'authenticationMD5Password';
                const salt = reader.bytes(4);
                return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
            }
            break;
        case 10: // AuthenticationSASL
            {
                message.name = 'authenticationSASL';
                message.mechanisms = [];
                let mechanism;
                do {
                    mechanism = reader.cstring();
                    if (mechanism) {
                        message.mechanisms.push(mechanism);
                    }
                } while (mechanism);
            }
            break;
        case 11: // AuthenticationSASLContinue
            message.name = 'authenticationSASLContinue';
            message.data = reader.string(length - 8);
            break;
        case 12: // AuthenticationSASLFinal
            message.name = 'authenticationSASLFinal';
            message.data = reader.string(length - 8);
            break;
        default:
            throw new Error('Unknown authenticationOk message type ' + code);
    }
    return message;
};
const parseErrorMessage = (reader, name) => {
    const fields = {};
    let fieldType = reader.string(1);
    while (fieldType !== '\0') {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
    }
    const messageValue = fields.M;
    const message = name === 'notice'
        ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue)
        : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
    message.severity = fields.S;
    message.code = fields.C;
    message.detail = fields.D;
    message.hint = fields.H;
    message.position = fields.P;
    message.internalPosition = fields.p;
    message.internalQuery = fields.q;
    message.where = fields.W;
    message.schema = fields.s;
    message.table = fields.t;
    message.column = fields.c;
    message.dataType = fields.d;
    message.constraint = fields.n;
    message.file = fields.F;
    message.line = fields.L;
    message.routine = fields.R;
    return message;
};
//# sourceMappingURL=parser.js.map

/***/ }),

/***/ 6513:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serialize = void 0;
const buffer_writer_1 = __nccwpck_require__(9315);
const writer = new buffer_writer_1.Writer();
const startup = (opts) => {
    // protocol version
    writer.addInt16(3).addInt16(0);
    for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
    }
    writer.addCString('client_encoding').addCString('UTF8');
    const bodyBuffer = writer.addCString('').flush();
    // this message is sent without a code
    const length = bodyBuffer.length + 4;
    return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
};
const requestSsl = () => {
    const response = Buffer.allocUnsafe(8);
    response.writeInt32BE(8, 0);
    response.writeInt32BE(80877103, 4);
    return response;
};
const password = (password) => {
    return writer.addCString(password).flush(112 /* code.startup */);
};
const sendSASLInitialResponseMessage = function (mechanism, initialResponse) {
    // 0x70 = 'p'
    writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
    return writer.flush(112 /* code.startup */);
};
const sendSCRAMClientFinalMessage = function (additionalData) {
    return writer.addString(additionalData).flush(112 /* code.startup */);
};
const query = (text) => {
    return writer.addCString(text).flush(81 /* code.query */);
};
const emptyArray = [];
const parse = (query) => {
    // expect something like this:
    // { name: 'queryName',
    //   text: 'select * from blah',
    //   types: ['int8', 'bool'] }
    // normalize missing query names to allow for null
    const name = query.name || '';
    if (name.length > 63) {
        console.error('Warning! Postgres only supports 63 characters for query names.');
        console.error('You supplied %s (%s)', name, name.length);
        console.error('This can cause conflicts and silent errors executing queries');
    }
    const types = query.types || emptyArray;
    const len = types.length;
    const buffer = writer
        .addCString(name) // name of query
        .addCString(query.text) // actual query text
        .addInt16(len);
    for (let i = 0; i < len; i++) {
        buffer.addInt32(types[i]);
    }
    return writer.flush(80 /* code.parse */);
};
const writeValues = function (values, valueMapper, formatsOffset) {
    const len = values.length;
    for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0 /* ParamType.STRING */;
        if (mappedVal == null) {
            // write -1 to indicate null
            writer.addInt32(-1);
        }
        else if (mappedVal instanceof Buffer) {
            formatByte = 1 /* ParamType.BINARY */;
            // add the buffer to the param writer
            writer.addInt32(mappedVal.length);
            writer.add(mappedVal);
        }
        else {
            // length prefix + UTF-8 bytes in one pass (Buffer.byteLength computed once)
            writer.addInt32PrefixedString(mappedVal);
        }
        // beware: `writer` operations can replace `writer.buffer` with a new buffer
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
    }
};
const bind = (config = {}) => {
    // normalize config
    const portal = config.portal || '';
    const statement = config.statement || '';
    const binary = config.binary || false;
    const values = config.values || emptyArray;
    const len = values.length;
    writer.addCString(portal).addCString(statement);
    // number of parameter format codes
    writer.addInt16(len);
    // space for those codes, filled by `writeValues`
    const formatsOffset = writer.reserveUnsafe(len * 2);
    // number of parameter values
    writer.addInt16(len);
    try {
        writeValues(values, config.valueMapper, formatsOffset);
    }
    catch (err) {
        writer.clear();
        throw err;
    }
    // all results use the same format code
    writer.addInt16(1);
    // format code
    writer.addInt16(binary ? 1 /* ParamType.BINARY */ : 0 /* ParamType.STRING */);
    return writer.flush(66 /* code.bind */);
};
const emptyExecute = Buffer.from([69 /* code.execute */, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00]);
const execute = (config) => {
    // this is the happy path for most queries
    if (!config || (!config.portal && !config.rows)) {
        return emptyExecute;
    }
    const portal = config.portal || '';
    const rows = config.rows || 0;
    const portalLength = Buffer.byteLength(portal);
    const len = 4 + portalLength + 1 + 4;
    // one extra bit for code
    const buff = Buffer.allocUnsafe(1 + len);
    buff[0] = 69 /* code.execute */;
    buff.writeInt32BE(len, 1);
    buff.write(portal, 5, 'utf-8');
    buff[portalLength + 5] = 0; // null terminate portal cString
    buff.writeUInt32BE(rows, buff.length - 4);
    return buff;
};
const cancel = (processID, secretKey) => {
    const buffer = Buffer.allocUnsafe(16);
    buffer.writeInt32BE(16, 0);
    buffer.writeInt16BE(1234, 4);
    buffer.writeInt16BE(5678, 6);
    buffer.writeInt32BE(processID, 8);
    buffer.writeInt32BE(secretKey, 12);
    return buffer;
};
const cstringMessage = (code, string) => {
    const stringLen = Buffer.byteLength(string);
    const len = 4 + stringLen + 1;
    // one extra bit for code
    const buffer = Buffer.allocUnsafe(1 + len);
    buffer[0] = code;
    buffer.writeInt32BE(len, 1);
    buffer.write(string, 5, 'utf-8');
    buffer[len] = 0; // null terminate cString
    return buffer;
};
const emptyDescribePortal = writer.addCString('P').flush(68 /* code.describe */);
const emptyDescribeStatement = writer.addCString('S').flush(68 /* code.describe */);
const describe = (msg) => {
    return msg.name
        ? cstringMessage(68 /* code.describe */, `${msg.type}${msg.name || ''}`)
        : msg.type === 'P'
            ? emptyDescribePortal
            : emptyDescribeStatement;
};
const close = (msg) => {
    const text = `${msg.type}${msg.name || ''}`;
    return cstringMessage(67 /* code.close */, text);
};
const copyData = (chunk) => {
    return writer.add(chunk).flush(100 /* code.copyFromChunk */);
};
const copyFail = (message) => {
    return cstringMessage(102 /* code.copyFail */, message);
};
const codeOnlyBuffer = (code) => Buffer.from([code, 0x00, 0x00, 0x00, 0x04]);
const flushBuffer = codeOnlyBuffer(72 /* code.flush */);
const syncBuffer = codeOnlyBuffer(83 /* code.sync */);
const endBuffer = codeOnlyBuffer(88 /* code.end */);
const copyDoneBuffer = codeOnlyBuffer(99 /* code.copyDone */);
const serialize = {
    startup,
    password,
    requestSsl,
    sendSASLInitialResponseMessage,
    sendSCRAMClientFinalMessage,
    query,
    parse,
    bind,
    execute,
    describe,
    close,
    flush: () => flushBuffer,
    sync: () => syncBuffer,
    end: () => endBuffer,
    copyData,
    copyDone: () => copyDoneBuffer,
    copyFail,
    cancel,
};
exports.serialize = serialize;
//# sourceMappingURL=serializer.js.map

/***/ }),

/***/ 1549:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var textParsers = __nccwpck_require__(4784);
var binaryParsers = __nccwpck_require__(7522);
var arrayParser = __nccwpck_require__(6471);
var builtinTypes = __nccwpck_require__(6345);

exports.getTypeParser = getTypeParser;
exports.setTypeParser = setTypeParser;
exports.arrayParser = arrayParser;
exports.builtins = builtinTypes;

var typeParsers = {
  text: {},
  binary: {}
};

//the empty parse function
function noParse (val) {
  return String(val);
};

//returns a function used to convert a specific type (specified by
//oid) into a result javascript type
//note: the oid can be obtained via the following sql query:
//SELECT oid FROM pg_type WHERE typname = 'TYPE_NAME_HERE';
function getTypeParser (oid, format) {
  format = format || 'text';
  if (!typeParsers[format]) {
    return noParse;
  }
  return typeParsers[format][oid] || noParse;
};

function setTypeParser (oid, format, parseFn) {
  if(typeof format == 'function') {
    parseFn = format;
    format = 'text';
  }
  typeParsers[format][oid] = parseFn;
};

textParsers.init(function(oid, converter) {
  typeParsers.text[oid] = converter;
});

binaryParsers.init(function(oid, converter) {
  typeParsers.binary[oid] = converter;
});


/***/ }),

/***/ 6471:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879);

module.exports = {
  create: function (source, transform) {
    return {
      parse: function() {
        return array.parse(source, transform);
      }
    };
  }
};


/***/ }),

/***/ 7522:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var parseInt64 = __nccwpck_require__(2299);

var parseBits = function(data, bits, offset, invert, callback) {
  offset = offset || 0;
  invert = invert || false;
  callback = callback || function(lastValue, newValue, bits) { return (lastValue * Math.pow(2, bits)) + newValue; };
  var offsetBytes = offset >> 3;

  var inv = function(value) {
    if (invert) {
      return ~value & 0xff;
    }

    return value;
  };

  // read first (maybe partial) byte
  var mask = 0xff;
  var firstBits = 8 - (offset % 8);
  if (bits < firstBits) {
    mask = (0xff << (8 - bits)) & 0xff;
    firstBits = bits;
  }

  if (offset) {
    mask = mask >> (offset % 8);
  }

  var result = 0;
  if ((offset % 8) + bits >= 8) {
    result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
  }

  // read bytes
  var bytes = (bits + offset) >> 3;
  for (var i = offsetBytes + 1; i < bytes; i++) {
    result = callback(result, inv(data[i]), 8);
  }

  // bits to read, that are not a complete byte
  var lastBits = (bits + offset) % 8;
  if (lastBits > 0) {
    result = callback(result, inv(data[bytes]) >> (8 - lastBits), lastBits);
  }

  return result;
};

var parseFloatFromBits = function(data, precisionBits, exponentBits) {
  var bias = Math.pow(2, exponentBits - 1) - 1;
  var sign = parseBits(data, 1);
  var exponent = parseBits(data, exponentBits, 1);

  if (exponent === 0) {
    return 0;
  }

  // parse mantissa
  var precisionBitsCounter = 1;
  var parsePrecisionBits = function(lastValue, newValue, bits) {
    if (lastValue === 0) {
      lastValue = 1;
    }

    for (var i = 1; i <= bits; i++) {
      precisionBitsCounter /= 2;
      if ((newValue & (0x1 << (bits - i))) > 0) {
        lastValue += precisionBitsCounter;
      }
    }

    return lastValue;
  };

  var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);

  // special cases
  if (exponent == (Math.pow(2, exponentBits + 1) - 1)) {
    if (mantissa === 0) {
      return (sign === 0) ? Infinity : -Infinity;
    }

    return NaN;
  }

  // normale number
  return ((sign === 0) ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
};

var parseInt16 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 15, 1, true) + 1);
  }

  return parseBits(value, 15, 1);
};

var parseInt32 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 31, 1, true) + 1);
  }

  return parseBits(value, 31, 1);
};

var parseFloat32 = function(value) {
  return parseFloatFromBits(value, 23, 8);
};

var parseFloat64 = function(value) {
  return parseFloatFromBits(value, 52, 11);
};

var parseNumeric = function(value) {
  var sign = parseBits(value, 16, 32);
  if (sign == 0xc000) {
    return NaN;
  }

  var weight = Math.pow(10000, parseBits(value, 16, 16));
  var result = 0;

  var digits = [];
  var ndigits = parseBits(value, 16);
  for (var i = 0; i < ndigits; i++) {
    result += parseBits(value, 16, 64 + (16 * i)) * weight;
    weight /= 10000;
  }

  var scale = Math.pow(10, parseBits(value, 16, 48));
  return ((sign === 0) ? 1 : -1) * Math.round(result * scale) / scale;
};

var parseDate = function(isUTC, value) {
  var sign = parseBits(value, 1);
  var rawValue = parseBits(value, 63, 1);

  // discard usecs and shift from 2000 to 1970
  var result = new Date((((sign === 0) ? 1 : -1) * rawValue / 1000) + 946684800000);

  if (!isUTC) {
    result.setTime(result.getTime() + result.getTimezoneOffset() * 60000);
  }

  // add microseconds to the date
  result.usec = rawValue % 1000;
  result.getMicroSeconds = function() {
    return this.usec;
  };
  result.setMicroSeconds = function(value) {
    this.usec = value;
  };
  result.getUTCMicroSeconds = function() {
    return this.usec;
  };

  return result;
};

var parseArray = function(value) {
  var dim = parseBits(value, 32);

  var flags = parseBits(value, 32, 32);
  var elementType = parseBits(value, 32, 64);

  var offset = 96;
  var dims = [];
  for (var i = 0; i < dim; i++) {
    // parse dimension
    dims[i] = parseBits(value, 32, offset);
    offset += 32;

    // ignore lower bounds
    offset += 32;
  }

  var parseElement = function(elementType) {
    // parse content length
    var length = parseBits(value, 32, offset);
    offset += 32;

    // parse null values
    if (length == 0xffffffff) {
      return null;
    }

    var result;
    if ((elementType == 0x17) || (elementType == 0x14)) {
      // int/bigint
      result = parseBits(value, length * 8, offset);
      offset += length * 8;
      return result;
    }
    else if (elementType == 0x19) {
      // string
      result = value.toString(this.encoding, offset >> 3, (offset += (length << 3)) >> 3);
      return result;
    }
    else {
      console.log("ERROR: ElementType not implemented: " + elementType);
    }
  };

  var parse = function(dimension, elementType) {
    var array = [];
    var i;

    if (dimension.length > 1) {
      var count = dimension.shift();
      for (i = 0; i < count; i++) {
        array[i] = parse(dimension, elementType);
      }
      dimension.unshift(count);
    }
    else {
      for (i = 0; i < dimension[0]; i++) {
        array[i] = parseElement(elementType);
      }
    }

    return array;
  };

  return parse(dims, elementType);
};

var parseText = function(value) {
  return value.toString('utf8');
};

var parseBool = function(value) {
  if(value === null) return null;
  return (parseBits(value, 8) > 0);
};

var init = function(register) {
  register(20, parseInt64);
  register(21, parseInt16);
  register(23, parseInt32);
  register(26, parseInt32);
  register(1700, parseNumeric);
  register(700, parseFloat32);
  register(701, parseFloat64);
  register(16, parseBool);
  register(1114, parseDate.bind(null, false));
  register(1184, parseDate.bind(null, true));
  register(1000, parseArray);
  register(1007, parseArray);
  register(1016, parseArray);
  register(1008, parseArray);
  register(1009, parseArray);
  register(25, parseText);
};

module.exports = {
  init: init
};


/***/ }),

/***/ 6345:
/***/ ((module) => {

/**
 * Following query was used to generate this file:

 SELECT json_object_agg(UPPER(PT.typname), PT.oid::int4 ORDER BY pt.oid)
 FROM pg_type PT
 WHERE typnamespace = (SELECT pgn.oid FROM pg_namespace pgn WHERE nspname = 'pg_catalog') -- Take only builting Postgres types with stable OID (extension types are not guaranted to be stable)
 AND typtype = 'b' -- Only basic types
 AND typelem = 0 -- Ignore aliases
 AND typisdefined -- Ignore undefined types
 */

module.exports = {
    BOOL: 16,
    BYTEA: 17,
    CHAR: 18,
    INT8: 20,
    INT2: 21,
    INT4: 23,
    REGPROC: 24,
    TEXT: 25,
    OID: 26,
    TID: 27,
    XID: 28,
    CID: 29,
    JSON: 114,
    XML: 142,
    PG_NODE_TREE: 194,
    SMGR: 210,
    PATH: 602,
    POLYGON: 604,
    CIDR: 650,
    FLOAT4: 700,
    FLOAT8: 701,
    ABSTIME: 702,
    RELTIME: 703,
    TINTERVAL: 704,
    CIRCLE: 718,
    MACADDR8: 774,
    MONEY: 790,
    MACADDR: 829,
    INET: 869,
    ACLITEM: 1033,
    BPCHAR: 1042,
    VARCHAR: 1043,
    DATE: 1082,
    TIME: 1083,
    TIMESTAMP: 1114,
    TIMESTAMPTZ: 1184,
    INTERVAL: 1186,
    TIMETZ: 1266,
    BIT: 1560,
    VARBIT: 1562,
    NUMERIC: 1700,
    REFCURSOR: 1790,
    REGPROCEDURE: 2202,
    REGOPER: 2203,
    REGOPERATOR: 2204,
    REGCLASS: 2205,
    REGTYPE: 2206,
    UUID: 2950,
    TXID_SNAPSHOT: 2970,
    PG_LSN: 3220,
    PG_NDISTINCT: 3361,
    PG_DEPENDENCIES: 3402,
    TSVECTOR: 3614,
    TSQUERY: 3615,
    GTSVECTOR: 3642,
    REGCONFIG: 3734,
    REGDICTIONARY: 3769,
    JSONB: 3802,
    REGNAMESPACE: 4089,
    REGROLE: 4096
};


/***/ }),

/***/ 4784:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879)
var arrayParser = __nccwpck_require__(6471);
var parseDate = __nccwpck_require__(2690);
var parseInterval = __nccwpck_require__(8755);
var parseByteA = __nccwpck_require__(463);

function allowNull (fn) {
  return function nullAllowed (value) {
    if (value === null) return value
    return fn(value)
  }
}

function parseBool (value) {
  if (value === null) return value
  return value === 'TRUE' ||
    value === 't' ||
    value === 'true' ||
    value === 'y' ||
    value === 'yes' ||
    value === 'on' ||
    value === '1';
}

function parseBoolArray (value) {
  if (!value) return null
  return array.parse(value, parseBool)
}

function parseBaseTenInt (string) {
  return parseInt(string, 10)
}

function parseIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(parseBaseTenInt))
}

function parseBigIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(function (entry) {
    return parseBigInteger(entry).trim()
  }))
}

var parsePointArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parsePoint(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseFloatArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parseFloat(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseStringArray = function(value) {
  if(!value) { return null; }

  var p = arrayParser.create(value);
  return p.parse();
};

var parseDateArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseDate(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseIntervalArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseInterval(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseByteAArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(parseByteA));
};

var parseInteger = function(value) {
  return parseInt(value, 10);
};

var parseBigInteger = function(value) {
  var valStr = String(value);
  if (/^\d+$/.test(valStr)) { return valStr; }
  return value;
};

var parseJsonArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(JSON.parse));
};

var parsePoint = function(value) {
  if (value[0] !== '(') { return null; }

  value = value.substring( 1, value.length - 1 ).split(',');

  return {
    x: parseFloat(value[0])
  , y: parseFloat(value[1])
  };
};

var parseCircle = function(value) {
  if (value[0] !== '<' && value[1] !== '(') { return null; }

  var point = '(';
  var radius = '';
  var pointParsed = false;
  for (var i = 2; i < value.length - 1; i++){
    if (!pointParsed) {
      point += value[i];
    }

    if (value[i] === ')') {
      pointParsed = true;
      continue;
    } else if (!pointParsed) {
      continue;
    }

    if (value[i] === ','){
      continue;
    }

    radius += value[i];
  }
  var result = parsePoint(point);
  result.radius = parseFloat(radius);

  return result;
};

var init = function(register) {
  register(20, parseBigInteger); // int8
  register(21, parseInteger); // int2
  register(23, parseInteger); // int4
  register(26, parseInteger); // oid
  register(700, parseFloat); // float4/real
  register(701, parseFloat); // float8/double
  register(16, parseBool);
  register(1082, parseDate); // date
  register(1114, parseDate); // timestamp without timezone
  register(1184, parseDate); // timestamp
  register(600, parsePoint); // point
  register(651, parseStringArray); // cidr[]
  register(718, parseCircle); // circle
  register(1000, parseBoolArray);
  register(1001, parseByteAArray);
  register(1005, parseIntegerArray); // _int2
  register(1007, parseIntegerArray); // _int4
  register(1028, parseIntegerArray); // oid[]
  register(1016, parseBigIntegerArray); // _int8
  register(1017, parsePointArray); // point[]
  register(1021, parseFloatArray); // _float4
  register(1022, parseFloatArray); // _float8
  register(1231, parseFloatArray); // _numeric
  register(1014, parseStringArray); //char
  register(1015, parseStringArray); //varchar
  register(1008, parseStringArray);
  register(1009, parseStringArray);
  register(1040, parseStringArray); // macaddr[]
  register(1041, parseStringArray); // inet[]
  register(1115, parseDateArray); // timestamp without time zone[]
  register(1182, parseDateArray); // _date
  register(1185, parseDateArray); // timestamp with time zone[]
  register(1186, parseInterval);
  register(1187, parseIntervalArray);
  register(17, parseByteA);
  register(114, JSON.parse.bind(JSON)); // json
  register(3802, JSON.parse.bind(JSON)); // jsonb
  register(199, parseJsonArray); // json[]
  register(3807, parseJsonArray); // jsonb[]
  register(3907, parseStringArray); // numrange[]
  register(2951, parseStringArray); // uuid[]
  register(791, parseStringArray); // money[]
  register(1183, parseStringArray); // time[]
  register(1270, parseStringArray); // timetz[]
};

module.exports = {
  init: init
};


/***/ }),

/***/ 5042:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const utils = __nccwpck_require__(9652)
const nodeUtils = __nccwpck_require__(9023)
const sasl = __nccwpck_require__(948)
const TypeOverrides = __nccwpck_require__(365)

const ConnectionParameters = __nccwpck_require__(646)
const Query = __nccwpck_require__(4473)
const defaults = __nccwpck_require__(1376)
const Connection = __nccwpck_require__(9809)
const crypto = __nccwpck_require__(4150)

const activeQueryDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.activeQuery is deprecated and will be removed in pg@9.0'
)

const queryQueueDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.queryQueue is deprecated and will be removed in pg@9.0.'
)

const pgPassDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'pgpass support is deprecated and will be removed in pg@9.0. ' +
    'You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code.'
)

const byoPromiseDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0.'
)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

function coerceNumberOrDefault(value, defaultValue) {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : defaultValue
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : defaultValue
  }
  return defaultValue
}

class Client extends EventEmitter {
  constructor(config) {
    super()

    this.connectionParameters = new ConnectionParameters(config)
    this.user = this.connectionParameters.user
    this.database = this.connectionParameters.database
    this.port = this.connectionParameters.port
    this.host = this.connectionParameters.host

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: this.connectionParameters.password,
    })

    this.replication = this.connectionParameters.replication

    const c = config || {}

    if (c.Promise) {
      byoPromiseDeprecationNotice()
    }
    this._Promise = c.Promise || global.Promise
    this._types = new TypeOverrides(c.types)
    this._ending = false
    this._ended = false
    this._connecting = false
    this._connected = false
    this._connectionError = false
    this._queryable = true
    this._activeQuery = null
    this._txStatus = null

    this.enableChannelBinding = Boolean(c.enableChannelBinding) // set true to use SCRAM-SHA-256-PLUS when offered
    this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS)
    this.connection =
      c.connection ||
      new Connection({
        stream: c.stream,
        ssl: this.connectionParameters.ssl,
        sslNegotiation: this.connectionParameters.sslnegotiation,
        keepAlive: c.keepAlive || false,
        keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
        encoding: this.connectionParameters.client_encoding || 'utf8',
      })
    this._queryQueue = []
    this._sentQueryQueue = []
    this.pipeline = Boolean(c.pipeline)
    this.binary = c.binary || defaults.binary
    this.processID = null
    this.secretKey = null
    this.ssl = this.connectionParameters.ssl || false
    this.sslNegotiation = this.connectionParameters.sslnegotiation || 'postgres'
    // As with Password, make SSL->Key (the private key) non-enumerable.
    // It won't show up in stack traces
    // or if the client is console.logged
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0
  }

  get activeQuery() {
    activeQueryDeprecationNotice()
    return this._activeQuery
  }

  set activeQuery(val) {
    activeQueryDeprecationNotice()
    this._activeQuery = val
  }

  _getActiveQuery() {
    return this._activeQuery
  }

  _errorAllQueries(err) {
    const enqueueError = (query) => {
      process.nextTick(() => {
        query.handleError(err, this.connection)
      })
    }

    const activeQuery = this._getActiveQuery()
    if (activeQuery) {
      enqueueError(activeQuery)
      this._activeQuery = null
    }

    this._sentQueryQueue.forEach(enqueueError)
    this._sentQueryQueue.length = 0

    this._queryQueue.forEach(enqueueError)
    this._queryQueue.length = 0
  }

  _connect(callback) {
    const self = this
    const con = this.connection
    this._connectionCallback = callback

    if (this._connecting || this._connected) {
      const err = new Error('Client has already been connected. You cannot reuse a client.')
      process.nextTick(() => {
        callback(err)
      })
      return
    }
    this._connecting = true

    if (this._connectionTimeoutMillis > 0) {
      this.connectionTimeoutHandle = setTimeout(() => {
        con._ending = true
        con.stream.destroy(new Error('timeout expired'))
      }, this._connectionTimeoutMillis)

      if (this.connectionTimeoutHandle.unref) {
        this.connectionTimeoutHandle.unref()
      }
    }

    if (this.host && this.host.indexOf('/') === 0) {
      con.connect(this.host + '/.s.PGSQL.' + this.port)
    } else {
      con.connect(this.port, this.host)
    }

    // once connection is established send startup message
    con.on('connect', function () {
      if (self.ssl) {
        // With direct SSL negotiation the connection upgrades to TLS without an
        // SSLRequest packet, so the startup message is sent after 'sslconnect'.
        if (self.sslNegotiation !== 'direct') {
          con.requestSsl()
        }
      } else {
        con.startup(self.getStartupConf())
      }
    })

    con.on('sslconnect', function () {
      con.startup(self.getStartupConf())
    })

    this._attachListeners(con)

    con.once('end', () => {
      const error = this._ending ? new Error('Connection terminated') : new Error('Connection terminated unexpectedly')

      clearTimeout(this.connectionTimeoutHandle)
      this._errorAllQueries(error)
      this._ended = true

      if (!this._ending) {
        // if the connection is ended without us calling .end()
        // on this client then we have an unexpected disconnection
        // treat this as an error unless we've already emitted an error
        // during connection.
        if (this._connecting && !this._connectionError) {
          if (this._connectionCallback) {
            this._connectionCallback(error)
          } else {
            this._handleErrorEvent(error)
          }
        } else if (!this._connectionError) {
          this._handleErrorEvent(error)
        }
      }

      process.nextTick(() => {
        this.emit('end')
      })
    })
  }

  connect(callback) {
    if (callback) {
      this._connect(callback)
      return
    }

    return new this._Promise((resolve, reject) => {
      this._connect((error) => {
        if (error) {
          reject(error)
        } else {
          resolve(this)
        }
      })
    })
  }

  _attachListeners(con) {
    // password request handling
    con.on('authenticationCleartextPassword', this._handleAuthCleartextPassword.bind(this))
    // password request handling
    con.on('authenticationMD5Password', this._handleAuthMD5Password.bind(this))
    // password request handling (SASL)
    con.on('authenticationSASL', this._handleAuthSASL.bind(this))
    con.on('authenticationSASLContinue', this._handleAuthSASLContinue.bind(this))
    con.on('authenticationSASLFinal', this._handleAuthSASLFinal.bind(this))
    con.on('backendKeyData', this._handleBackendKeyData.bind(this))
    con.on('error', this._handleErrorEvent.bind(this))
    con.on('errorMessage', this._handleErrorMessage.bind(this))
    con.on('readyForQuery', this._handleReadyForQuery.bind(this))
    con.on('notice', this._handleNotice.bind(this))
    con.on('rowDescription', this._handleRowDescription.bind(this))
    con.on('dataRow', this._handleDataRow.bind(this))
    con.on('portalSuspended', this._handlePortalSuspended.bind(this))
    con.on('emptyQuery', this._handleEmptyQuery.bind(this))
    con.on('commandComplete', this._handleCommandComplete.bind(this))
    con.on('parseComplete', this._handleParseComplete.bind(this))
    con.on('copyInResponse', this._handleCopyInResponse.bind(this))
    con.on('copyData', this._handleCopyData.bind(this))
    con.on('notification', this._handleNotification.bind(this))
  }

  _getPassword(cb) {
    const con = this.connection
    if (typeof this.password === 'function') {
      this._Promise
        .resolve()
        .then(() => this.password(this.connectionParameters))
        .then((pass) => {
          if (pass !== undefined) {
            if (typeof pass !== 'string') {
              con.emit('error', new TypeError('Password must be a string'))
              return
            }
            this.connectionParameters.password = this.password = pass
          } else {
            this.connectionParameters.password = this.password = null
          }
          cb()
        })
        .catch((err) => {
          con.emit('error', err)
        })
    } else if (this.password !== null) {
      cb()
    } else {
      try {
        const pgPass = __nccwpck_require__(3272)
        pgPass(this.connectionParameters, (pass) => {
          if (undefined !== pass) {
            pgPassDeprecationNotice()
            this.connectionParameters.password = this.password = pass
          }
          cb()
        })
      } catch (e) {
        this.emit('error', e)
      }
    }
  }

  _handleAuthCleartextPassword(msg) {
    this._getPassword(() => {
      this.connection.password(this.password)
    })
  }

  _handleAuthMD5Password(msg) {
    this._getPassword(async () => {
      try {
        const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt)
        this.connection.password(hashedPassword)
      } catch (e) {
        this.emit('error', e)
      }
    })
  }

  _handleAuthSASL(msg) {
    this._getPassword(() => {
      try {
        this.saslSession = sasl.startSession(
          msg.mechanisms,
          this.enableChannelBinding && this.connection.stream,
          this.scramMaxIterations
        )
        this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response)
      } catch (err) {
        this.connection.emit('error', err)
      }
    })
  }

  async _handleAuthSASLContinue(msg) {
    try {
      await sasl.continueSession(
        this.saslSession,
        this.password,
        msg.data,
        this.enableChannelBinding && this.connection.stream
      )
      this.connection.sendSCRAMClientFinalMessage(this.saslSession.response)
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleAuthSASLFinal(msg) {
    try {
      sasl.finalizeSession(this.saslSession, msg.data)
      this.saslSession = null
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleBackendKeyData(msg) {
    this.processID = msg.processID
    this.secretKey = msg.secretKey
  }

  _handleReadyForQuery(msg) {
    if (this._connecting) {
      this._connecting = false
      this._connected = true
      clearTimeout(this.connectionTimeoutHandle)

      // process possible callback argument to Client#connect
      if (this._connectionCallback) {
        this._connectionCallback(null, this)
        // remove callback for proper error handling
        // after the connect event
        this._connectionCallback = null
      }
      this.emit('connect')
    }
    const activeQuery = this._getActiveQuery()
    this._activeQuery = null
    this._txStatus = msg?.status ?? null
    this.readyForQuery = true
    if (activeQuery) {
      activeQuery.handleReadyForQuery(this.connection)
    }
    this._pulseQueryQueue()
  }

  // if we receive an error event or error message
  // during the connection process we handle it here
  _handleErrorWhileConnecting(err) {
    if (this._connectionError) {
      // TODO(bmc): this is swallowing errors - we shouldn't do this
      return
    }
    this._connectionError = true
    clearTimeout(this.connectionTimeoutHandle)
    if (this._connectionCallback) {
      return this._connectionCallback(err)
    }
    this.emit('error', err)
  }

  // if we're connected and we receive an error event from the connection
  // this means the socket is dead - do a hard abort of all queries and emit
  // the socket error on the client as well
  _handleErrorEvent(err) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(err)
    }
    this._queryable = false
    this._errorAllQueries(err)
    this.emit('error', err)
  }

  // handle error messages from the postgres backend
  _handleErrorMessage(msg) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(msg)
    }
    const activeQuery = this._getActiveQuery()

    if (!activeQuery) {
      this._handleErrorEvent(msg)
      return
    }

    this._activeQuery = null
    if (activeQuery.name) {
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
    activeQuery.handleError(msg, this.connection)
  }

  _handleRowDescription(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected rowDescription message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate rowDescription to active query
    activeQuery.handleRowDescription(msg)
  }

  _handleDataRow(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected dataRow message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate dataRow to active query
    activeQuery.handleDataRow(msg)
  }

  _handlePortalSuspended(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected portalSuspended message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate portalSuspended to active query
    activeQuery.handlePortalSuspended(this.connection)
  }

  _handleEmptyQuery(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected emptyQuery message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate emptyQuery to active query
    activeQuery.handleEmptyQuery(this.connection)
  }

  _handleCommandComplete(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected commandComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate commandComplete to active query
    activeQuery.handleCommandComplete(msg, this.connection)
  }

  _handleParseComplete() {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected parseComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // if a prepared statement has a name and properly parses
    // we track that its already been executed so we don't parse
    // it again on the same client
    if (activeQuery.name) {
      this.connection.parsedStatements[activeQuery.name] = activeQuery.text
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
  }

  _handleCopyInResponse(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyInResponse message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyInResponse(this.connection)
  }

  _handleCopyData(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyData message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyData(msg, this.connection)
  }

  _handleNotification(msg) {
    this.emit('notification', msg)
  }

  _handleNotice(msg) {
    this.emit('notice', msg)
  }

  getStartupConf() {
    const params = this.connectionParameters

    const data = {
      user: params.user,
      database: params.database,
    }

    const appName = params.application_name || params.fallback_application_name
    if (appName) {
      data.application_name = appName
    }
    if (params.replication) {
      data.replication = '' + params.replication
    }
    if (params.statement_timeout) {
      data.statement_timeout = String(parseInt(params.statement_timeout, 10))
    }
    if (params.lock_timeout) {
      data.lock_timeout = String(parseInt(params.lock_timeout, 10))
    }
    if (params.idle_in_transaction_session_timeout) {
      data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10))
    }
    if (params.options) {
      data.options = params.options
    }

    return data
  }

  cancel(client, query) {
    if (client.activeQuery === query) {
      const con = this.connection

      if (this.host && this.host.indexOf('/') === 0) {
        con.connect(this.host + '/.s.PGSQL.' + this.port)
      } else {
        con.connect(this.port, this.host)
      }

      // once connection is established send cancel message
      con.on('connect', function () {
        con.cancel(client.processID, client.secretKey)
      })
    } else if (client._queryQueue.indexOf(query) !== -1) {
      client._queryQueue.splice(client._queryQueue.indexOf(query), 1)
    } else if (client._sentQueryQueue.indexOf(query) !== -1) {
      // Query already sent on wire — can't remove it without corrupting the
      // pipeline. No-op the callback so the result is silently discarded.
      query.callback = () => {}
    }
  }

  setTypeParser(oid, format, parseFn) {
    return this._types.setTypeParser(oid, format, parseFn)
  }

  getTypeParser(oid, format) {
    return this._types.getTypeParser(oid, format)
  }

  // escapeIdentifier and escapeLiteral moved to utility functions & exported
  // on PG
  // re-exported here for backwards compatibility
  escapeIdentifier(str) {
    return utils.escapeIdentifier(str)
  }

  escapeLiteral(str) {
    return utils.escapeLiteral(str)
  }

  _pulseQueryQueue() {
    if (this.pipeline) {
      this._pulsePipelinedQueryQueue()
      return
    }
    if (this.readyForQuery === true) {
      this._activeQuery = this._queryQueue.shift()
      const activeQuery = this._getActiveQuery()
      if (activeQuery) {
        this.readyForQuery = false
        this.hasExecuted = true

        const queryError = activeQuery.submit(this.connection)
        if (queryError) {
          process.nextTick(() => {
            activeQuery.handleError(queryError, this.connection)
            this.readyForQuery = true
            this._pulseQueryQueue()
          })
        }
      } else if (this.hasExecuted) {
        this._activeQuery = null
        this.emit('drain')
      }
    }
  }

  _pulsePipelinedQueryQueue() {
    if (!this._connected || !this._queryable) {
      return
    }
    while (this._queryQueue.length > 0) {
      const query = this._queryQueue.shift()
      this.hasExecuted = true
      const queryError = query.submit(this.connection)
      if (queryError) {
        process.nextTick(() => {
          query.handleError(queryError, this.connection)
        })
        continue
      }
      this._sentQueryQueue.push(query)
    }
    if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
      this._activeQuery = this._sentQueryQueue.shift()
      this.readyForQuery = false
    }
    if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
      this.emit('drain')
    }
  }

  query(config, values, callback) {
    // can take in strings, config object or query object
    let query
    let result

    if (config == null) {
      throw new TypeError('Client was passed a null or undefined query')
    }

    if (typeof config.submit === 'function') {
      result = query = config
      if (!query.callback) {
        if (typeof values === 'function') {
          query.callback = values
        } else if (callback) {
          query.callback = callback
        }
      }
    } else {
      query = new Query(config, values, callback)
      if (!query.callback) {
        result = new this._Promise((resolve, reject) => {
          query.callback = (err, res) => (err ? reject(err) : resolve(res))
        }).catch((err) => {
          // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
          // application that created the query
          Error.captureStackTrace(err)
          throw err
        })
      } else if (typeof query.callback !== 'function') {
        throw new TypeError('callback is not a function')
      }
    }

    const readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    if (readTimeout) {
      const queryCallback = query.callback || (() => {})

      const readTimeoutTimer = setTimeout(() => {
        const error = new Error('Query read timeout')

        process.nextTick(() => {
          query.handleError(error, this.connection)
        })

        queryCallback(error)

        // we already returned an error,
        // just do nothing if query completes
        query.callback = () => {}

        // Remove from queue (only safe if not yet sent)
        const index = this._queryQueue.indexOf(query)
        if (index > -1) {
          this._queryQueue.splice(index, 1)
        } else if (this.pipeline) {
          // Query already sent — the pipeline is blocked until it completes.
          // Destroy the connection to unblock all remaining pipelined queries.
          this.connection.stream.destroy()
          return
        }

        this._pulseQueryQueue()
      }, readTimeout)

      query.callback = (err, res) => {
        clearTimeout(readTimeoutTimer)
        queryCallback(err, res)
      }
    }

    if (this.binary && !query.binary) {
      query.binary = true
    }

    if (query._result && !query._result._types) {
      query._result._types = this._types
    }

    // A query that keeps a portal open across round trips cannot share a pipelined connection: the
    // queries written behind it are answered out of its portal, so rows land on the wrong query and
    // the reads that follow fail with 'portal does not exist'. Refuse it instead of corrupting.
    if (this.pipeline) {
      const portalQuery =
        typeof config.submit === 'function' && !(query instanceof Query)
          ? 'Custom query classes such as pg-cursor and pg-query-stream are'
          : query.rows
          ? 'The `rows` option is'
          : null
      if (portalQuery) {
        process.nextTick(() => {
          query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection)
        })
        return result
      }
    }

    if (!this._queryable) {
      process.nextTick(() => {
        query.handleError(new Error('Client has encountered a connection error and is not queryable'), this.connection)
      })
      return result
    }

    if (this._ending) {
      process.nextTick(() => {
        query.handleError(new Error('Client was closed and is not queryable'), this.connection)
      })
      return result
    }

    if (this._queryQueue.length > 0 && !this.pipeline) {
      queryQueueLengthDeprecationNotice()
    }
    this._queryQueue.push(query)
    this._pulseQueryQueue()
    return result
  }

  ref() {
    this.connection.ref()
  }

  unref() {
    this.connection.unref()
  }

  getTransactionStatus() {
    return this._txStatus
  }

  end(cb) {
    this._ending = true

    // if we have never connected, then end is a noop, callback immediately
    if (!this.connection._connecting || this._ended) {
      if (cb) {
        cb()
        return
      } else {
        return this._Promise.resolve()
      }
    }

    if (!this._queryable) {
      // socket is dead — force close
      this.connection.stream.destroy()
    } else if (
      this.pipeline &&
      (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)
    ) {
      // pipelined queries are already on the wire (or queued to send) and will
      // complete normally; wait for drain then do a graceful goodbye
      this.once('drain', () => this.connection.end())
    } else if (this._getActiveQuery()) {
      // non-pipeline: a hung query could block end forever — force disconnect
      this.connection.stream.destroy()
    } else {
      this.connection.end()
    }

    if (cb) {
      this.connection.once('end', cb)
    } else {
      return new this._Promise((resolve) => {
        this.connection.once('end', resolve)
      })
    }
  }
  get queryQueue() {
    queryQueueDeprecationNotice()
    return this._queryQueue
  }
}

// expose a Query constructor
Client.Query = Query

module.exports = Client


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const dns = __nccwpck_require__(2250)

const defaults = __nccwpck_require__(1376)

const parse = (__nccwpck_require__(6122).parse) // parses a connection string

const val = function (key, config, envVar) {
  if (config[key]) {
    return config[key]
  }

  if (envVar === undefined) {
    envVar = process.env['PG' + key.toUpperCase()]
  } else if (envVar === false) {
    // do nothing ... use false
  } else {
    envVar = process.env[envVar]
  }

  return envVar || defaults[key]
}

const readSSLConfigFromEnvironment = function () {
  switch (process.env.PGSSLMODE) {
    case 'disable':
      return false
    case 'prefer':
    case 'require':
    case 'verify-ca':
    case 'verify-full':
      return true
    case 'no-verify':
      return { rejectUnauthorized: false }
  }
  return defaults.ssl
}

// Convert arg to a string, surround in single quotes, and escape single quotes and backslashes
const quoteParamValue = function (value) {
  return "'" + ('' + value).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"
}

const add = function (params, config, paramName) {
  const value = config[paramName]
  if (value !== undefined && value !== null) {
    params.push(paramName + '=' + quoteParamValue(value))
  }
}

class ConnectionParameters {
  constructor(config) {
    // if a string is passed, it is a raw connection string so we parse it into a config
    config = typeof config === 'string' ? parse(config) : config || {}

    // if the config has a connectionString defined, parse IT into the config we use
    // this will override other default values with what is stored in connectionString
    if (config.connectionString) {
      config = Object.assign({}, config, parse(config.connectionString))
    }

    this.user = val('user', config)
    this.database = val('database', config)

    if (this.database === undefined) {
      this.database = this.user
    }

    this.port = parseInt(val('port', config), 10)
    this.host = val('host', config)

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: val('password', config),
    })

    this.binary = val('binary', config)
    this.options = val('options', config)

    this.ssl = typeof config.ssl === 'undefined' ? readSSLConfigFromEnvironment() : config.ssl

    if (typeof this.ssl === 'string') {
      if (this.ssl === 'true') {
        this.ssl = true
      }
    }
    // support passing in ssl=no-verify via connection string
    if (this.ssl === 'no-verify') {
      this.ssl = { rejectUnauthorized: false }
    }
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    // How to negotiate SSL: 'postgres' (default, the traditional SSLRequest
    // handshake) or 'direct' (start the TLS handshake immediately on connect).
    this.sslnegotiation = val('sslnegotiation', config, 'PGSSLNEGOTIATION')
    if (this.sslnegotiation !== undefined && this.sslnegotiation !== 'postgres' && this.sslnegotiation !== 'direct') {
      throw new Error(
        `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
      )
    }
    if (this.sslnegotiation === 'direct' && !this.ssl) {
      throw new Error('sslnegotiation=direct requires SSL to be enabled')
    }

    this.client_encoding = val('client_encoding', config)
    this.replication = val('replication', config)
    // a domain socket begins with '/'
    this.isDomainSocket = !(this.host || '').indexOf('/')

    this.application_name = val('application_name', config, 'PGAPPNAME')
    this.fallback_application_name = val('fallback_application_name', config, false)
    this.statement_timeout = val('statement_timeout', config, false)
    this.lock_timeout = val('lock_timeout', config, false)
    this.idle_in_transaction_session_timeout = val('idle_in_transaction_session_timeout', config, false)
    this.query_timeout = val('query_timeout', config, false)

    if (config.connectionTimeoutMillis === undefined) {
      this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0
    } else {
      this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1000)
    }

    if (config.keepAlive === false) {
      this.keepalives = 0
    } else if (config.keepAlive === true) {
      this.keepalives = 1
    }

    if (typeof config.keepAliveInitialDelayMillis === 'number') {
      this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1000)
    }
  }

  getLibpqConnectionString(cb) {
    const params = []
    add(params, this, 'user')
    add(params, this, 'password')
    add(params, this, 'port')
    add(params, this, 'application_name')
    add(params, this, 'fallback_application_name')
    add(params, this, 'connect_timeout')
    add(params, this, 'options')

    const ssl = typeof this.ssl === 'object' ? this.ssl : this.ssl ? { sslmode: this.ssl } : {}
    add(params, ssl, 'sslmode')
    add(params, ssl, 'sslca')
    add(params, ssl, 'sslkey')
    add(params, ssl, 'sslcert')
    add(params, ssl, 'sslrootcert')
    add(params, this, 'sslnegotiation')

    if (this.database) {
      params.push('dbname=' + quoteParamValue(this.database))
    }
    if (this.replication) {
      params.push('replication=' + quoteParamValue(this.replication))
    }
    if (this.host) {
      params.push('host=' + quoteParamValue(this.host))
    }
    if (this.isDomainSocket) {
      return cb(null, params.join(' '))
    }
    if (this.client_encoding) {
      params.push('client_encoding=' + quoteParamValue(this.client_encoding))
    }
    dns.lookup(this.host, function (err, address) {
      if (err) return cb(err, null)
      params.push('hostaddr=' + quoteParamValue(address))
      return cb(null, params.join(' '))
    })
  }
}

module.exports = ConnectionParameters


/***/ }),

/***/ 9809:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(4434).EventEmitter)

const { parse, serialize } = __nccwpck_require__(4233)
const stream = __nccwpck_require__(829)
const { getStream } = stream

const flushBuffer = serialize.flush()
const syncBuffer = serialize.sync()
const endBuffer = serialize.end()

// TODO(bmc) support binary mode at some point
class Connection extends EventEmitter {
  constructor(config) {
    super()
    config = config || {}

    this.stream = config.stream || getStream(config.ssl)
    if (typeof this.stream === 'function') {
      this.stream = this.stream(config)
    }

    this._keepAlive = config.keepAlive
    this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis
    this.parsedStatements = {}
    this.submittedNamedStatements = {}
    this.ssl = config.ssl || false
    this.sslNegotiation = config.sslNegotiation || 'postgres'
    this._ending = false
    this._emitMessage = false
    const self = this
    this.on('newListener', function (eventName) {
      if (eventName === 'message') {
        self._emitMessage = true
      }
    })
  }

  connect(port, host) {
    const self = this

    this._connecting = true
    this.stream.setNoDelay(true)
    this.stream.connect(port, host)

    this.stream.once('connect', function () {
      if (self._keepAlive) {
        self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis)
      }
      self.emit('connect')
    })

    const reportStreamError = function (error) {
      // errors about disconnections should be ignored during disconnect
      if (self._ending && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return
      }
      self.emit('error', error)
    }
    this.stream.on('error', reportStreamError)

    this.stream.on('close', function () {
      self.emit('end')
    })

    if (!this.ssl) {
      return this.attachListeners(this.stream)
    }

    // With direct SSL negotiation the TLS handshake starts immediately on the
    // raw socket, skipping the SSLRequest packet and the server's 'S'/'N' reply.
    if (this.sslNegotiation === 'direct') {
      return this.stream.once('connect', function () {
        self.upgradeToSSL(host, reportStreamError)
      })
    }

    this.stream.once('data', function (buffer) {
      const responseCode = buffer.toString('utf8')
      switch (responseCode) {
        case 'S': // Server supports SSL connections, continue with a secure connection
          break
        case 'N': // Server does not support SSL connections
          self.stream.end()
          return self.emit('error', new Error('The server does not support SSL connections'))
        default:
          // Any other response byte, including 'E' (ErrorResponse) indicating a server error
          self.stream.end()
          return self.emit('error', new Error('There was an error establishing an SSL connection'))
      }
      self.upgradeToSSL(host, reportStreamError)
    })
  }

  upgradeToSSL(host, reportStreamError) {
    const self = this
    const options = {
      socket: self.stream,
      // tls.connect checks the server identity against `servername`, falling
      // back to `host` and then to 'localhost'. `servername` must stay unset
      // for IP addresses (see below), so `host` is needed to keep certificate
      // validation working when connecting to an IP address.
      host,
    }

    if (self.ssl !== true) {
      Object.assign(options, self.ssl)

      if ('key' in self.ssl) {
        options.key = self.ssl.key
      }
    }

    // Direct SSL negotiation requires ALPN so the server can confirm it is
    // speaking the PostgreSQL protocol over the TLS connection.
    if (self.sslNegotiation === 'direct') {
      options.ALPNProtocols = ['postgresql']
    }

    // SNI must not be set to an IP address (RFC 6066 section 3)
    const net = __nccwpck_require__(9278)
    if (net.isIP && net.isIP(host) === 0) {
      options.servername = host
    }
    try {
      self.stream = stream.getSecureStream(options)
    } catch (err) {
      return self.emit('error', err)
    }
    self.attachListeners(self.stream)
    self.stream.on('error', reportStreamError)

    self.emit('sslconnect')
  }

  attachListeners(stream) {
    parse(stream, (msg) => {
      const eventName = msg.name === 'error' ? 'errorMessage' : msg.name
      if (this._emitMessage) {
        this.emit('message', msg)
      }
      this.emit(eventName, msg)
    })
  }

  requestSsl() {
    this.stream.write(serialize.requestSsl())
  }

  startup(config) {
    this.stream.write(serialize.startup(config))
  }

  cancel(processID, secretKey) {
    this._send(serialize.cancel(processID, secretKey))
  }

  password(password) {
    this._send(serialize.password(password))
  }

  sendSASLInitialResponseMessage(mechanism, initialResponse) {
    this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse))
  }

  sendSCRAMClientFinalMessage(additionalData) {
    this._send(serialize.sendSCRAMClientFinalMessage(additionalData))
  }

  _send(buffer) {
    if (!this.stream.writable) {
      return false
    }
    return this.stream.write(buffer)
  }

  query(text) {
    this._send(serialize.query(text))
  }

  // send parse message
  parse(query) {
    this._send(serialize.parse(query))
  }

  // send bind message
  bind(config) {
    this._send(serialize.bind(config))
  }

  // send execute message
  execute(config) {
    this._send(serialize.execute(config))
  }

  flush() {
    if (this.stream.writable) {
      this.stream.write(flushBuffer)
    }
  }

  sync() {
    // Sync is the extended-query protocol barrier, not a disconnect.
    // Only end()/Terminate (and connect-timeout teardown) should set _ending.
    this._send(syncBuffer)
  }

  ref() {
    this.stream.ref()
  }

  unref() {
    this.stream.unref()
  }

  end() {
    // 0x58 = 'X'
    this._ending = true
    if (!this._connecting || !this.stream.writable) {
      this.stream.end()
      return
    }
    return this.stream.write(endBuffer, () => {
      this.stream.end()
    })
  }

  close(msg) {
    this._send(serialize.close(msg))
  }

  describe(msg) {
    this._send(serialize.describe(msg))
  }

  sendCopyFromChunk(chunk) {
    this._send(serialize.copyData(chunk))
  }

  endCopyFrom() {
    this._send(serialize.copyDone())
  }

  sendCopyFail(msg) {
    this._send(serialize.copyFail(msg))
  }
}

module.exports = Connection


/***/ }),

/***/ 9765:
/***/ ((module) => {

function x509Error(msg, cert) {
  return new Error('SASL channel binding: ' + msg + ' when parsing public certificate ' + cert.toString('base64'))
}

function readASN1Length(data, index) {
  let length = data[index++]
  if (length < 0x80) return { length, index }

  const lengthBytes = length & 0x7f
  if (lengthBytes > 4) throw x509Error('bad length', data)

  length = 0
  for (let i = 0; i < lengthBytes; i++) {
    length = (length << 8) | data[index++]
  }

  return { length, index }
}

function readASN1OID(data, index) {
  if (data[index++] !== 0x6) throw x509Error('non-OID data', data) // 6 = OID

  const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index)
  index = indexAfterOIDLength
  const lastIndex = index + OIDLength

  const byte1 = data[index++]
  let oid = ((byte1 / 40) >> 0) + '.' + (byte1 % 40)

  while (index < lastIndex) {
    // loop over numbers in OID
    let value = 0
    while (index < lastIndex) {
      // loop over bytes in number
      const nextByte = data[index++]
      value = (value << 7) | (nextByte & 0x7f)
      if (nextByte < 0x80) break
    }
    oid += '.' + value
  }

  return { oid, index }
}

function expectASN1Seq(data, index) {
  if (data[index++] !== 0x30) throw x509Error('non-sequence data', data) // 30 = Sequence
  return readASN1Length(data, index)
}

function signatureAlgorithmHashFromCertificate(data, index) {
  // read this thread: https://www.postgresql.org/message-id/17760-b6c61e752ec07060%40postgresql.org
  if (index === undefined) index = 0
  index = expectASN1Seq(data, index).index
  const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index)
  index = indexAfterCertInfoLength + certInfoLength // skip over certificate info
  index = expectASN1Seq(data, index).index // skip over signature length field
  const { oid, index: indexAfterOID } = readASN1OID(data, index)
  switch (oid) {
    // RSA
    case '1.2.840.113549.1.1.4':
      return 'MD5'
    case '1.2.840.113549.1.1.5':
      return 'SHA-1'
    case '1.2.840.113549.1.1.11':
      return 'SHA-256'
    case '1.2.840.113549.1.1.12':
      return 'SHA-384'
    case '1.2.840.113549.1.1.13':
      return 'SHA-512'
    case '1.2.840.113549.1.1.14':
      return 'SHA-224'
    case '1.2.840.113549.1.1.15':
      return 'SHA512-224'
    case '1.2.840.113549.1.1.16':
      return 'SHA512-256'
    // ECDSA
    case '1.2.840.10045.4.1':
      return 'SHA-1'
    case '1.2.840.10045.4.3.1':
      return 'SHA-224'
    case '1.2.840.10045.4.3.2':
      return 'SHA-256'
    case '1.2.840.10045.4.3.3':
      return 'SHA-384'
    case '1.2.840.10045.4.3.4':
      return 'SHA-512'
    // RSASSA-PSS: hash is indicated separately
    case '1.2.840.113549.1.1.10': {
      index = indexAfterOID
      index = expectASN1Seq(data, index).index
      if (data[index++] !== 0xa0) throw x509Error('non-tag data', data) // a0 = constructed tag 0
      index = readASN1Length(data, index).index // skip over tag length field
      index = expectASN1Seq(data, index).index // skip over sequence length field
      const { oid: hashOID } = readASN1OID(data, index)
      switch (hashOID) {
        // standalone hash OIDs
        case '1.2.840.113549.2.5':
          return 'MD5'
        case '1.3.14.3.2.26':
          return 'SHA-1'
        case '2.16.840.1.101.3.4.2.1':
          return 'SHA-256'
        case '2.16.840.1.101.3.4.2.2':
          return 'SHA-384'
        case '2.16.840.1.101.3.4.2.3':
          return 'SHA-512'
      }
      throw x509Error('unknown hash OID ' + hashOID, data)
    }
    // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
    case '1.3.101.110':
    case '1.3.101.112': // ph
      return 'SHA-512'
    // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
    case '1.3.101.111':
    case '1.3.101.113': // ph
      throw x509Error('Ed448 certificate channel binding is not currently supported by Postgres')
  }
  throw x509Error('unknown OID ' + oid, data)
}

module.exports = { signatureAlgorithmHashFromCertificate }


/***/ }),

/***/ 948:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const crypto = __nccwpck_require__(4150)
const { signatureAlgorithmHashFromCertificate } = __nccwpck_require__(9765)

// SASLprep (RFC 4013) — minimal in-tree implementation.
//
// Per RFC 5802 §2.2, the SCRAM-SHA-256 client must normalize the password via
// SASLprep before feeding it into PBKDF2. PostgreSQL's server applies the same
// SASLprep when computing the stored verifier, and libpq does the same client
// side, so passwords whose NFKC form differs from the raw form
// would otherwise authenticate against psql/libpq but fail against pg with `28P01`.
//
// We deliberately implement only the three steps that change the byte content:
//   1. RFC 3454 Table C.1.2 (non-ASCII space) → U+0020 SPACE.
//   2. RFC 3454 Table B.1 (commonly mapped to nothing) → empty.
//   3. NFKC normalization.
// We skip the prohibition (RFC 4013 §2.3) and bidi (RFC 3454 §6) checks.
// libpq is forgiving on those paths and Postgres's own SASLprep matches that
// leniency for legacy roles, so omitting the rejection logic keeps existing
// roles working without adding complexity.
function saslprep(password) {
  // RFC 3454 Table C.1.2 — non-ASCII space characters, mapped to U+0020.
  const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g
  // RFC 3454 Table B.1 — "commonly mapped to nothing". The set intentionally
  // contains zero-width joiners and variation selectors — the very characters
  // ESLint's no-misleading-character-class warns about — because they combine
  // with their neighbors and the RFC strips them for that reason.
  // eslint-disable-next-line no-misleading-character-class
  const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g
  return password.replace(nonAsciiSpace, ' ').replace(mappedToNothing, '').normalize('NFKC')
}

const DEFAULT_MAX_SCRAM_ITERATIONS = 100000

function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
  const candidates = ['SCRAM-SHA-256']
  if (stream) candidates.unshift('SCRAM-SHA-256-PLUS') // higher-priority, so placed first

  const mechanism = candidates.find((candidate) => mechanisms.includes(candidate))

  if (!mechanism) {
    throw new Error('SASL: Only mechanism(s) ' + candidates.join(' and ') + ' are supported')
  }

  if (mechanism === 'SCRAM-SHA-256-PLUS' && typeof stream.getPeerCertificate !== 'function') {
    // this should never happen if we are really talking to a Postgres server
    throw new Error('SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate')
  }

  const clientNonce = crypto.randomBytes(18).toString('base64')
  const gs2Header = mechanism === 'SCRAM-SHA-256-PLUS' ? 'p=tls-server-end-point' : stream ? 'y' : 'n'

  return {
    mechanism,
    clientNonce,
    response: gs2Header + ',,n=*,r=' + clientNonce,
    message: 'SASLInitialResponse',
    scramMaxIterations,
  }
}

async function continueSession(session, password, serverData, stream) {
  if (session.message !== 'SASLInitialResponse') {
    throw new Error('SASL: Last message was not SASLInitialResponse')
  }
  if (typeof password !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')
  }
  if (password === '') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string')
  }

  const sv = parseServerFirstMessage(serverData)

  if (!sv.nonce.startsWith(session.clientNonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce')
  } else if (sv.nonce.length === session.clientNonce.length) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short')
  }

  const scramMaxIterations =
    typeof session.scramMaxIterations === 'number' ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS
  // a value of 0 disables the iteration count check
  if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
    throw new Error(
      'SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count ' +
        sv.iteration +
        ' exceeds scramMaxIterations of ' +
        scramMaxIterations
    )
  }

  const clientFirstMessageBare = 'n=*,r=' + session.clientNonce
  const serverFirstMessage = 'r=' + sv.nonce + ',s=' + sv.salt + ',i=' + sv.iteration

  // without channel binding:
  let channelBinding = stream ? 'eSws' : 'biws' // 'y,,' or 'n,,', base64-encoded

  // override if channel binding is in use:
  if (session.mechanism === 'SCRAM-SHA-256-PLUS') {
    const peerCert = stream.getPeerCertificate().raw
    let hashName = signatureAlgorithmHashFromCertificate(peerCert)
    if (hashName === 'MD5' || hashName === 'SHA-1') hashName = 'SHA-256'
    const certHash = await crypto.hashByName(hashName, peerCert)
    const bindingData = Buffer.concat([Buffer.from('p=tls-server-end-point,,'), Buffer.from(certHash)])
    channelBinding = bindingData.toString('base64')
  }

  const clientFinalMessageWithoutProof = 'c=' + channelBinding + ',r=' + sv.nonce
  const authMessage = clientFirstMessageBare + ',' + serverFirstMessage + ',' + clientFinalMessageWithoutProof

  const saltBytes = Buffer.from(sv.salt, 'base64')
  const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration)
  const clientKey = await crypto.hmacSha256(saltedPassword, 'Client Key')
  const storedKey = await crypto.sha256(clientKey)
  const clientSignature = await crypto.hmacSha256(storedKey, authMessage)
  const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString('base64')
  const serverKey = await crypto.hmacSha256(saltedPassword, 'Server Key')
  const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage)

  session.message = 'SASLResponse'
  session.serverSignature = Buffer.from(serverSignatureBytes).toString('base64')
  session.response = clientFinalMessageWithoutProof + ',p=' + clientProof
}

function finalizeSession(session, serverData) {
  if (session.message !== 'SASLResponse') {
    throw new Error('SASL: Last message was not SASLResponse')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string')
  }

  const { serverSignature } = parseServerFinalMessage(serverData)

  if (serverSignature !== session.serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match')
  }
}

/**
 * printable       = %x21-2B / %x2D-7E
 *                   ;; Printable ASCII except ",".
 *                   ;; Note that any "printable" is also
 *                   ;; a valid "value".
 */
function isPrintableChars(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: text must be a string')
  }
  return text
    .split('')
    .map((_, i) => text.charCodeAt(i))
    .every((c) => (c >= 0x21 && c <= 0x2b) || (c >= 0x2d && c <= 0x7e))
}

/**
 * base64-char     = ALPHA / DIGIT / "/" / "+"
 *
 * base64-4        = 4base64-char
 *
 * base64-3        = 3base64-char "="
 *
 * base64-2        = 2base64-char "=="
 *
 * base64          = *base64-4 [base64-3 / base64-2]
 */
function isBase64(text) {
  return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text)
}

function parseAttributePairs(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: attribute pairs text must be a string')
  }

  return new Map(
    text.split(',').map((attrValue) => {
      if (!/^.=/.test(attrValue)) {
        throw new Error('SASL: Invalid attribute pair entry')
      }
      const name = attrValue[0]
      const value = attrValue.substring(2)
      return [name, value]
    })
  )
}

function parseServerFirstMessage(data) {
  const attrPairs = parseAttributePairs(data)

  const nonce = attrPairs.get('r')
  if (!nonce) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing')
  } else if (!isPrintableChars(nonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters')
  }
  const salt = attrPairs.get('s')
  if (!salt) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing')
  } else if (!isBase64(salt)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64')
  }
  const iterationText = attrPairs.get('i')
  if (!iterationText) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing')
  } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count')
  }
  const iteration = parseInt(iterationText, 10)

  return {
    nonce,
    salt,
    iteration,
  }
}

function parseServerFinalMessage(serverData) {
  const attrPairs = parseAttributePairs(serverData)
  const error = attrPairs.get('e')
  const serverSignature = attrPairs.get('v')

  if (error) {
    throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`)
  }

  if (!serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing')
  } else if (!isBase64(serverSignature)) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64')
  }
  return {
    serverSignature,
  }
}

function xorBuffers(a, b) {
  if (!Buffer.isBuffer(a)) {
    throw new TypeError('first argument must be a Buffer')
  }
  if (!Buffer.isBuffer(b)) {
    throw new TypeError('second argument must be a Buffer')
  }
  if (a.length !== b.length) {
    throw new Error('Buffer lengths must match')
  }
  if (a.length === 0) {
    throw new Error('Buffers cannot be empty')
  }
  return Buffer.from(a.map((_, i) => a[i] ^ b[i]))
}

module.exports = {
  startSession,
  continueSession,
  finalizeSession,
  DEFAULT_MAX_SCRAM_ITERATIONS,
}


/***/ }),

/***/ 4150:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeCrypto = __nccwpck_require__(6982)

module.exports = {
  postgresMd5PasswordHash,
  randomBytes,
  deriveKey,
  sha256,
  hashByName,
  hmacSha256,
  md5,
}

/**
 * The Web Crypto API - grabbed from the Node.js library or the global
 * @type Crypto
 */
// eslint-disable-next-line no-undef
const webCrypto = nodeCrypto.webcrypto || globalThis.crypto
/**
 * The SubtleCrypto API for low level crypto operations.
 * @type SubtleCrypto
 */
const subtleCrypto = webCrypto.subtle
const textEncoder = new TextEncoder()

/**
 *
 * @param {*} length
 * @returns
 */
function randomBytes(length) {
  return webCrypto.getRandomValues(Buffer.alloc(length))
}

async function md5(string) {
  try {
    return nodeCrypto.createHash('md5').update(string, 'utf-8').digest('hex')
  } catch (e) {
    // `createHash()` failed so we are probably not in Node.js, use the WebCrypto API instead.
    // Note that the MD5 algorithm on WebCrypto is not available in Node.js.
    // This is why we cannot just use WebCrypto in all environments.
    const data = typeof string === 'string' ? textEncoder.encode(string) : string
    const hash = await subtleCrypto.digest('MD5', data)
    return Array.from(new Uint8Array(hash))
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
  }
}

// See AuthenticationMD5Password at https://www.postgresql.org/docs/current/static/protocol-flow.html
async function postgresMd5PasswordHash(user, password, salt) {
  const inner = await md5(password + user)
  const outer = await md5(Buffer.concat([Buffer.from(inner), salt]))
  return 'md5' + outer
}

/**
 * Create a SHA-256 digest of the given data
 * @param {Buffer} data
 */
async function sha256(text) {
  return await subtleCrypto.digest('SHA-256', text)
}

async function hashByName(hashName, text) {
  return await subtleCrypto.digest(hashName, text)
}

/**
 * Sign the message with the given key
 * @param {ArrayBuffer} keyBuffer
 * @param {string} msg
 */
async function hmacSha256(keyBuffer, msg) {
  const key = await subtleCrypto.importKey('raw', keyBuffer, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return await subtleCrypto.sign('HMAC', key, textEncoder.encode(msg))
}

/**
 * Derive a key from the password and salt
 * @param {string} password
 * @param {Uint8Array} salt
 * @param {number} iterations
 */
async function deriveKey(password, salt, iterations) {
  const key = await subtleCrypto.importKey('raw', textEncoder.encode(password), 'PBKDF2', false, ['deriveBits'])
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }
  return await subtleCrypto.deriveBits(params, key, 32 * 8, ['deriveBits'])
}


/***/ }),

/***/ 1376:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



let user
try {
  user = process.platform === 'win32' ? process.env.USERNAME : process.env.USER
} catch {
  // ignore, e.g., Deno without --allow-env
}

module.exports = {
  // database host. defaults to localhost
  host: 'localhost',

  // database user's name
  user,

  // name of database to connect
  database: undefined,

  // database user's password
  password: null,

  // a Postgres connection string to be used instead of setting individual connection items
  // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
  // in the defaults object.
  connectionString: undefined,

  // database port
  port: 5432,

  // number of rows to return at a time from a prepared statement's
  // portal. 0 will return all rows at once
  rows: 0,

  // binary result mode
  binary: false,

  // Connection pool options - see https://github.com/brianc/node-pg-pool

  // number of connections to use in connection pool
  // 0 will disable connection pooling
  max: 10,

  // max milliseconds a client can go unused before it is removed
  // from the pool and destroyed
  idleTimeoutMillis: 30000,

  client_encoding: '',

  ssl: false,

  // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
  sslnegotiation: undefined,

  application_name: undefined,

  fallback_application_name: undefined,

  options: undefined,

  parseInputDatesAsUTC: false,

  // max milliseconds any query using this connection will execute for before timing out in error.
  // false=unlimited
  statement_timeout: false,

  // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
  // false=unlimited
  lock_timeout: false,

  // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
  // false=unlimited
  idle_in_transaction_session_timeout: false,

  // max milliseconds to wait for query to complete (client side)
  query_timeout: false,

  connect_timeout: 0,

  keepalives: 1,

  keepalives_idle: 0,
}

const pgTypes = __nccwpck_require__(1549)
// save default parsers
const parseBigInteger = pgTypes.getTypeParser(20, 'text')
const parseBigIntegerArray = pgTypes.getTypeParser(1016, 'text')

// parse int8 so you can get your count values as actual numbers
module.exports.__defineSetter__('parseInt8', function (val) {
  pgTypes.setTypeParser(20, 'text', val ? pgTypes.getTypeParser(23, 'text') : parseBigInteger)
  pgTypes.setTypeParser(1016, 'text', val ? pgTypes.getTypeParser(1007, 'text') : parseBigIntegerArray)
})


/***/ }),

/***/ 3273:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Client = __nccwpck_require__(5042)
const defaults = __nccwpck_require__(1376)
const Connection = __nccwpck_require__(9809)
const Result = __nccwpck_require__(6424)
const utils = __nccwpck_require__(9652)
const Pool = __nccwpck_require__(7558)
const TypeOverrides = __nccwpck_require__(365)
const { DatabaseError } = __nccwpck_require__(4233)
const { escapeIdentifier, escapeLiteral } = __nccwpck_require__(9652)

const poolFactory = (Client) => {
  return class BoundPool extends Pool {
    constructor(options) {
      super(options, Client)
    }
  }
}

const PG = function (clientConstructor) {
  this.defaults = defaults
  this.Client = clientConstructor
  this.Query = this.Client.Query
  this.Pool = poolFactory(this.Client)
  this._pools = []
  this.Connection = Connection
  this.types = __nccwpck_require__(1549)
  this.DatabaseError = DatabaseError
  this.TypeOverrides = TypeOverrides
  this.escapeIdentifier = escapeIdentifier
  this.escapeLiteral = escapeLiteral
  this.Result = Result
  this.utils = utils
}

let clientConstructor = Client

let forceNative = false
try {
  forceNative = !!process.env.NODE_PG_FORCE_NATIVE
} catch {
  // ignore, e.g., Deno without --allow-env
}

if (forceNative) {
  clientConstructor = __nccwpck_require__(5301)
}

module.exports = new PG(clientConstructor)

// lazy require native module...the native module may not have installed
Object.defineProperty(module.exports, "native", ({
  configurable: true,
  enumerable: false,
  get() {
    let native = null
    try {
      native = new PG(__nccwpck_require__(5301))
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') {
        throw err
      }
    }

    // overwrite module.exports.native so that getter is never called again
    Object.defineProperty(module.exports, "native", ({
      value: native,
    }))

    return native
  },
}))


/***/ }),

/***/ 8942:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeUtils = __nccwpck_require__(9023)
// eslint-disable-next-line
var Native
// eslint-disable-next-line no-useless-catch
try {
  // Wrap this `require()` in a try-catch to avoid upstream bundlers from complaining that this might not be available since it is an optional import
  Native = __nccwpck_require__(4390)
} catch (e) {
  throw e
}
const TypeOverrides = __nccwpck_require__(365)
const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const util = __nccwpck_require__(9023)
const ConnectionParameters = __nccwpck_require__(646)

const NativeQuery = __nccwpck_require__(7581)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

const Client = (module.exports = function (config) {
  EventEmitter.call(this)
  config = config || {}

  this._Promise = config.Promise || global.Promise
  this._types = new TypeOverrides(config.types)

  this.native = new Native({
    types: this._types,
  })

  this._queryQueue = []
  this._ending = false
  this._connecting = false
  this._connected = false
  this._queryable = true
  this.pipeline = Boolean(config.pipeline)
  this._pipelineInFlight = false

  // keep these on the object for legacy reasons
  // for the time being. TODO: deprecate all this jazz
  const cp = (this.connectionParameters = new ConnectionParameters(config))
  if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString
  this.user = cp.user

  // "hiding" the password so it doesn't show up in stack traces
  // or if the client is console.logged
  Object.defineProperty(this, 'password', {
    configurable: true,
    enumerable: false,
    writable: true,
    value: cp.password,
  })
  this.database = cp.database
  this.host = cp.host
  this.port = cp.port

  // a hash to hold named queries
  this.namedQueries = {}
})

Client.Query = NativeQuery

util.inherits(Client, EventEmitter)

Client.prototype._errorAllQueries = function (err) {
  const enqueueError = (query) => {
    process.nextTick(() => {
      query.native = this.native
      query.handleError(err)
    })
  }

  if (this._hasActiveQuery()) {
    enqueueError(this._activeQuery)
    this._activeQuery = null
  }

  this._queryQueue.forEach(enqueueError)
  this._queryQueue.length = 0
}

// connect to the backend
// pass an optional callback to be called once connected
// or with an error if there was a connection error
Client.prototype._connect = function (cb) {
  const self = this

  if (this._connecting) {
    process.nextTick(() => cb(new Error('Client has already been connected. You cannot reuse a client.')))
    return
  }

  this._connecting = true

  this.connectionParameters.getLibpqConnectionString(function (err, conString) {
    if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString
    if (err) return cb(err)
    self.native.connect(conString, function (err) {
      if (err) {
        self.native.end()
        return cb(err)
      }

      // set internal states to connected
      self._connected = true

      // handle connection errors from the native layer
      self.native.on('error', function (err) {
        self._queryable = false
        self._errorAllQueries(err)
        self.emit('error', err)
      })

      self.native.on('notification', function (msg) {
        self.emit('notification', {
          channel: msg.relname,
          payload: msg.extra,
        })
      })

      // signal we are connected now
      self.emit('connect')
      self._pulseQueryQueue(true)

      cb(null, this)
    })
  })
}

Client.prototype.connect = function (callback) {
  if (callback) {
    this._connect(callback)
    return
  }

  return new this._Promise((resolve, reject) => {
    this._connect((error) => {
      if (error) {
        reject(error)
      } else {
        resolve(this)
      }
    })
  })
}

// send a query to the server
// this method is highly overloaded to take
// 1) string query, optional array of parameters, optional function callback
// 2) object query with {
//    string query
//    optional array values,
//    optional function callback instead of as a separate parameter
//    optional string name to name & cache the query plan
//    optional string rowMode = 'array' for an array of results
//  }
Client.prototype.query = function (config, values, callback) {
  let query
  let result
  let readTimeout
  let readTimeoutTimer
  let queryCallback

  if (config === null || config === undefined) {
    throw new TypeError('Client was passed a null or undefined query')
  } else if (typeof config.submit === 'function') {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    result = query = config
    // accept query(new Query(...), (err, res) => { }) style
    if (typeof values === 'function') {
      config.callback = values
    }
  } else {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    query = new NativeQuery(config, values, callback)
    if (!query.callback) {
      let resolveOut, rejectOut
      result = new this._Promise((resolve, reject) => {
        resolveOut = resolve
        rejectOut = reject
      }).catch((err) => {
        Error.captureStackTrace(err)
        throw err
      })
      query.callback = (err, res) => (err ? rejectOut(err) : resolveOut(res))
    }
  }

  if (readTimeout) {
    queryCallback = query.callback || (() => {})

    readTimeoutTimer = setTimeout(() => {
      const error = new Error('Query read timeout')

      process.nextTick(() => {
        query.handleError(error, this.connection)
      })

      queryCallback(error)

      // we already returned an error,
      // just do nothing if query completes
      query.callback = () => {}

      // Remove from queue
      const index = this._queryQueue.indexOf(query)
      if (index > -1) {
        this._queryQueue.splice(index, 1)
      }

      this._pulseQueryQueue()
    }, readTimeout)

    query.callback = (err, res) => {
      clearTimeout(readTimeoutTimer)
      queryCallback(err, res)
    }
  }

  if (!this._queryable) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client has encountered a connection error and is not queryable'))
    })
    return result
  }

  if (this._ending) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client was closed and is not queryable'))
    })
    return result
  }

  if (this._queryQueue.length > 0 && !this.pipeline) {
    queryQueueLengthDeprecationNotice()
  }

  this._queryQueue.push(query)
  this._pulseQueryQueue()
  return result
}

// disconnect from the backend server
Client.prototype.end = function (cb) {
  const self = this

  this._ending = true

  if (this._connecting && !this._connected) {
    this.once('connect', () => {
      this.end(() => {})
    })
  }
  let result
  if (!cb) {
    result = new this._Promise(function (resolve, reject) {
      cb = (err) => (err ? reject(err) : resolve())
    })
  }

  const doEnd = function () {
    self.native.end(function () {
      self._connected = false

      self._errorAllQueries(new Error('Connection terminated'))

      process.nextTick(() => {
        self.emit('end')
        if (cb) cb()
      })
    })
  }

  // If pipeline has in-flight or queued queries, wait for them to drain before closing
  if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
    this.once('drain', doEnd)
  } else {
    doEnd()
  }
  return result
}

Client.prototype._hasActiveQuery = function () {
  return this._activeQuery && this._activeQuery.state !== 'error' && this._activeQuery.state !== 'end'
}

Client.prototype._pulseQueryQueue = function (initialConnection) {
  if (!this._connected) {
    return
  }
  if (this.pipeline && !initialConnection) {
    return this._pulsePipelinedQueryQueue()
  }
  if (this._hasActiveQuery()) {
    return
  }
  const query = this._queryQueue.shift()
  if (!query) {
    if (!initialConnection) {
      this.emit('drain')
    }
    return
  }
  this._activeQuery = query
  query.submit(this)
  const self = this
  query.once('_done', function () {
    self._pulseQueryQueue()
  })
}

Client.prototype._pulsePipelinedQueryQueue = function () {
  if (!this._connected || this._pipelineInFlight) {
    return
  }
  if (this._queryQueue.length === 0) {
    if (this.hasExecuted) {
      this.emit('drain')
    }
    return
  }

  this._pipelineInFlight = true
  const self = this
  const queries = []
  const nativeQueries = []
  const utils = __nccwpck_require__(9652)

  while (this._queryQueue.length > 0) {
    const query = this._queryQueue.shift()
    this.hasExecuted = true
    nativeQueries.push(query)

    const values = query.values ? query.values.map(utils.prepareValue) : null
    const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode }
    if (values) {
      pipelineEntry.values = values
    }
    if (query.name && this.namedQueries[query.name]) {
      pipelineEntry._alreadyPrepared = true
    }
    queries.push(pipelineEntry)
  }

  this.native.pipeline(queries, function (err, results) {
    self._pipelineInFlight = false

    if (err) {
      // Total pipeline failure. Per-query errors arrive on results[i].err, so reaching here means
      // the connection itself is gone: mark it unusable and say so, the way the JS client and the
      // non-pipelined native path both do. Without this the client looks healthy after losing its
      // backend, a Pool never discards it, and everything routed to it fails one query at a time
      // for the life of the process.
      self._connected = false
      self._queryable = false
      for (let i = 0; i < nativeQueries.length; i++) {
        const q = nativeQueries[i]
        q.native = self.native
        q.handleError(err)
      }
      self._errorAllQueries(err)
      self.emit('error', err)
      self.emit('end')
      return
    }

    // Deliver results to each query
    for (let i = 0; i < nativeQueries.length; i++) {
      const q = nativeQueries[i]
      const r = results[i]
      q.native = self.native

      if (r.err) {
        q.handleError(r.err)
      } else {
        // Track named queries on success
        if (q.name) {
          self.namedQueries[q.name] = q.text
        }
        q.state = 'end'
        q.emit('end', r.result)
        if (q.callback) {
          q.callback(null, r.result)
        }
      }

      setImmediate(function () {
        q.emit('_done')
      })
    }

    // Process any queries that arrived while we were reading
    self._pulsePipelinedQueryQueue()
  })
}

// attempt to cancel an in-progress query
Client.prototype.cancel = function (query) {
  if (this._activeQuery === query) {
    this.native.cancel(function () {})
  } else if (this._queryQueue.indexOf(query) !== -1) {
    this._queryQueue.splice(this._queryQueue.indexOf(query), 1)
  }
}

Client.prototype.ref = function () {}
Client.prototype.unref = function () {}

Client.prototype.setTypeParser = function (oid, format, parseFn) {
  return this._types.setTypeParser(oid, format, parseFn)
}

Client.prototype.getTypeParser = function (oid, format) {
  return this._types.getTypeParser(oid, format)
}

Client.prototype.isConnected = function () {
  return this._connected
}

Client.prototype.getTransactionStatus = function () {
  return this.native.getTransactionStatus()
}


/***/ }),

/***/ 5301:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = __nccwpck_require__(8942)


/***/ }),

/***/ 7581:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const util = __nccwpck_require__(9023)
const utils = __nccwpck_require__(9652)

const NativeQuery = (module.exports = function (config, values, callback) {
  EventEmitter.call(this)
  config = utils.normalizeQueryConfig(config, values, callback)
  this.text = config.text
  this.values = config.values
  this.name = config.name
  this.queryMode = config.queryMode
  this.callback = config.callback
  this.state = 'new'
  this._arrayMode = config.rowMode === 'array'

  // if the 'row' event is listened for
  // then emit them as they come in
  // without setting singleRowMode to true
  // this has almost no meaning because libpq
  // reads all rows into memory before returning any
  this._emitRowEvents = false
  this.on(
    'newListener',
    function (event) {
      if (event === 'row') this._emitRowEvents = true
    }.bind(this)
  )
})

util.inherits(NativeQuery, EventEmitter)

const errorFieldMap = {
  sqlState: 'code',
  statementPosition: 'position',
  messagePrimary: 'message',
  messageDetail: 'detail',
  messageHint: 'hint',
  context: 'where',
  schemaName: 'schema',
  tableName: 'table',
  columnName: 'column',
  dataTypeName: 'dataType',
  constraintName: 'constraint',
  sourceFile: 'file',
  sourceLine: 'line',
  sourceFunction: 'routine',
}

NativeQuery.prototype.handleError = function (err) {
  // copy pq error fields into the error object
  const fields = this.native && this.native.pq.resultErrorFields()
  if (fields) {
    for (const key in fields) {
      const normalizedFieldName = errorFieldMap[key] || key
      err[normalizedFieldName] = fields[key]
    }
  }
  if (this.callback) {
    this.callback(err)
  } else {
    this.emit('error', err)
  }
  this.state = 'error'
}

NativeQuery.prototype.then = function (onSuccess, onFailure) {
  return this._getPromise().then(onSuccess, onFailure)
}

NativeQuery.prototype.catch = function (callback) {
  return this._getPromise().catch(callback)
}

NativeQuery.prototype._getPromise = function () {
  if (this._promise) return this._promise
  this._promise = new Promise(
    function (resolve, reject) {
      this._once('end', resolve)
      this._once('error', reject)
    }.bind(this)
  )
  return this._promise
}

NativeQuery.prototype.submit = function (client) {
  this.state = 'running'
  const self = this
  this.native = client.native
  client.native.arrayMode = this._arrayMode

  let after = function (err, rows, results) {
    client.native.arrayMode = false
    setImmediate(function () {
      self.emit('_done')
    })

    // handle possible query error
    if (err) {
      return self.handleError(err)
    }

    // emit row events for each row in the result
    if (self._emitRowEvents) {
      if (results.length > 1) {
        rows.forEach((rowOfRows, i) => {
          rowOfRows.forEach((row) => {
            self.emit('row', row, results[i])
          })
        })
      } else {
        rows.forEach(function (row) {
          self.emit('row', row, results)
        })
      }
    }

    // handle successful result
    self.state = 'end'
    self.emit('end', results)
    if (self.callback) {
      self.callback(null, results)
    }
  }

  if (process.domain) {
    after = process.domain.bind(after)
  }

  // named query
  if (this.name) {
    if (this.name.length > 63) {
      console.error('Warning! Postgres only supports 63 characters for query names.')
      console.error('You supplied %s (%s)', this.name, this.name.length)
      console.error('This can cause conflicts and silent errors executing queries')
    }
    const values = (this.values || []).map(utils.prepareValue)

    // check if the client has already executed this named query
    // if so...just execute it again - skip the planning phase
    if (client.namedQueries[this.name] !== undefined) {
      if (this.text && client.namedQueries[this.name] !== this.text) {
        const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
        return after(err)
      }
      return client.native.execute(this.name, values, after)
    }
    // plan the named query the first time, then execute it
    return client.native.prepare(this.name, this.text, values.length, function (err) {
      if (err) return after(err)
      client.namedQueries[self.name] = self.text
      return self.native.execute(self.name, values, after)
    })
  } else if (this.values) {
    if (!Array.isArray(this.values)) {
      const err = new Error('Query values must be an array')
      return after(err)
    }
    const vals = this.values.map(utils.prepareValue)
    client.native.query(this.text, vals, after)
  } else if (this.queryMode === 'extended') {
    client.native.query(this.text, [], after)
  } else {
    client.native.query(this.text, after)
  }
}


/***/ }),

/***/ 4473:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { EventEmitter } = __nccwpck_require__(4434)

const Result = __nccwpck_require__(6424)
const utils = __nccwpck_require__(9652)

class Query extends EventEmitter {
  constructor(config, values, callback) {
    super()

    config = utils.normalizeQueryConfig(config, values, callback)

    this.text = config.text
    this.values = config.values
    this.rows = config.rows
    this.types = config.types
    this.name = config.name
    this.queryMode = config.queryMode
    this.binary = config.binary
    // use unique portal name each time
    this.portal = config.portal || ''
    this.callback = config.callback
    this._rowMode = config.rowMode
    if (process.domain && config.callback) {
      this.callback = process.domain.bind(config.callback)
    }
    this._result = new Result(this._rowMode, this.types)

    // potential for multiple results
    this._results = this._result
    this._canceledDueToError = false
  }

  requiresPreparation() {
    if (this.queryMode === 'extended') {
      return true
    }

    // named queries must always be prepared
    if (this.name) {
      return true
    }
    // always prepare if there are max number of rows expected per
    // portal execution
    if (this.rows) {
      return true
    }
    // don't prepare empty text queries
    if (!this.text) {
      return false
    }
    // prepare if there are values
    if (!this.values) {
      return false
    }
    return this.values.length > 0
  }

  _checkForMultirow() {
    // if we already have a result with a command property
    // then we've already executed one query in a multi-statement simple query
    // turn our results into an array of results
    if (this._result.command) {
      if (!Array.isArray(this._results)) {
        this._results = [this._result]
      }
      this._result = new Result(this._rowMode, this._result._types)
      this._results.push(this._result)
    }
  }

  // associates row metadata from the supplied
  // message with this query object
  // metadata used when parsing row results
  handleRowDescription(msg) {
    this._checkForMultirow()
    this._result.addFields(msg.fields)
    this._accumulateRows = this.callback || !this.listeners('row').length
  }

  handleDataRow(msg) {
    let row

    if (this._canceledDueToError) {
      return
    }

    try {
      row = this._result.parseRow(msg.fields)
    } catch (err) {
      this._canceledDueToError = err
      return
    }

    this.emit('row', row, this._result)
    if (this._accumulateRows) {
      this._result.addRow(row)
    }
  }

  handleCommandComplete(msg, connection) {
    this._checkForMultirow()
    this._result.addCommandComplete(msg)
    // need to sync after each command complete of a prepared statement
    // if we were using a row count which results in multiple calls to _getRows
    if (this.rows) {
      connection.sync()
    }
  }

  // if a named prepared statement is created with empty query text
  // the backend will send an emptyQuery message but *not* a command complete message
  // since we pipeline sync immediately after execute we don't need to do anything here
  // unless we have rows specified, in which case we did not pipeline the initial sync call
  handleEmptyQuery(connection) {
    if (this.rows) {
      connection.sync()
    }
  }

  handleError(err, connection) {
    // need to sync after error during a prepared statement
    if (this._canceledDueToError) {
      err = this._canceledDueToError
      this._canceledDueToError = false
    }
    // if callback supplied do not emit error event as uncaught error
    // events will bubble up to node process
    if (this.callback) {
      return this.callback(err)
    }
    this.emit('error', err)
  }

  handleReadyForQuery(con) {
    if (this._canceledDueToError) {
      return this.handleError(this._canceledDueToError, con)
    }
    if (this.callback) {
      try {
        this.callback(null, this._results)
      } catch (err) {
        process.nextTick(() => {
          throw err
        })
      }
    }
    this.emit('end', this._results)
  }

  submit(connection) {
    if (typeof this.text !== 'string' && typeof this.name !== 'string') {
      return new Error('A query must have either text or a name. Supplying neither is unsupported.')
    }
    const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name]
    if (this.text && previous && this.text !== previous) {
      return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
    }
    if (this.values && !Array.isArray(this.values)) {
      return new Error('Query values must be an array')
    }
    if (this.requiresPreparation()) {
      // If we're using the extended query protocol we fire off several separate commands
      // to the backend. On some versions of node & some operating system versions
      // the network stack writes each message separately instead of buffering them together
      // causing the client & network to send more slowly. Corking & uncorking the stream
      // allows node to buffer up the messages internally before sending them all off at once.
      // note: we're checking for existence of cork/uncork because some versions of streams
      // might not have this (cloudflare?)
      connection.stream.cork && connection.stream.cork()
      try {
        this.prepare(connection)
      } finally {
        // while unlikely for this.prepare to throw, if it does & we don't uncork this stream
        // this client becomes unresponsive, so put in finally block "just in case"
        connection.stream.uncork && connection.stream.uncork()
      }
    } else {
      connection.query(this.text)
    }
    return null
  }

  hasBeenParsed(connection) {
    return (
      this.name &&
      (connection.parsedStatements[this.name] !== undefined ||
        connection.submittedNamedStatements[this.name] !== undefined)
    )
  }

  handlePortalSuspended(connection) {
    this._getRows(connection, this.rows)
  }

  _getRows(connection, rows) {
    connection.execute({
      portal: this.portal,
      rows: rows,
    })
    // if we're not reading pages of rows send the sync command
    // to indicate the pipeline is finished
    if (!rows) {
      connection.sync()
    } else {
      // otherwise flush the call out to read more rows
      connection.flush()
    }
  }

  // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
  prepare(connection) {
    // TODO refactor this poor encapsulation
    if (!this.hasBeenParsed(connection)) {
      connection.parse({
        text: this.text,
        name: this.name,
        types: this.types,
      })
      if (this.name) {
        connection.submittedNamedStatements[this.name] = this.text
      }
    }

    // because we're mapping user supplied values to
    // postgres wire protocol compatible values it could
    // throw an exception, so try/catch this section
    try {
      connection.bind({
        portal: this.portal,
        statement: this.name,
        values: this.values,
        binary: this.binary,
        valueMapper: utils.prepareValue,
      })
    } catch (err) {
      // we should close parse to avoid leaking connections
      connection.close({ type: 'S', name: this.name })
      connection.sync()

      this.handleError(err, connection)
      return
    }

    connection.describe({
      type: 'P',
      name: this.portal || '',
    })

    this._getRows(connection, this.rows)
  }

  handleCopyInResponse(connection) {
    connection.sendCopyFail('No source stream defined')
  }

  handleCopyData(msg, connection) {
    // noop
  }
}

module.exports = Query


/***/ }),

/***/ 6424:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(1549)

const matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/

// result object returned from query
// in the 'end' event and also
// passed as second argument to provided callback
class Result {
  constructor(rowMode, types) {
    this.command = null
    this.rowCount = null
    this.oid = null
    this.rows = []
    this.fields = []
    this._parsers = undefined
    this._types = types
    this.RowCtor = null
    this.rowAsArray = rowMode === 'array'
    if (this.rowAsArray) {
      this.parseRow = this._parseRowAsArray
    }
    this._prebuiltEmptyResultObject = null
  }

  // adds a command complete message
  addCommandComplete(msg) {
    let match
    if (msg.text) {
      // pure javascript
      match = matchRegexp.exec(msg.text)
    } else {
      // native bindings
      match = matchRegexp.exec(msg.command)
    }
    if (match) {
      this.command = match[1]
      if (match[3]) {
        // COMMAND OID ROWS
        this.oid = parseInt(match[2], 10)
        this.rowCount = parseInt(match[3], 10)
      } else if (match[2]) {
        // COMMAND ROWS
        this.rowCount = parseInt(match[2], 10)
      }
    }
  }

  _parseRowAsArray(rowData) {
    const row = new Array(rowData.length)
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      if (rawValue !== null) {
        row[i] = this._parsers[i](rawValue)
      } else {
        row[i] = null
      }
    }
    return row
  }

  parseRow(rowData) {
    const row = { ...this._prebuiltEmptyResultObject }
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      const field = this.fields[i].name
      if (rawValue !== null) {
        const v = this.fields[i].format === 'binary' ? Buffer.from(rawValue) : rawValue
        row[field] = this._parsers[i](v)
      } else {
        row[field] = null
      }
    }
    return row
  }

  addRow(row) {
    this.rows.push(row)
  }

  addFields(fieldDescriptions) {
    // clears field definitions
    // multiple query statements in 1 action can result in multiple sets
    // of rowDescriptions...eg: 'select NOW(); select 1::int;'
    // you need to reset the fields
    this.fields = fieldDescriptions
    if (this.fields.length) {
      this._parsers = new Array(fieldDescriptions.length)
    }

    const row = Object.create(null)

    for (let i = 0; i < fieldDescriptions.length; i++) {
      const desc = fieldDescriptions[i]
      row[desc.name] = null

      if (this._types) {
        this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      } else {
        this._parsers[i] = types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      }
    }

    this._prebuiltEmptyResultObject = { ...row }
  }
}

module.exports = Result


/***/ }),

/***/ 829:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { getStream, getSecureStream } = getStreamFuncs()

module.exports = {
  /**
   * Get a socket stream compatible with the current runtime environment.
   * @returns {Duplex}
   */
  getStream,
  /**
   * Get a TLS secured socket, compatible with the current environment,
   * using the socket and other settings given in `options`.
   * @returns {Duplex}
   */
  getSecureStream,
}

/**
 * The stream functions that work in Node.js
 */
function getNodejsStreamFuncs() {
  function getStream(ssl) {
    const net = __nccwpck_require__(9278)
    return new net.Socket()
  }

  function getSecureStream(options) {
    const tls = __nccwpck_require__(4756)
    return tls.connect(options)
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * The stream functions that work in Cloudflare Workers
 */
function getCloudflareStreamFuncs() {
  function getStream(ssl) {
    const { CloudflareSocket } = __nccwpck_require__(785)
    return new CloudflareSocket(ssl)
  }

  function getSecureStream(options) {
    options.socket.startTls(options)
    return options.socket
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * Are we running in a Cloudflare Worker?
 *
 * @returns true if the code is currently running inside a Cloudflare Worker.
 */
function isCloudflareRuntime() {
  // Since 2022-03-21 the `global_navigator` compatibility flag is on for Cloudflare Workers
  // which means that `navigator.userAgent` will be defined.
  // eslint-disable-next-line no-undef
  if (typeof navigator === 'object' && navigator !== null && typeof navigator.userAgent === 'string') {
    // eslint-disable-next-line no-undef
    return navigator.userAgent === 'Cloudflare-Workers'
  }
  // In case `navigator` or `navigator.userAgent` is not defined then try a more sneaky approach
  if (typeof Response === 'function') {
    const resp = new Response(null, { cf: { thing: true } })
    if (typeof resp.cf === 'object' && resp.cf !== null && resp.cf.thing) {
      return true
    }
  }
  return false
}

function getStreamFuncs() {
  if (isCloudflareRuntime()) {
    return getCloudflareStreamFuncs()
  }
  return getNodejsStreamFuncs()
}


/***/ }),

/***/ 365:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(1549)

function TypeOverrides(userTypes) {
  this._types = userTypes || types
  this.text = {}
  this.binary = {}
}

TypeOverrides.prototype.getOverrides = function (format) {
  switch (format) {
    case 'text':
      return this.text
    case 'binary':
      return this.binary
    default:
      return {}
  }
}

TypeOverrides.prototype.setTypeParser = function (oid, format, parseFn) {
  if (typeof format === 'function') {
    parseFn = format
    format = 'text'
  }
  this.getOverrides(format)[oid] = parseFn
}

TypeOverrides.prototype.getTypeParser = function (oid, format) {
  format = format || 'text'
  return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format)
}

module.exports = TypeOverrides


/***/ }),

/***/ 9652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const defaults = __nccwpck_require__(1376)
const nodeUtils = __nccwpck_require__(9023)

const { isDate } = __nccwpck_require__(8253)

const invalidDateDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.',
  'PG_INVALID_DATE'
)

function escapeElement(elementRepresentation) {
  const escaped = elementRepresentation.replace(/\\/g, '\\\\').replace(/"/g, '\\"')

  return '"' + escaped + '"'
}

// convert a JS array to a postgres array literal
// uses comma separator so won't work for types like box that use
// a different array separator.
function arrayString(val) {
  let result = '{'
  for (let i = 0; i < val.length; i++) {
    if (i > 0) {
      result += ','
    }
    let item = val[i]
    if (item == null) {
      result += 'NULL'
    } else if (Array.isArray(item)) {
      result += arrayString(item)
    } else if (ArrayBuffer.isView(item)) {
      if (!(item instanceof Buffer)) {
        item = Buffer.from(item.buffer, item.byteOffset, item.byteLength)
      }
      result += '\\\\x' + item.toString('hex')
    } else {
      result += escapeElement(prepareValue(item))
    }
  }
  result += '}'
  return result
}

// converts values from javascript types
// to their 'raw' counterparts for use as a postgres parameter
// note: you can override this function to provide your own conversion mechanism
// for complex types, etc...
const prepareValue = function (val, seen) {
  // null and undefined are both null for postgres
  if (val == null) {
    return null
  }
  if (typeof val === 'object') {
    if (val instanceof Buffer) {
      return val
    }
    if (ArrayBuffer.isView(val)) {
      return Buffer.from(val.buffer, val.byteOffset, val.byteLength)
    }
    if (isDate(val)) {
      if (isNaN(val.getTime())) {
        invalidDateDeprecationNotice()
      }
      if (defaults.parseInputDatesAsUTC) {
        return dateToStringUTC(val)
      } else {
        return dateToString(val)
      }
    }
    if (Array.isArray(val)) {
      return arrayString(val)
    }

    return prepareObject(val, seen)
  }
  return val.toString()
}

function prepareObject(val, seen) {
  if (val && typeof val.toPostgres === 'function') {
    seen = seen || []
    if (seen.indexOf(val) !== -1) {
      throw new Error('circular reference detected while preparing "' + val + '" for query')
    }
    seen.push(val)

    return prepareValue(val.toPostgres(prepareValue), seen)
  }
  return JSON.stringify(val)
}

function dateToString(date) {
  let offset = -date.getTimezoneOffset()

  let year = date.getFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getDate()).padStart(2, '0') +
    'T' +
    String(date.getHours()).padStart(2, '0') +
    ':' +
    String(date.getMinutes()).padStart(2, '0') +
    ':' +
    String(date.getSeconds()).padStart(2, '0') +
    '.' +
    String(date.getMilliseconds()).padStart(3, '0')

  if (offset < 0) {
    ret += '-'
    offset *= -1
  } else {
    ret += '+'
  }

  ret += String(Math.floor(offset / 60)).padStart(2, '0') + ':' + String(offset % 60).padStart(2, '0')
  if (isBCYear) ret += ' BC'
  return ret
}

function dateToStringUTC(date) {
  let year = date.getUTCFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getUTCMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getUTCDate()).padStart(2, '0') +
    'T' +
    String(date.getUTCHours()).padStart(2, '0') +
    ':' +
    String(date.getUTCMinutes()).padStart(2, '0') +
    ':' +
    String(date.getUTCSeconds()).padStart(2, '0') +
    '.' +
    String(date.getUTCMilliseconds()).padStart(3, '0')

  ret += '+00:00'
  if (isBCYear) ret += ' BC'
  return ret
}

function normalizeQueryConfig(config, values, callback) {
  // can take in strings or config objects
  // Copy config so normalization does not mutate the caller's object.
  config = typeof config === 'string' ? { text: config } : cloneQueryConfig(config)
  if (values) {
    if (typeof values === 'function') {
      config.callback = values
    } else {
      config.values = values
    }
  }
  if (callback) {
    config.callback = callback
  }
  return config
}

function cloneQueryConfig(config) {
  if (config == null) {
    return config
  }
  return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config))
}

// Ported from PostgreSQL 9.2.4 source code in src/interfaces/libpq/fe-exec.c
const escapeIdentifier = function (str) {
  return '"' + str.replace(/"/g, '""') + '"'
}

const escapeLiteral = function (str) {
  let hasBackslash = false
  let escaped = "'"

  if (str == null) {
    return "''"
  }

  if (typeof str !== 'string') {
    return "''"
  }

  for (let i = 0; i < str.length; i++) {
    const c = str[i]
    if (c === "'") {
      escaped += c + c
    } else if (c === '\\') {
      escaped += c + c
      hasBackslash = true
    } else {
      escaped += c
    }
  }

  escaped += "'"

  if (hasBackslash === true) {
    escaped = ' E' + escaped
  }

  return escaped
}

module.exports = {
  prepareValue: function prepareValueWrapper(value) {
    // this ensures that extra arguments do not get passed into prepareValue
    // by accident, eg: from calling values.map(utils.prepareValue)
    return prepareValue(value)
  },
  normalizeQueryConfig,
  escapeIdentifier,
  escapeLiteral,
}


/***/ }),

/***/ 8702:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(6928)
  , Stream = (__nccwpck_require__(2203).Stream)
  , split = __nccwpck_require__(5286)
  , util = __nccwpck_require__(9023)
  , defaultPort = 5432
  , isWin = (process.platform === 'win32')
  , warnStream = process.stderr
;


var S_IRWXG = 56     //    00070(8)
  , S_IRWXO = 7      //    00007(8)
  , S_IFMT  = 61440  // 00170000(8)
  , S_IFREG = 32768  //  0100000(8)
;
function isRegFile(mode) {
    return ((mode & S_IFMT) == S_IFREG);
}

var fieldNames = [ 'host', 'port', 'database', 'user', 'password' ];
var nrOfFields = fieldNames.length;
var passKey = fieldNames[ nrOfFields -1 ];


function warn() {
    var isWritable = (
        warnStream instanceof Stream &&
          true === warnStream.writable
    );

    if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write( util.format.apply(util, args) );
    }
}


Object.defineProperty(module.exports, "isWin", ({
    get : function() {
        return isWin;
    } ,
    set : function(val) {
        isWin = val;
    }
}));


module.exports.warnTo = function(stream) {
    var old = warnStream;
    warnStream = stream;
    return old;
};

module.exports.getFileName = function(rawEnv){
    var env = rawEnv || process.env;
    var file = env.PGPASSFILE || (
        isWin ?
          path.join( env.APPDATA || './' , 'postgresql', 'pgpass.conf' ) :
          path.join( env.HOME || './', '.pgpass' )
    );
    return file;
};

module.exports.usePgPass = function(stats, fname) {
    if (Object.prototype.hasOwnProperty.call(process.env, 'PGPASSWORD')) {
        return false;
    }

    if (isWin) {
        return true;
    }

    fname = fname || '<unkn>';

    if (! isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
    }

    if (stats.mode & (S_IRWXG | S_IRWXO)) {
        /* If password file is insecure, alert the user and ignore it. */
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
    }

    return true;
};


var matcher = module.exports.match = function(connInfo, entry) {
    return fieldNames.slice(0, -1).reduce(function(prev, field, idx){
        if (idx == 1) {
            // the port
            if ( Number( connInfo[field] || defaultPort ) === Number( entry[field] ) ) {
                return prev && true;
            }
        }
        return prev && (
            entry[field] === '*' ||
              entry[field] === connInfo[field]
        );
    }, true);
};


module.exports.getPassword = function(connInfo, stream, cb) {
    var pass;
    var lineStream = stream.pipe(split());

    function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
            pass = entry[passKey];
            lineStream.end(); // -> calls onEnd(), but pass is set now
        }
    }

    var onEnd = function() {
        stream.destroy();
        cb(pass);
    };

    var onErr = function(err) {
        stream.destroy();
        warn('WARNING: error on reading file: %s', err);
        cb(undefined);
    };

    stream.on('error', onErr);
    lineStream
        .on('data', onLine)
        .on('end', onEnd)
        .on('error', onErr)
    ;

};


var parseLine = module.exports.parseLine = function(line) {
    if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
    }

    var curChar = '';
    var prevChar = '';
    var fieldIdx = 0;
    var startIdx = 0;
    var endIdx = 0;
    var obj = {};
    var isLastField = false;
    var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);

        if (! Object.hasOwnProperty.call(process.env, 'PGPASS_NO_DEESCAPE')) {
            field = field.replace(/\\([:\\])/g, '$1');
        }

        obj[ fieldNames[idx] ] = field;
    };

    for (var i = 0 ; i < line.length-1 ; i += 1) {
        curChar = line.charAt(i+1);
        prevChar = line.charAt(i);

        isLastField = (fieldIdx == nrOfFields-1);

        if (isLastField) {
            addToObj(fieldIdx, startIdx);
            break;
        }

        if (i >= 0 && curChar == ':' && prevChar !== '\\') {
            addToObj(fieldIdx, startIdx, i+1);

            startIdx = i+2;
            fieldIdx += 1;
        }
    }

    obj = ( Object.keys(obj).length === nrOfFields ) ? obj : null;

    return obj;
};


var isValidEntry = module.exports.isValidEntry = function(entry){
    var rules = {
        // host
        0 : function(x){
            return x.length > 0;
        } ,
        // port
        1 : function(x){
            if (x === '*') {
                return true;
            }
            x = Number(x);
            return (
                isFinite(x) &&
                  x > 0 &&
                  x < 9007199254740992 &&
                  Math.floor(x) === x
            );
        } ,
        // database
        2 : function(x){
            return x.length > 0;
        } ,
        // username
        3 : function(x){
            return x.length > 0;
        } ,
        // password
        4 : function(x){
            return x.length > 0;
        }
    };

    for (var idx = 0 ; idx < fieldNames.length ; idx += 1) {
        var rule = rules[idx];
        var value = entry[ fieldNames[idx] ] || '';

        var res = rule(value);
        if (!res) {
            return false;
        }
    }

    return true;
};



/***/ }),

/***/ 3272:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(6928)
  , fs = __nccwpck_require__(9896)
  , helper = __nccwpck_require__(8702)
;


module.exports = function(connInfo, cb) {
    var file = helper.getFileName();
    
    fs.stat(file, function(err, stat){
        if (err || !helper.usePgPass(stat, file)) {
            return cb(undefined);
        }

        var st = fs.createReadStream(file);

        helper.getPassword(connInfo, st, cb);
    });
};

module.exports.warnTo = helper.warnTo;


/***/ }),

/***/ 3879:
/***/ ((__unused_webpack_module, exports) => {



exports.parse = function (source, transform) {
  return new ArrayParser(source, transform).parse()
}

class ArrayParser {
  constructor (source, transform) {
    this.source = source
    this.transform = transform || identity
    this.position = 0
    this.entries = []
    this.recorded = []
    this.dimension = 0
  }

  isEof () {
    return this.position >= this.source.length
  }

  nextCharacter () {
    var character = this.source[this.position++]
    if (character === '\\') {
      return {
        value: this.source[this.position++],
        escaped: true
      }
    }
    return {
      value: character,
      escaped: false
    }
  }

  record (character) {
    this.recorded.push(character)
  }

  newEntry (includeEmpty) {
    var entry
    if (this.recorded.length > 0 || includeEmpty) {
      entry = this.recorded.join('')
      if (entry === 'NULL' && !includeEmpty) {
        entry = null
      }
      if (entry !== null) entry = this.transform(entry)
      this.entries.push(entry)
      this.recorded = []
    }
  }

  consumeDimensions () {
    if (this.source[0] === '[') {
      while (!this.isEof()) {
        var char = this.nextCharacter()
        if (char.value === '=') break
      }
    }
  }

  parse (nested) {
    var character, parser, quote
    this.consumeDimensions()
    while (!this.isEof()) {
      character = this.nextCharacter()
      if (character.value === '{' && !quote) {
        this.dimension++
        if (this.dimension > 1) {
          parser = new ArrayParser(this.source.substr(this.position - 1), this.transform)
          this.entries.push(parser.parse(true))
          this.position += parser.position - 2
        }
      } else if (character.value === '}' && !quote) {
        this.dimension--
        if (!this.dimension) {
          this.newEntry()
          if (nested) return this.entries
        }
      } else if (character.value === '"' && !character.escaped) {
        if (quote) this.newEntry(true)
        quote = !quote
      } else if (character.value === ',' && !quote) {
        this.newEntry()
      } else {
        this.record(character.value)
      }
    }
    if (this.dimension !== 0) {
      throw new Error('array dimension not balanced')
    }
    return this.entries
  }
}

function identity (value) {
  return value
}


/***/ }),

/***/ 463:
/***/ ((module) => {



var bufferFrom = Buffer.from || Buffer

module.exports = function parseBytea (input) {
  if (/^\\x/.test(input)) {
    // new 'hex' style response (pg >9.0)
    return bufferFrom(input.substr(2), 'hex')
  }
  var output = ''
  var i = 0
  while (i < input.length) {
    if (input[i] !== '\\') {
      output += input[i]
      ++i
    } else {
      if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
        output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8))
        i += 4
      } else {
        var backslashes = 1
        while (i + backslashes < input.length && input[i + backslashes] === '\\') {
          backslashes++
        }
        for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
          output += '\\'
        }
        i += Math.floor(backslashes / 2) * 2
      }
    }
  }
  return bufferFrom(output, 'binary')
}


/***/ }),

/***/ 2690:
/***/ ((module) => {



var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/
var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/
var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/
var INFINITY = /^-?infinity$/

module.exports = function parseDate (isoDate) {
  if (INFINITY.test(isoDate)) {
    // Capitalize to Infinity before passing to Number
    return Number(isoDate.replace('i', 'I'))
  }
  var matches = DATE_TIME.exec(isoDate)

  if (!matches) {
    // Force YYYY-MM-DD dates to be parsed as local time
    return getDate(isoDate) || null
  }

  var isBC = !!matches[8]
  var year = parseInt(matches[1], 10)
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  var hour = parseInt(matches[4], 10)
  var minute = parseInt(matches[5], 10)
  var second = parseInt(matches[6], 10)

  var ms = matches[7]
  ms = ms ? 1000 * parseFloat(ms) : 0

  var date
  var offset = timeZoneOffset(isoDate)
  if (offset != null) {
    date = new Date(Date.UTC(year, month, day, hour, minute, second, ms))

    // Account for years from 0 to 99 being interpreted as 1900-1999
    // by Date.UTC / the multi-argument form of the Date constructor
    if (is0To99(year)) {
      date.setUTCFullYear(year)
    }

    if (offset !== 0) {
      date.setTime(date.getTime() - offset)
    }
  } else {
    date = new Date(year, month, day, hour, minute, second, ms)

    if (is0To99(year)) {
      date.setFullYear(year)
    }
  }

  return date
}

function getDate (isoDate) {
  var matches = DATE.exec(isoDate)
  if (!matches) {
    return
  }

  var year = parseInt(matches[1], 10)
  var isBC = !!matches[4]
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  // YYYY-MM-DD will be parsed as local time
  var date = new Date(year, month, day)

  if (is0To99(year)) {
    date.setFullYear(year)
  }

  return date
}

// match timezones:
// Z (UTC)
// -05
// +06:30
function timeZoneOffset (isoDate) {
  if (isoDate.endsWith('+00')) {
    return 0
  }

  var zone = TIME_ZONE.exec(isoDate.split(' ')[1])
  if (!zone) return
  var type = zone[1]

  if (type === 'Z') {
    return 0
  }
  var sign = type === '-' ? -1 : 1
  var offset = parseInt(zone[2], 10) * 3600 +
    parseInt(zone[3] || 0, 10) * 60 +
    parseInt(zone[4] || 0, 10)

  return offset * sign * 1000
}

function bcYearToNegativeYear (year) {
  // Account for numerical difference between representations of BC years
  // See: https://github.com/bendrucker/postgres-date/issues/5
  return -(year - 1)
}

function is0To99 (num) {
  return num >= 0 && num < 100
}


/***/ }),

/***/ 8755:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var extend = __nccwpck_require__(223)

module.exports = PostgresInterval

function PostgresInterval (raw) {
  if (!(this instanceof PostgresInterval)) {
    return new PostgresInterval(raw)
  }
  extend(this, parse(raw))
}
var properties = ['seconds', 'minutes', 'hours', 'days', 'months', 'years']
PostgresInterval.prototype.toPostgres = function () {
  var filtered = properties.filter(this.hasOwnProperty, this)

  // In addition to `properties`, we need to account for fractions of seconds.
  if (this.milliseconds && filtered.indexOf('seconds') < 0) {
    filtered.push('seconds')
  }

  if (filtered.length === 0) return '0'
  return filtered
    .map(function (property) {
      var value = this[property] || 0

      // Account for fractional part of seconds,
      // remove trailing zeroes.
      if (property === 'seconds' && this.milliseconds) {
        value = (value + this.milliseconds / 1000).toFixed(6).replace(/\.?0+$/, '')
      }

      return value + ' ' + property
    }, this)
    .join(' ')
}

var propertiesISOEquivalent = {
  years: 'Y',
  months: 'M',
  days: 'D',
  hours: 'H',
  minutes: 'M',
  seconds: 'S'
}
var dateProperties = ['years', 'months', 'days']
var timeProperties = ['hours', 'minutes', 'seconds']
// according to ISO 8601
PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function () {
  var datePart = dateProperties
    .map(buildProperty, this)
    .join('')

  var timePart = timeProperties
    .map(buildProperty, this)
    .join('')

  return 'P' + datePart + 'T' + timePart

  function buildProperty (property) {
    var value = this[property] || 0

    // Account for fractional part of seconds,
    // remove trailing zeroes.
    if (property === 'seconds' && this.milliseconds) {
      value = (value + this.milliseconds / 1000).toFixed(6).replace(/0+$/, '')
    }

    return value + propertiesISOEquivalent[property]
  }
}

var NUMBER = '([+-]?\\d+)'
var YEAR = NUMBER + '\\s+years?'
var MONTH = NUMBER + '\\s+mons?'
var DAY = NUMBER + '\\s+days?'
var TIME = '([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?'
var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function (regexString) {
  return '(' + regexString + ')?'
})
  .join('\\s*'))

// Positions of values in regex match
var positions = {
  years: 2,
  months: 4,
  days: 6,
  hours: 9,
  minutes: 10,
  seconds: 11,
  milliseconds: 12
}
// We can use negative time
var negatives = ['hours', 'minutes', 'seconds', 'milliseconds']

function parseMilliseconds (fraction) {
  // add omitted zeroes
  var microseconds = fraction + '000000'.slice(fraction.length)
  return parseInt(microseconds, 10) / 1000
}

function parse (interval) {
  if (!interval) return {}
  var matches = INTERVAL.exec(interval)
  var isNegative = matches[8] === '-'
  return Object.keys(positions)
    .reduce(function (parsed, property) {
      var position = positions[property]
      var value = matches[position]
      // no empty string
      if (!value) return parsed
      // milliseconds are actually microseconds (up to 6 digits)
      // with omitted trailing zeroes.
      value = property === 'milliseconds'
        ? parseMilliseconds(value)
        : parseInt(value, 10)
      // no zeros
      if (!value) return parsed
      if (isNegative && ~negatives.indexOf(property)) {
        value *= -1
      }
      parsed[property] = value
      return parsed
    }, {})
}


/***/ }),

/***/ 5286:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*
Copyright (c) 2014-2021, Matteo Collina <hello@matteocollina.com>

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
*/



const { Transform } = __nccwpck_require__(2203)
const { StringDecoder } = __nccwpck_require__(3193)
const kLast = Symbol('last')
const kDecoder = Symbol('decoder')

function transform (chunk, enc, cb) {
  let list
  if (this.overflow) { // Line buffer is full. Skip to start of next line.
    const buf = this[kDecoder].write(chunk)
    list = buf.split(this.matcher)

    if (list.length === 1) return cb() // Line ending not found. Discard entire chunk.

    // Line ending found. Discard trailing fragment of previous line and reset overflow state.
    list.shift()
    this.overflow = false
  } else {
    this[kLast] += this[kDecoder].write(chunk)
    list = this[kLast].split(this.matcher)
  }

  this[kLast] = list.pop()

  for (let i = 0; i < list.length; i++) {
    try {
      push(this, this.mapper(list[i]))
    } catch (error) {
      return cb(error)
    }
  }

  this.overflow = this[kLast].length > this.maxLength
  if (this.overflow && !this.skipOverflow) {
    cb(new Error('maximum buffer reached'))
    return
  }

  cb()
}

function flush (cb) {
  // forward any gibberish left in there
  this[kLast] += this[kDecoder].end()

  if (this[kLast]) {
    try {
      push(this, this.mapper(this[kLast]))
    } catch (error) {
      return cb(error)
    }
  }

  cb()
}

function push (self, val) {
  if (val !== undefined) {
    self.push(val)
  }
}

function noop (incoming) {
  return incoming
}

function split (matcher, mapper, options) {
  // Set defaults for any arguments not supplied.
  matcher = matcher || /\r?\n/
  mapper = mapper || noop
  options = options || {}

  // Test arguments explicitly.
  switch (arguments.length) {
    case 1:
      // If mapper is only argument.
      if (typeof matcher === 'function') {
        mapper = matcher
        matcher = /\r?\n/
      // If options is only argument.
      } else if (typeof matcher === 'object' && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
        options = matcher
        matcher = /\r?\n/
      }
      break

    case 2:
      // If mapper and options are arguments.
      if (typeof matcher === 'function') {
        options = mapper
        mapper = matcher
        matcher = /\r?\n/
      // If matcher and options are arguments.
      } else if (typeof mapper === 'object') {
        options = mapper
        mapper = noop
      }
  }

  options = Object.assign({}, options)
  options.autoDestroy = true
  options.transform = transform
  options.flush = flush
  options.readableObjectMode = true

  const stream = new Transform(options)

  stream[kLast] = ''
  stream[kDecoder] = new StringDecoder('utf8')
  stream.matcher = matcher
  stream.mapper = mapper
  stream.maxLength = options.maxLength
  stream.skipOverflow = options.skipOverflow || false
  stream.overflow = false
  stream._destroy = function (err, cb) {
    // Weird Node v12 bug that we need to work around
    this._writableState.errorEmitted = false
    cb(err)
  }

  return stream
}

module.exports = split


/***/ }),

/***/ 223:
/***/ ((module) => {

module.exports = extend

var hasOwnProperty = Object.prototype.hasOwnProperty;

function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i]

        for (var key in source) {
            if (hasOwnProperty.call(source, key)) {
                target[key] = source[key]
            }
        }
    }

    return target
}


/***/ }),

/***/ 2775:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: HELP

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/db/url.ts
var db_url = __nccwpck_require__(5051);
;// CONCATENATED MODULE: ./src/core/version.ts
/** The db-deploy version, shown in every summary footer. Kept equal to package.json by a unit test. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_node_fs_, 2);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./node_modules/glob/dist/esm/index.min.js
var Gt=(n,t,e)=>{let s=n instanceof RegExp?ce(n,e):n,i=t instanceof RegExp?ce(t,e):t,r=s!==null&&i!=null&&ss(s,i,e);return r&&{start:r[0],end:r[1],pre:e.slice(0,r[0]),body:e.slice(r[0]+s.length,r[1]),post:e.slice(r[1]+i.length)}},ce=(n,t)=>{let e=t.match(n);return e?e[0]:null},ss=(n,t,e)=>{let s,i,r,o,h,a=e.indexOf(n),l=e.indexOf(t,a+1),u=a;if(a>=0&&l>0){if(n===t)return[a,l];for(s=[],r=e.length;u>=0&&!h;){if(u===a)s.push(u),a=e.indexOf(n,u+1);else if(s.length===1){let c=s.pop();c!==void 0&&(h=[c,l])}else i=s.pop(),i!==void 0&&i<r&&(r=i,o=l),l=e.indexOf(t,u+1);u=a<l&&a>=0?a:l}s.length&&o!==void 0&&(h=[r,o])}return h};var fe="\0SLASH"+Math.random()+"\0",ue="\0OPEN"+Math.random()+"\0",qt="\0CLOSE"+Math.random()+"\0",de="\0COMMA"+Math.random()+"\0",pe="\0PERIOD"+Math.random()+"\0",is=new RegExp(fe,"g"),rs=new RegExp(ue,"g"),ns=new RegExp(qt,"g"),os=new RegExp(de,"g"),hs=new RegExp(pe,"g"),as=/\\\\/g,ls=/\\{/g,cs=/\\}/g,fs=/\\,/g,us=/\\./g,ds=1e5;function Ht(n){return isNaN(n)?n.charCodeAt(0):parseInt(n,10)}function ps(n){return n.replace(as,fe).replace(ls,ue).replace(cs,qt).replace(fs,de).replace(us,pe)}function ms(n){return n.replace(is,"\\").replace(rs,"{").replace(ns,"}").replace(os,",").replace(hs,".")}function me(n){if(!n)return[""];let t=[],e=Gt("{","}",n);if(!e)return n.split(",");let{pre:s,body:i,post:r}=e,o=s.split(",");o[o.length-1]+="{"+i+"}";let h=me(r);return r.length&&(o[o.length-1]+=h.shift(),o.push.apply(o,h)),t.push.apply(t,o),t}function ge(n,t={}){if(!n)return[];let{max:e=ds}=t;return n.slice(0,2)==="{}"&&(n="\\{\\}"+n.slice(2)),ht(ps(n),e,!0).map(ms)}function gs(n){return"{"+n+"}"}function ws(n){return/^-?0\d/.test(n)}function ys(n,t){return n<=t}function bs(n,t){return n>=t}function ht(n,t,e){let s=[],i=Gt("{","}",n);if(!i)return[n];let r=i.pre,o=i.post.length?ht(i.post,t,!1):[""];if(/\$$/.test(i.pre))for(let h=0;h<o.length&&h<t;h++){let a=r+"{"+i.body+"}"+o[h];s.push(a)}else{let h=/^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(i.body),a=/^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(i.body),l=h||a,u=i.body.indexOf(",")>=0;if(!l&&!u)return i.post.match(/,(?!,).*\}/)?(n=i.pre+"{"+i.body+qt+i.post,ht(n,t,!0)):[n];let c;if(l)c=i.body.split(/\.\./);else if(c=me(i.body),c.length===1&&c[0]!==void 0&&(c=ht(c[0],t,!1).map(gs),c.length===1))return o.map(f=>i.pre+c[0]+f);let d;if(l&&c[0]!==void 0&&c[1]!==void 0){let f=Ht(c[0]),m=Ht(c[1]),p=Math.max(c[0].length,c[1].length),w=c.length===3&&c[2]!==void 0?Math.abs(Ht(c[2])):1,g=ys;m<f&&(w*=-1,g=bs);let E=c.some(ws);d=[];for(let y=f;g(y,m);y+=w){let b;if(a)b=String.fromCharCode(y),b==="\\"&&(b="");else if(b=String(y),E){let z=p-b.length;if(z>0){let $=new Array(z+1).join("0");y<0?b="-"+$+b.slice(1):b=$+b}}d.push(b)}}else{d=[];for(let f=0;f<c.length;f++)d.push.apply(d,ht(c[f],t,!1))}for(let f=0;f<d.length;f++)for(let m=0;m<o.length&&s.length<t;m++){let p=r+d[f]+o[m];(!e||l||p)&&s.push(p)}}return s}var at=n=>{if(typeof n!="string")throw new TypeError("invalid pattern");if(n.length>65536)throw new TypeError("pattern is too long")};var Ss={"[:alnum:]":["\\p{L}\\p{Nl}\\p{Nd}",!0],"[:alpha:]":["\\p{L}\\p{Nl}",!0],"[:ascii:]":["\\x00-\\x7f",!1],"[:blank:]":["\\p{Zs}\\t",!0],"[:cntrl:]":["\\p{Cc}",!0],"[:digit:]":["\\p{Nd}",!0],"[:graph:]":["\\p{Z}\\p{C}",!0,!0],"[:lower:]":["\\p{Ll}",!0],"[:print:]":["\\p{C}",!0],"[:punct:]":["\\p{P}",!0],"[:space:]":["\\p{Z}\\t\\r\\n\\v\\f",!0],"[:upper:]":["\\p{Lu}",!0],"[:word:]":["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}",!0],"[:xdigit:]":["A-Fa-f0-9",!1]},lt=n=>n.replace(/[[\]\\-]/g,"\\$&"),Es=n=>n.replace(/[-[\]{}()*+?.,\\^$|#\s]/g,"\\$&"),we=n=>n.join(""),ye=(n,t)=>{let e=t;if(n.charAt(e)!=="[")throw new Error("not in a brace expression");let s=[],i=[],r=e+1,o=!1,h=!1,a=!1,l=!1,u=e,c="";t:for(;r<n.length;){let p=n.charAt(r);if((p==="!"||p==="^")&&r===e+1){l=!0,r++;continue}if(p==="]"&&o&&!a){u=r+1;break}if(o=!0,p==="\\"&&!a){a=!0,r++;continue}if(p==="["&&!a){for(let[w,[g,S,E]]of Object.entries(Ss))if(n.startsWith(w,r)){if(c)return["$.",!1,n.length-e,!0];r+=w.length,E?i.push(g):s.push(g),h=h||S;continue t}}if(a=!1,c){p>c?s.push(lt(c)+"-"+lt(p)):p===c&&s.push(lt(p)),c="",r++;continue}if(n.startsWith("-]",r+1)){s.push(lt(p+"-")),r+=2;continue}if(n.startsWith("-",r+1)){c=p,r+=2;continue}s.push(lt(p)),r++}if(u<r)return["",!1,0,!1];if(!s.length&&!i.length)return["$.",!1,n.length-e,!0];if(i.length===0&&s.length===1&&/^\\?.$/.test(s[0])&&!l){let p=s[0].length===2?s[0].slice(-1):s[0];return[Es(p),!1,u-e,!1]}let d="["+(l?"^":"")+we(s)+"]",f="["+(l?"":"^")+we(i)+"]";return[s.length&&i.length?"("+d+"|"+f+")":s.length?d:f,h,u-e,!0]};var W=(n,{windowsPathsNoEscape:t=!1,magicalBraces:e=!0}={})=>e?t?n.replace(/\[([^\/\\])\]/g,"$1"):n.replace(/((?!\\).|^)\[([^\/\\])\]/g,"$1$2").replace(/\\([^\/])/g,"$1"):t?n.replace(/\[([^\/\\{}])\]/g,"$1"):n.replace(/((?!\\).|^)\[([^\/\\{}])\]/g,"$1$2").replace(/\\([^\/{}])/g,"$1");var xs=new Set(["!","?","+","*","@"]),be=n=>xs.has(n),vs="(?!(?:^|/)\\.\\.?(?:$|/))",Ct="(?!\\.)",Cs=new Set(["[","."]),Ts=new Set(["..","."]),As=new Set("().*{}+?[]^$\\!"),ks=n=>n.replace(/[-[\]{}()*+?.,\\^$|#\s]/g,"\\$&"),Kt="[^/]",Se=Kt+"*?",Ee=Kt+"+?",Q=class n{type;#t;#s;#n=!1;#r=[];#o;#S;#w;#c=!1;#h;#u;#f=!1;constructor(t,e,s={}){this.type=t,t&&(this.#s=!0),this.#o=e,this.#t=this.#o?this.#o.#t:this,this.#h=this.#t===this?s:this.#t.#h,this.#w=this.#t===this?[]:this.#t.#w,t==="!"&&!this.#t.#c&&this.#w.push(this),this.#S=this.#o?this.#o.#r.length:0}get hasMagic(){if(this.#s!==void 0)return this.#s;for(let t of this.#r)if(typeof t!="string"&&(t.type||t.hasMagic))return this.#s=!0;return this.#s}toString(){return this.#u!==void 0?this.#u:this.type?this.#u=this.type+"("+this.#r.map(t=>String(t)).join("|")+")":this.#u=this.#r.map(t=>String(t)).join("")}#a(){if(this!==this.#t)throw new Error("should only call on root");if(this.#c)return this;this.toString(),this.#c=!0;let t;for(;t=this.#w.pop();){if(t.type!=="!")continue;let e=t,s=e.#o;for(;s;){for(let i=e.#S+1;!s.type&&i<s.#r.length;i++)for(let r of t.#r){if(typeof r=="string")throw new Error("string part in extglob AST??");r.copyIn(s.#r[i])}e=s,s=e.#o}}return this}push(...t){for(let e of t)if(e!==""){if(typeof e!="string"&&!(e instanceof n&&e.#o===this))throw new Error("invalid part: "+e);this.#r.push(e)}}toJSON(){let t=this.type===null?this.#r.slice().map(e=>typeof e=="string"?e:e.toJSON()):[this.type,...this.#r.map(e=>e.toJSON())];return this.isStart()&&!this.type&&t.unshift([]),this.isEnd()&&(this===this.#t||this.#t.#c&&this.#o?.type==="!")&&t.push({}),t}isStart(){if(this.#t===this)return!0;if(!this.#o?.isStart())return!1;if(this.#S===0)return!0;let t=this.#o;for(let e=0;e<this.#S;e++){let s=t.#r[e];if(!(s instanceof n&&s.type==="!"))return!1}return!0}isEnd(){if(this.#t===this||this.#o?.type==="!")return!0;if(!this.#o?.isEnd())return!1;if(!this.type)return this.#o?.isEnd();let t=this.#o?this.#o.#r.length:0;return this.#S===t-1}copyIn(t){typeof t=="string"?this.push(t):this.push(t.clone(this))}clone(t){let e=new n(this.type,t);for(let s of this.#r)e.copyIn(s);return e}static#i(t,e,s,i){let r=!1,o=!1,h=-1,a=!1;if(e.type===null){let f=s,m="";for(;f<t.length;){let p=t.charAt(f++);if(r||p==="\\"){r=!r,m+=p;continue}if(o){f===h+1?(p==="^"||p==="!")&&(a=!0):p==="]"&&!(f===h+2&&a)&&(o=!1),m+=p;continue}else if(p==="["){o=!0,h=f,a=!1,m+=p;continue}if(!i.noext&&be(p)&&t.charAt(f)==="("){e.push(m),m="";let w=new n(p,e);f=n.#i(t,w,f,i),e.push(w);continue}m+=p}return e.push(m),f}let l=s+1,u=new n(null,e),c=[],d="";for(;l<t.length;){let f=t.charAt(l++);if(r||f==="\\"){r=!r,d+=f;continue}if(o){l===h+1?(f==="^"||f==="!")&&(a=!0):f==="]"&&!(l===h+2&&a)&&(o=!1),d+=f;continue}else if(f==="["){o=!0,h=l,a=!1,d+=f;continue}if(be(f)&&t.charAt(l)==="("){u.push(d),d="";let m=new n(f,u);u.push(m),l=n.#i(t,m,l,i);continue}if(f==="|"){u.push(d),d="",c.push(u),u=new n(null,e);continue}if(f===")")return d===""&&e.#r.length===0&&(e.#f=!0),u.push(d),d="",e.push(...c,u),l;d+=f}return e.type=null,e.#s=void 0,e.#r=[t.substring(s-1)],l}static fromGlob(t,e={}){let s=new n(null,void 0,e);return n.#i(t,s,0,e),s}toMMPattern(){if(this!==this.#t)return this.#t.toMMPattern();let t=this.toString(),[e,s,i,r]=this.toRegExpSource();if(!(i||this.#s||this.#h.nocase&&!this.#h.nocaseMagicOnly&&t.toUpperCase()!==t.toLowerCase()))return s;let h=(this.#h.nocase?"i":"")+(r?"u":"");return Object.assign(new RegExp(`^${e}$`,h),{_src:e,_glob:t})}get options(){return this.#h}toRegExpSource(t){let e=t??!!this.#h.dot;if(this.#t===this&&this.#a(),!this.type){let a=this.isStart()&&this.isEnd()&&!this.#r.some(f=>typeof f!="string"),l=this.#r.map(f=>{let[m,p,w,g]=typeof f=="string"?n.#E(f,this.#s,a):f.toRegExpSource(t);return this.#s=this.#s||w,this.#n=this.#n||g,m}).join(""),u="";if(this.isStart()&&typeof this.#r[0]=="string"&&!(this.#r.length===1&&Ts.has(this.#r[0]))){let m=Cs,p=e&&m.has(l.charAt(0))||l.startsWith("\\.")&&m.has(l.charAt(2))||l.startsWith("\\.\\.")&&m.has(l.charAt(4)),w=!e&&!t&&m.has(l.charAt(0));u=p?vs:w?Ct:""}let c="";return this.isEnd()&&this.#t.#c&&this.#o?.type==="!"&&(c="(?:$|\\/)"),[u+l+c,W(l),this.#s=!!this.#s,this.#n]}let s=this.type==="*"||this.type==="+",i=this.type==="!"?"(?:(?!(?:":"(?:",r=this.#d(e);if(this.isStart()&&this.isEnd()&&!r&&this.type!=="!"){let a=this.toString();return this.#r=[a],this.type=null,this.#s=void 0,[a,W(this.toString()),!1,!1]}let o=!s||t||e||!Ct?"":this.#d(!0);o===r&&(o=""),o&&(r=`(?:${r})(?:${o})*?`);let h="";if(this.type==="!"&&this.#f)h=(this.isStart()&&!e?Ct:"")+Ee;else{let a=this.type==="!"?"))"+(this.isStart()&&!e&&!t?Ct:"")+Se+")":this.type==="@"?")":this.type==="?"?")?":this.type==="+"&&o?")":this.type==="*"&&o?")?":`)${this.type}`;h=i+r+a}return[h,W(r),this.#s=!!this.#s,this.#n]}#d(t){return this.#r.map(e=>{if(typeof e=="string")throw new Error("string type in extglob ast??");let[s,i,r,o]=e.toRegExpSource(t);return this.#n=this.#n||o,s}).filter(e=>!(this.isStart()&&this.isEnd())||!!e).join("|")}static#E(t,e,s=!1){let i=!1,r="",o=!1,h=!1;for(let a=0;a<t.length;a++){let l=t.charAt(a);if(i){i=!1,r+=(As.has(l)?"\\":"")+l;continue}if(l==="*"){if(h)continue;h=!0,r+=s&&/^[*]+$/.test(t)?Ee:Se,e=!0;continue}else h=!1;if(l==="\\"){a===t.length-1?r+="\\\\":i=!0;continue}if(l==="["){let[u,c,d,f]=ye(t,a);if(d){r+=u,o=o||c,a+=d-1,e=e||f;continue}}if(l==="?"){r+=Kt,e=!0;continue}r+=ks(l)}return[r,W(t),!!e,o]}};var tt=(n,{windowsPathsNoEscape:t=!1,magicalBraces:e=!1}={})=>e?t?n.replace(/[?*()[\]{}]/g,"[$&]"):n.replace(/[?*()[\]\\{}]/g,"\\$&"):t?n.replace(/[?*()[\]]/g,"[$&]"):n.replace(/[?*()[\]\\]/g,"\\$&");var O=(n,t,e={})=>(at(t),!e.nocomment&&t.charAt(0)==="#"?!1:new D(t,e).match(n)),Rs=/^\*+([^+@!?\*\[\(]*)$/,Os=n=>t=>!t.startsWith(".")&&t.endsWith(n),Fs=n=>t=>t.endsWith(n),Ds=n=>(n=n.toLowerCase(),t=>!t.startsWith(".")&&t.toLowerCase().endsWith(n)),Ms=n=>(n=n.toLowerCase(),t=>t.toLowerCase().endsWith(n)),Ns=/^\*+\.\*+$/,_s=n=>!n.startsWith(".")&&n.includes("."),Ls=n=>n!=="."&&n!==".."&&n.includes("."),Ws=/^\.\*+$/,Ps=n=>n!=="."&&n!==".."&&n.startsWith("."),js=/^\*+$/,Is=n=>n.length!==0&&!n.startsWith("."),zs=n=>n.length!==0&&n!=="."&&n!=="..",Bs=/^\?+([^+@!?\*\[\(]*)?$/,Us=([n,t=""])=>{let e=Ce([n]);return t?(t=t.toLowerCase(),s=>e(s)&&s.toLowerCase().endsWith(t)):e},$s=([n,t=""])=>{let e=Te([n]);return t?(t=t.toLowerCase(),s=>e(s)&&s.toLowerCase().endsWith(t)):e},Gs=([n,t=""])=>{let e=Te([n]);return t?s=>e(s)&&s.endsWith(t):e},Hs=([n,t=""])=>{let e=Ce([n]);return t?s=>e(s)&&s.endsWith(t):e},Ce=([n])=>{let t=n.length;return e=>e.length===t&&!e.startsWith(".")},Te=([n])=>{let t=n.length;return e=>e.length===t&&e!=="."&&e!==".."},Ae=typeof process=="object"&&process?typeof process.env=="object"&&process.env&&process.env.__MINIMATCH_TESTING_PLATFORM__||process.platform:"posix",xe={win32:{sep:"\\"},posix:{sep:"/"}},qs=Ae==="win32"?xe.win32.sep:xe.posix.sep;O.sep=qs;var A=Symbol("globstar **");O.GLOBSTAR=A;var Ks="[^/]",Vs=Ks+"*?",Ys="(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?",Xs="(?:(?!(?:\\/|^)\\.).)*?",Js=(n,t={})=>e=>O(e,n,t);O.filter=Js;var N=(n,t={})=>Object.assign({},n,t),Zs=n=>{if(!n||typeof n!="object"||!Object.keys(n).length)return O;let t=O;return Object.assign((s,i,r={})=>t(s,i,N(n,r)),{Minimatch:class extends t.Minimatch{constructor(i,r={}){super(i,N(n,r))}static defaults(i){return t.defaults(N(n,i)).Minimatch}},AST:class extends t.AST{constructor(i,r,o={}){super(i,r,N(n,o))}static fromGlob(i,r={}){return t.AST.fromGlob(i,N(n,r))}},unescape:(s,i={})=>t.unescape(s,N(n,i)),escape:(s,i={})=>t.escape(s,N(n,i)),filter:(s,i={})=>t.filter(s,N(n,i)),defaults:s=>t.defaults(N(n,s)),makeRe:(s,i={})=>t.makeRe(s,N(n,i)),braceExpand:(s,i={})=>t.braceExpand(s,N(n,i)),match:(s,i,r={})=>t.match(s,i,N(n,r)),sep:t.sep,GLOBSTAR:A})};O.defaults=Zs;var ke=(n,t={})=>(at(n),t.nobrace||!/\{(?:(?!\{).)*\}/.test(n)?[n]:ge(n,{max:t.braceExpandMax}));O.braceExpand=ke;var Qs=(n,t={})=>new D(n,t).makeRe();O.makeRe=Qs;var ti=(n,t,e={})=>{let s=new D(t,e);return n=n.filter(i=>s.match(i)),s.options.nonull&&!n.length&&n.push(t),n};O.match=ti;var ve=/[?*]|[+@!]\(.*?\)|\[|\]/,ei=n=>n.replace(/[-[\]{}()*+?.,\\^$|#\s]/g,"\\$&"),D=class{options;set;pattern;windowsPathsNoEscape;nonegate;negate;comment;empty;preserveMultipleSlashes;partial;globSet;globParts;nocase;isWindows;platform;windowsNoMagicRoot;regexp;constructor(t,e={}){at(t),e=e||{},this.options=e,this.pattern=t,this.platform=e.platform||Ae,this.isWindows=this.platform==="win32";let s="allowWindowsEscape";this.windowsPathsNoEscape=!!e.windowsPathsNoEscape||e[s]===!1,this.windowsPathsNoEscape&&(this.pattern=this.pattern.replace(/\\/g,"/")),this.preserveMultipleSlashes=!!e.preserveMultipleSlashes,this.regexp=null,this.negate=!1,this.nonegate=!!e.nonegate,this.comment=!1,this.empty=!1,this.partial=!!e.partial,this.nocase=!!this.options.nocase,this.windowsNoMagicRoot=e.windowsNoMagicRoot!==void 0?e.windowsNoMagicRoot:!!(this.isWindows&&this.nocase),this.globSet=[],this.globParts=[],this.set=[],this.make()}hasMagic(){if(this.options.magicalBraces&&this.set.length>1)return!0;for(let t of this.set)for(let e of t)if(typeof e!="string")return!0;return!1}debug(...t){}make(){let t=this.pattern,e=this.options;if(!e.nocomment&&t.charAt(0)==="#"){this.comment=!0;return}if(!t){this.empty=!0;return}this.parseNegate(),this.globSet=[...new Set(this.braceExpand())],e.debug&&(this.debug=(...r)=>console.error(...r)),this.debug(this.pattern,this.globSet);let s=this.globSet.map(r=>this.slashSplit(r));this.globParts=this.preprocess(s),this.debug(this.pattern,this.globParts);let i=this.globParts.map((r,o,h)=>{if(this.isWindows&&this.windowsNoMagicRoot){let a=r[0]===""&&r[1]===""&&(r[2]==="?"||!ve.test(r[2]))&&!ve.test(r[3]),l=/^[a-z]:/i.test(r[0]);if(a)return[...r.slice(0,4),...r.slice(4).map(u=>this.parse(u))];if(l)return[r[0],...r.slice(1).map(u=>this.parse(u))]}return r.map(a=>this.parse(a))});if(this.debug(this.pattern,i),this.set=i.filter(r=>r.indexOf(!1)===-1),this.isWindows)for(let r=0;r<this.set.length;r++){let o=this.set[r];o[0]===""&&o[1]===""&&this.globParts[r][2]==="?"&&typeof o[3]=="string"&&/^[a-z]:$/i.test(o[3])&&(o[2]="?")}this.debug(this.pattern,this.set)}preprocess(t){if(this.options.noglobstar)for(let s=0;s<t.length;s++)for(let i=0;i<t[s].length;i++)t[s][i]==="**"&&(t[s][i]="*");let{optimizationLevel:e=1}=this.options;return e>=2?(t=this.firstPhasePreProcess(t),t=this.secondPhasePreProcess(t)):e>=1?t=this.levelOneOptimize(t):t=this.adjascentGlobstarOptimize(t),t}adjascentGlobstarOptimize(t){return t.map(e=>{let s=-1;for(;(s=e.indexOf("**",s+1))!==-1;){let i=s;for(;e[i+1]==="**";)i++;i!==s&&e.splice(s,i-s)}return e})}levelOneOptimize(t){return t.map(e=>(e=e.reduce((s,i)=>{let r=s[s.length-1];return i==="**"&&r==="**"?s:i===".."&&r&&r!==".."&&r!=="."&&r!=="**"?(s.pop(),s):(s.push(i),s)},[]),e.length===0?[""]:e))}levelTwoFileOptimize(t){Array.isArray(t)||(t=this.slashSplit(t));let e=!1;do{if(e=!1,!this.preserveMultipleSlashes){for(let i=1;i<t.length-1;i++){let r=t[i];i===1&&r===""&&t[0]===""||(r==="."||r==="")&&(e=!0,t.splice(i,1),i--)}t[0]==="."&&t.length===2&&(t[1]==="."||t[1]==="")&&(e=!0,t.pop())}let s=0;for(;(s=t.indexOf("..",s+1))!==-1;){let i=t[s-1];i&&i!=="."&&i!==".."&&i!=="**"&&(e=!0,t.splice(s-1,2),s-=2)}}while(e);return t.length===0?[""]:t}firstPhasePreProcess(t){let e=!1;do{e=!1;for(let s of t){let i=-1;for(;(i=s.indexOf("**",i+1))!==-1;){let o=i;for(;s[o+1]==="**";)o++;o>i&&s.splice(i+1,o-i);let h=s[i+1],a=s[i+2],l=s[i+3];if(h!==".."||!a||a==="."||a===".."||!l||l==="."||l==="..")continue;e=!0,s.splice(i,1);let u=s.slice(0);u[i]="**",t.push(u),i--}if(!this.preserveMultipleSlashes){for(let o=1;o<s.length-1;o++){let h=s[o];o===1&&h===""&&s[0]===""||(h==="."||h==="")&&(e=!0,s.splice(o,1),o--)}s[0]==="."&&s.length===2&&(s[1]==="."||s[1]==="")&&(e=!0,s.pop())}let r=0;for(;(r=s.indexOf("..",r+1))!==-1;){let o=s[r-1];if(o&&o!=="."&&o!==".."&&o!=="**"){e=!0;let a=r===1&&s[r+1]==="**"?["."]:[];s.splice(r-1,2,...a),s.length===0&&s.push(""),r-=2}}}}while(e);return t}secondPhasePreProcess(t){for(let e=0;e<t.length-1;e++)for(let s=e+1;s<t.length;s++){let i=this.partsMatch(t[e],t[s],!this.preserveMultipleSlashes);if(i){t[e]=[],t[s]=i;break}}return t.filter(e=>e.length)}partsMatch(t,e,s=!1){let i=0,r=0,o=[],h="";for(;i<t.length&&r<e.length;)if(t[i]===e[r])o.push(h==="b"?e[r]:t[i]),i++,r++;else if(s&&t[i]==="**"&&e[r]===t[i+1])o.push(t[i]),i++;else if(s&&e[r]==="**"&&t[i]===e[r+1])o.push(e[r]),r++;else if(t[i]==="*"&&e[r]&&(this.options.dot||!e[r].startsWith("."))&&e[r]!=="**"){if(h==="b")return!1;h="a",o.push(t[i]),i++,r++}else if(e[r]==="*"&&t[i]&&(this.options.dot||!t[i].startsWith("."))&&t[i]!=="**"){if(h==="a")return!1;h="b",o.push(e[r]),i++,r++}else return!1;return t.length===e.length&&o}parseNegate(){if(this.nonegate)return;let t=this.pattern,e=!1,s=0;for(let i=0;i<t.length&&t.charAt(i)==="!";i++)e=!e,s++;s&&(this.pattern=t.slice(s)),this.negate=e}matchOne(t,e,s=!1){let i=this.options;if(this.isWindows){let p=typeof t[0]=="string"&&/^[a-z]:$/i.test(t[0]),w=!p&&t[0]===""&&t[1]===""&&t[2]==="?"&&/^[a-z]:$/i.test(t[3]),g=typeof e[0]=="string"&&/^[a-z]:$/i.test(e[0]),S=!g&&e[0]===""&&e[1]===""&&e[2]==="?"&&typeof e[3]=="string"&&/^[a-z]:$/i.test(e[3]),E=w?3:p?0:void 0,y=S?3:g?0:void 0;if(typeof E=="number"&&typeof y=="number"){let[b,z]=[t[E],e[y]];b.toLowerCase()===z.toLowerCase()&&(e[y]=b,y>E?e=e.slice(y):E>y&&(t=t.slice(E)))}}let{optimizationLevel:r=1}=this.options;r>=2&&(t=this.levelTwoFileOptimize(t)),this.debug("matchOne",this,{file:t,pattern:e}),this.debug("matchOne",t.length,e.length);for(var o=0,h=0,a=t.length,l=e.length;o<a&&h<l;o++,h++){this.debug("matchOne loop");var u=e[h],c=t[o];if(this.debug(e,u,c),u===!1)return!1;if(u===A){this.debug("GLOBSTAR",[e,u,c]);var d=o,f=h+1;if(f===l){for(this.debug("** at the end");o<a;o++)if(t[o]==="."||t[o]===".."||!i.dot&&t[o].charAt(0)===".")return!1;return!0}for(;d<a;){var m=t[d];if(this.debug(`
globstar while`,t,d,e,f,m),this.matchOne(t.slice(d),e.slice(f),s))return this.debug("globstar found match!",d,a,m),!0;if(m==="."||m===".."||!i.dot&&m.charAt(0)==="."){this.debug("dot detected!",t,d,e,f);break}this.debug("globstar swallow a segment, and continue"),d++}return!!(s&&(this.debug(`
>>> no match, partial?`,t,d,e,f),d===a))}let p;if(typeof u=="string"?(p=c===u,this.debug("string match",u,c,p)):(p=u.test(c),this.debug("pattern match",u,c,p)),!p)return!1}if(o===a&&h===l)return!0;if(o===a)return s;if(h===l)return o===a-1&&t[o]==="";throw new Error("wtf?")}braceExpand(){return ke(this.pattern,this.options)}parse(t){at(t);let e=this.options;if(t==="**")return A;if(t==="")return"";let s,i=null;(s=t.match(js))?i=e.dot?zs:Is:(s=t.match(Rs))?i=(e.nocase?e.dot?Ms:Ds:e.dot?Fs:Os)(s[1]):(s=t.match(Bs))?i=(e.nocase?e.dot?$s:Us:e.dot?Gs:Hs)(s):(s=t.match(Ns))?i=e.dot?Ls:_s:(s=t.match(Ws))&&(i=Ps);let r=Q.fromGlob(t,this.options).toMMPattern();return i&&typeof r=="object"&&Reflect.defineProperty(r,"test",{value:i}),r}makeRe(){if(this.regexp||this.regexp===!1)return this.regexp;let t=this.set;if(!t.length)return this.regexp=!1,this.regexp;let e=this.options,s=e.noglobstar?Vs:e.dot?Ys:Xs,i=new Set(e.nocase?["i"]:[]),r=t.map(a=>{let l=a.map(c=>{if(c instanceof RegExp)for(let d of c.flags.split(""))i.add(d);return typeof c=="string"?ei(c):c===A?A:c._src});l.forEach((c,d)=>{let f=l[d+1],m=l[d-1];c!==A||m===A||(m===void 0?f!==void 0&&f!==A?l[d+1]="(?:\\/|"+s+"\\/)?"+f:l[d]=s:f===void 0?l[d-1]=m+"(?:\\/|\\/"+s+")?":f!==A&&(l[d-1]=m+"(?:\\/|\\/"+s+"\\/)"+f,l[d+1]=A))});let u=l.filter(c=>c!==A);if(this.partial&&u.length>=1){let c=[];for(let d=1;d<=u.length;d++)c.push(u.slice(0,d).join("/"));return"(?:"+c.join("|")+")"}return u.join("/")}).join("|"),[o,h]=t.length>1?["(?:",")"]:["",""];r="^"+o+r+h+"$",this.partial&&(r="^(?:\\/|"+o+r.slice(1,-1)+h+")$"),this.negate&&(r="^(?!"+r+").+$");try{this.regexp=new RegExp(r,[...i].join(""))}catch{this.regexp=!1}return this.regexp}slashSplit(t){return this.preserveMultipleSlashes?t.split("/"):this.isWindows&&/^\/\/[^\/]+/.test(t)?["",...t.split(/\/+/)]:t.split(/\/+/)}match(t,e=this.partial){if(this.debug("match",t,this.pattern),this.comment)return!1;if(this.empty)return t==="";if(t==="/"&&e)return!0;let s=this.options;this.isWindows&&(t=t.split("\\").join("/"));let i=this.slashSplit(t);this.debug(this.pattern,"split",i);let r=this.set;this.debug(this.pattern,"set",r);let o=i[i.length-1];if(!o)for(let h=i.length-2;!o&&h>=0;h--)o=i[h];for(let h=0;h<r.length;h++){let a=r[h],l=i;if(s.matchBase&&a.length===1&&(l=[o]),this.matchOne(l,a,e))return s.flipNegate?!0:!this.negate}return s.flipNegate?!1:this.negate}static defaults(t){return O.defaults(t).Minimatch}};O.AST=Q;O.Minimatch=D;O.escape=tt;O.unescape=W;var si=typeof performance=="object"&&performance&&typeof performance.now=="function"?performance:Date,Oe=new Set,Vt=typeof process=="object"&&process?process:{},Fe=(n,t,e,s)=>{typeof Vt.emitWarning=="function"?Vt.emitWarning(n,t,e,s):console.error(`[${e}] ${t}: ${n}`)},At=globalThis.AbortController,Re=globalThis.AbortSignal;if(typeof At>"u"){Re=class{onabort;_onabort=[];reason;aborted=!1;addEventListener(e,s){this._onabort.push(s)}},At=class{constructor(){t()}signal=new Re;abort(e){if(!this.signal.aborted){this.signal.reason=e,this.signal.aborted=!0;for(let s of this.signal._onabort)s(e);this.signal.onabort?.(e)}}};let n=Vt.env?.LRU_CACHE_IGNORE_AC_WARNING!=="1",t=()=>{n&&(n=!1,Fe("AbortController is not defined. If using lru-cache in node 14, load an AbortController polyfill from the `node-abort-controller` package. A minimal polyfill is provided for use by LRUCache.fetch(), but it should not be relied upon in other contexts (eg, passing it to other APIs that use AbortController/AbortSignal might have undesirable effects). You may disable this with LRU_CACHE_IGNORE_AC_WARNING=1 in the env.","NO_ABORT_CONTROLLER","ENOTSUP",t))}}var ii=n=>!Oe.has(n);var q=n=>n&&n===Math.floor(n)&&n>0&&isFinite(n),De=n=>q(n)?n<=Math.pow(2,8)?Uint8Array:n<=Math.pow(2,16)?Uint16Array:n<=Math.pow(2,32)?Uint32Array:n<=Number.MAX_SAFE_INTEGER?Tt:null:null,Tt=class extends Array{constructor(n){super(n),this.fill(0)}},ri=class ct{heap;length;static#t=!1;static create(t){let e=De(t);if(!e)return[];ct.#t=!0;let s=new ct(t,e);return ct.#t=!1,s}constructor(t,e){if(!ct.#t)throw new TypeError("instantiate Stack using Stack.create(n)");this.heap=new e(t),this.length=0}push(t){this.heap[this.length++]=t}pop(){return this.heap[--this.length]}},ft=class Me{#t;#s;#n;#r;#o;#S;#w;#c;get perf(){return this.#c}ttl;ttlResolution;ttlAutopurge;updateAgeOnGet;updateAgeOnHas;allowStale;noDisposeOnSet;noUpdateTTL;maxEntrySize;sizeCalculation;noDeleteOnFetchRejection;noDeleteOnStaleGet;allowStaleOnFetchAbort;allowStaleOnFetchRejection;ignoreFetchAbort;#h;#u;#f;#a;#i;#d;#E;#b;#p;#R;#m;#C;#T;#g;#y;#x;#A;#e;#_;static unsafeExposeInternals(t){return{starts:t.#T,ttls:t.#g,autopurgeTimers:t.#y,sizes:t.#C,keyMap:t.#f,keyList:t.#a,valList:t.#i,next:t.#d,prev:t.#E,get head(){return t.#b},get tail(){return t.#p},free:t.#R,isBackgroundFetch:e=>t.#l(e),backgroundFetch:(e,s,i,r)=>t.#U(e,s,i,r),moveToTail:e=>t.#W(e),indexes:e=>t.#F(e),rindexes:e=>t.#D(e),isStale:e=>t.#v(e)}}get max(){return this.#t}get maxSize(){return this.#s}get calculatedSize(){return this.#u}get size(){return this.#h}get fetchMethod(){return this.#S}get memoMethod(){return this.#w}get dispose(){return this.#n}get onInsert(){return this.#r}get disposeAfter(){return this.#o}constructor(t){let{max:e=0,ttl:s,ttlResolution:i=1,ttlAutopurge:r,updateAgeOnGet:o,updateAgeOnHas:h,allowStale:a,dispose:l,onInsert:u,disposeAfter:c,noDisposeOnSet:d,noUpdateTTL:f,maxSize:m=0,maxEntrySize:p=0,sizeCalculation:w,fetchMethod:g,memoMethod:S,noDeleteOnFetchRejection:E,noDeleteOnStaleGet:y,allowStaleOnFetchRejection:b,allowStaleOnFetchAbort:z,ignoreFetchAbort:$,perf:J}=t;if(J!==void 0&&typeof J?.now!="function")throw new TypeError("perf option must have a now() method if specified");if(this.#c=J??si,e!==0&&!q(e))throw new TypeError("max option must be a nonnegative integer");let Z=e?De(e):Array;if(!Z)throw new Error("invalid max value: "+e);if(this.#t=e,this.#s=m,this.maxEntrySize=p||this.#s,this.sizeCalculation=w,this.sizeCalculation){if(!this.#s&&!this.maxEntrySize)throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");if(typeof this.sizeCalculation!="function")throw new TypeError("sizeCalculation set to non-function")}if(S!==void 0&&typeof S!="function")throw new TypeError("memoMethod must be a function if defined");if(this.#w=S,g!==void 0&&typeof g!="function")throw new TypeError("fetchMethod must be a function if specified");if(this.#S=g,this.#A=!!g,this.#f=new Map,this.#a=new Array(e).fill(void 0),this.#i=new Array(e).fill(void 0),this.#d=new Z(e),this.#E=new Z(e),this.#b=0,this.#p=0,this.#R=ri.create(e),this.#h=0,this.#u=0,typeof l=="function"&&(this.#n=l),typeof u=="function"&&(this.#r=u),typeof c=="function"?(this.#o=c,this.#m=[]):(this.#o=void 0,this.#m=void 0),this.#x=!!this.#n,this.#_=!!this.#r,this.#e=!!this.#o,this.noDisposeOnSet=!!d,this.noUpdateTTL=!!f,this.noDeleteOnFetchRejection=!!E,this.allowStaleOnFetchRejection=!!b,this.allowStaleOnFetchAbort=!!z,this.ignoreFetchAbort=!!$,this.maxEntrySize!==0){if(this.#s!==0&&!q(this.#s))throw new TypeError("maxSize must be a positive integer if specified");if(!q(this.maxEntrySize))throw new TypeError("maxEntrySize must be a positive integer if specified");this.#G()}if(this.allowStale=!!a,this.noDeleteOnStaleGet=!!y,this.updateAgeOnGet=!!o,this.updateAgeOnHas=!!h,this.ttlResolution=q(i)||i===0?i:1,this.ttlAutopurge=!!r,this.ttl=s||0,this.ttl){if(!q(this.ttl))throw new TypeError("ttl must be a positive integer if specified");this.#M()}if(this.#t===0&&this.ttl===0&&this.#s===0)throw new TypeError("At least one of max, maxSize, or ttl is required");if(!this.ttlAutopurge&&!this.#t&&!this.#s){let $t="LRU_CACHE_UNBOUNDED";ii($t)&&(Oe.add($t),Fe("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.","UnboundedCacheWarning",$t,Me))}}getRemainingTTL(t){return this.#f.has(t)?1/0:0}#M(){let t=new Tt(this.#t),e=new Tt(this.#t);this.#g=t,this.#T=e;let s=this.ttlAutopurge?new Array(this.#t):void 0;this.#y=s,this.#j=(o,h,a=this.#c.now())=>{if(e[o]=h!==0?a:0,t[o]=h,s?.[o]&&(clearTimeout(s[o]),s[o]=void 0),h!==0&&s){let l=setTimeout(()=>{this.#v(o)&&this.#O(this.#a[o],"expire")},h+1);l.unref&&l.unref(),s[o]=l}},this.#k=o=>{e[o]=t[o]!==0?this.#c.now():0},this.#N=(o,h)=>{if(t[h]){let a=t[h],l=e[h];if(!a||!l)return;o.ttl=a,o.start=l,o.now=i||r();let u=o.now-l;o.remainingTTL=a-u}};let i=0,r=()=>{let o=this.#c.now();if(this.ttlResolution>0){i=o;let h=setTimeout(()=>i=0,this.ttlResolution);h.unref&&h.unref()}return o};this.getRemainingTTL=o=>{let h=this.#f.get(o);if(h===void 0)return 0;let a=t[h],l=e[h];if(!a||!l)return 1/0;let u=(i||r())-l;return a-u},this.#v=o=>{let h=e[o],a=t[o];return!!a&&!!h&&(i||r())-h>a}}#k=()=>{};#N=()=>{};#j=()=>{};#v=()=>!1;#G(){let t=new Tt(this.#t);this.#u=0,this.#C=t,this.#P=e=>{this.#u-=t[e],t[e]=0},this.#I=(e,s,i,r)=>{if(this.#l(s))return 0;if(!q(i))if(r){if(typeof r!="function")throw new TypeError("sizeCalculation must be a function");if(i=r(s,e),!q(i))throw new TypeError("sizeCalculation return invalid (expect positive integer)")}else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.");return i},this.#L=(e,s,i)=>{if(t[e]=s,this.#s){let r=this.#s-t[e];for(;this.#u>r;)this.#B(!0)}this.#u+=t[e],i&&(i.entrySize=s,i.totalCalculatedSize=this.#u)}}#P=t=>{};#L=(t,e,s)=>{};#I=(t,e,s,i)=>{if(s||i)throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");return 0};*#F({allowStale:t=this.allowStale}={}){if(this.#h)for(let e=this.#p;!(!this.#z(e)||((t||!this.#v(e))&&(yield e),e===this.#b));)e=this.#E[e]}*#D({allowStale:t=this.allowStale}={}){if(this.#h)for(let e=this.#b;!(!this.#z(e)||((t||!this.#v(e))&&(yield e),e===this.#p));)e=this.#d[e]}#z(t){return t!==void 0&&this.#f.get(this.#a[t])===t}*entries(){for(let t of this.#F())this.#i[t]!==void 0&&this.#a[t]!==void 0&&!this.#l(this.#i[t])&&(yield[this.#a[t],this.#i[t]])}*rentries(){for(let t of this.#D())this.#i[t]!==void 0&&this.#a[t]!==void 0&&!this.#l(this.#i[t])&&(yield[this.#a[t],this.#i[t]])}*keys(){for(let t of this.#F()){let e=this.#a[t];e!==void 0&&!this.#l(this.#i[t])&&(yield e)}}*rkeys(){for(let t of this.#D()){let e=this.#a[t];e!==void 0&&!this.#l(this.#i[t])&&(yield e)}}*values(){for(let t of this.#F())this.#i[t]!==void 0&&!this.#l(this.#i[t])&&(yield this.#i[t])}*rvalues(){for(let t of this.#D())this.#i[t]!==void 0&&!this.#l(this.#i[t])&&(yield this.#i[t])}[Symbol.iterator](){return this.entries()}[Symbol.toStringTag]="LRUCache";find(t,e={}){for(let s of this.#F()){let i=this.#i[s],r=this.#l(i)?i.__staleWhileFetching:i;if(r!==void 0&&t(r,this.#a[s],this))return this.get(this.#a[s],e)}}forEach(t,e=this){for(let s of this.#F()){let i=this.#i[s],r=this.#l(i)?i.__staleWhileFetching:i;r!==void 0&&t.call(e,r,this.#a[s],this)}}rforEach(t,e=this){for(let s of this.#D()){let i=this.#i[s],r=this.#l(i)?i.__staleWhileFetching:i;r!==void 0&&t.call(e,r,this.#a[s],this)}}purgeStale(){let t=!1;for(let e of this.#D({allowStale:!0}))this.#v(e)&&(this.#O(this.#a[e],"expire"),t=!0);return t}info(t){let e=this.#f.get(t);if(e===void 0)return;let s=this.#i[e],i=this.#l(s)?s.__staleWhileFetching:s;if(i===void 0)return;let r={value:i};if(this.#g&&this.#T){let o=this.#g[e],h=this.#T[e];if(o&&h){let a=o-(this.#c.now()-h);r.ttl=a,r.start=Date.now()}}return this.#C&&(r.size=this.#C[e]),r}dump(){let t=[];for(let e of this.#F({allowStale:!0})){let s=this.#a[e],i=this.#i[e],r=this.#l(i)?i.__staleWhileFetching:i;if(r===void 0||s===void 0)continue;let o={value:r};if(this.#g&&this.#T){o.ttl=this.#g[e];let h=this.#c.now()-this.#T[e];o.start=Math.floor(Date.now()-h)}this.#C&&(o.size=this.#C[e]),t.unshift([s,o])}return t}load(t){this.clear();for(let[e,s]of t){if(s.start){let i=Date.now()-s.start;s.start=this.#c.now()-i}this.set(e,s.value,s)}}set(t,e,s={}){if(e===void 0)return this.delete(t),this;let{ttl:i=this.ttl,start:r,noDisposeOnSet:o=this.noDisposeOnSet,sizeCalculation:h=this.sizeCalculation,status:a}=s,{noUpdateTTL:l=this.noUpdateTTL}=s,u=this.#I(t,e,s.size||0,h);if(this.maxEntrySize&&u>this.maxEntrySize)return a&&(a.set="miss",a.maxEntrySizeExceeded=!0),this.#O(t,"set"),this;let c=this.#h===0?void 0:this.#f.get(t);if(c===void 0)c=this.#h===0?this.#p:this.#R.length!==0?this.#R.pop():this.#h===this.#t?this.#B(!1):this.#h,this.#a[c]=t,this.#i[c]=e,this.#f.set(t,c),this.#d[this.#p]=c,this.#E[c]=this.#p,this.#p=c,this.#h++,this.#L(c,u,a),a&&(a.set="add"),l=!1,this.#_&&this.#r?.(e,t,"add");else{this.#W(c);let d=this.#i[c];if(e!==d){if(this.#A&&this.#l(d)){d.__abortController.abort(new Error("replaced"));let{__staleWhileFetching:f}=d;f!==void 0&&!o&&(this.#x&&this.#n?.(f,t,"set"),this.#e&&this.#m?.push([f,t,"set"]))}else o||(this.#x&&this.#n?.(d,t,"set"),this.#e&&this.#m?.push([d,t,"set"]));if(this.#P(c),this.#L(c,u,a),this.#i[c]=e,a){a.set="replace";let f=d&&this.#l(d)?d.__staleWhileFetching:d;f!==void 0&&(a.oldValue=f)}}else a&&(a.set="update");this.#_&&this.onInsert?.(e,t,e===d?"update":"replace")}if(i!==0&&!this.#g&&this.#M(),this.#g&&(l||this.#j(c,i,r),a&&this.#N(a,c)),!o&&this.#e&&this.#m){let d=this.#m,f;for(;f=d?.shift();)this.#o?.(...f)}return this}pop(){try{for(;this.#h;){let t=this.#i[this.#b];if(this.#B(!0),this.#l(t)){if(t.__staleWhileFetching)return t.__staleWhileFetching}else if(t!==void 0)return t}}finally{if(this.#e&&this.#m){let t=this.#m,e;for(;e=t?.shift();)this.#o?.(...e)}}}#B(t){let e=this.#b,s=this.#a[e],i=this.#i[e];return this.#A&&this.#l(i)?i.__abortController.abort(new Error("evicted")):(this.#x||this.#e)&&(this.#x&&this.#n?.(i,s,"evict"),this.#e&&this.#m?.push([i,s,"evict"])),this.#P(e),this.#y?.[e]&&(clearTimeout(this.#y[e]),this.#y[e]=void 0),t&&(this.#a[e]=void 0,this.#i[e]=void 0,this.#R.push(e)),this.#h===1?(this.#b=this.#p=0,this.#R.length=0):this.#b=this.#d[e],this.#f.delete(s),this.#h--,e}has(t,e={}){let{updateAgeOnHas:s=this.updateAgeOnHas,status:i}=e,r=this.#f.get(t);if(r!==void 0){let o=this.#i[r];if(this.#l(o)&&o.__staleWhileFetching===void 0)return!1;if(this.#v(r))i&&(i.has="stale",this.#N(i,r));else return s&&this.#k(r),i&&(i.has="hit",this.#N(i,r)),!0}else i&&(i.has="miss");return!1}peek(t,e={}){let{allowStale:s=this.allowStale}=e,i=this.#f.get(t);if(i===void 0||!s&&this.#v(i))return;let r=this.#i[i];return this.#l(r)?r.__staleWhileFetching:r}#U(t,e,s,i){let r=e===void 0?void 0:this.#i[e];if(this.#l(r))return r;let o=new At,{signal:h}=s;h?.addEventListener("abort",()=>o.abort(h.reason),{signal:o.signal});let a={signal:o.signal,options:s,context:i},l=(p,w=!1)=>{let{aborted:g}=o.signal,S=s.ignoreFetchAbort&&p!==void 0,E=s.ignoreFetchAbort||!!(s.allowStaleOnFetchAbort&&p!==void 0);if(s.status&&(g&&!w?(s.status.fetchAborted=!0,s.status.fetchError=o.signal.reason,S&&(s.status.fetchAbortIgnored=!0)):s.status.fetchResolved=!0),g&&!S&&!w)return c(o.signal.reason,E);let y=f,b=this.#i[e];return(b===f||S&&w&&b===void 0)&&(p===void 0?y.__staleWhileFetching!==void 0?this.#i[e]=y.__staleWhileFetching:this.#O(t,"fetch"):(s.status&&(s.status.fetchUpdated=!0),this.set(t,p,a.options))),p},u=p=>(s.status&&(s.status.fetchRejected=!0,s.status.fetchError=p),c(p,!1)),c=(p,w)=>{let{aborted:g}=o.signal,S=g&&s.allowStaleOnFetchAbort,E=S||s.allowStaleOnFetchRejection,y=E||s.noDeleteOnFetchRejection,b=f;if(this.#i[e]===f&&(!y||!w&&b.__staleWhileFetching===void 0?this.#O(t,"fetch"):S||(this.#i[e]=b.__staleWhileFetching)),E)return s.status&&b.__staleWhileFetching!==void 0&&(s.status.returnedStale=!0),b.__staleWhileFetching;if(b.__returned===b)throw p},d=(p,w)=>{let g=this.#S?.(t,r,a);g&&g instanceof Promise&&g.then(S=>p(S===void 0?void 0:S),w),o.signal.addEventListener("abort",()=>{(!s.ignoreFetchAbort||s.allowStaleOnFetchAbort)&&(p(void 0),s.allowStaleOnFetchAbort&&(p=S=>l(S,!0)))})};s.status&&(s.status.fetchDispatched=!0);let f=new Promise(d).then(l,u),m=Object.assign(f,{__abortController:o,__staleWhileFetching:r,__returned:void 0});return e===void 0?(this.set(t,m,{...a.options,status:void 0}),e=this.#f.get(t)):this.#i[e]=m,m}#l(t){if(!this.#A)return!1;let e=t;return!!e&&e instanceof Promise&&e.hasOwnProperty("__staleWhileFetching")&&e.__abortController instanceof At}async fetch(t,e={}){let{allowStale:s=this.allowStale,updateAgeOnGet:i=this.updateAgeOnGet,noDeleteOnStaleGet:r=this.noDeleteOnStaleGet,ttl:o=this.ttl,noDisposeOnSet:h=this.noDisposeOnSet,size:a=0,sizeCalculation:l=this.sizeCalculation,noUpdateTTL:u=this.noUpdateTTL,noDeleteOnFetchRejection:c=this.noDeleteOnFetchRejection,allowStaleOnFetchRejection:d=this.allowStaleOnFetchRejection,ignoreFetchAbort:f=this.ignoreFetchAbort,allowStaleOnFetchAbort:m=this.allowStaleOnFetchAbort,context:p,forceRefresh:w=!1,status:g,signal:S}=e;if(!this.#A)return g&&(g.fetch="get"),this.get(t,{allowStale:s,updateAgeOnGet:i,noDeleteOnStaleGet:r,status:g});let E={allowStale:s,updateAgeOnGet:i,noDeleteOnStaleGet:r,ttl:o,noDisposeOnSet:h,size:a,sizeCalculation:l,noUpdateTTL:u,noDeleteOnFetchRejection:c,allowStaleOnFetchRejection:d,allowStaleOnFetchAbort:m,ignoreFetchAbort:f,status:g,signal:S},y=this.#f.get(t);if(y===void 0){g&&(g.fetch="miss");let b=this.#U(t,y,E,p);return b.__returned=b}else{let b=this.#i[y];if(this.#l(b)){let Z=s&&b.__staleWhileFetching!==void 0;return g&&(g.fetch="inflight",Z&&(g.returnedStale=!0)),Z?b.__staleWhileFetching:b.__returned=b}let z=this.#v(y);if(!w&&!z)return g&&(g.fetch="hit"),this.#W(y),i&&this.#k(y),g&&this.#N(g,y),b;let $=this.#U(t,y,E,p),J=$.__staleWhileFetching!==void 0&&s;return g&&(g.fetch=z?"stale":"refresh",J&&z&&(g.returnedStale=!0)),J?$.__staleWhileFetching:$.__returned=$}}async forceFetch(t,e={}){let s=await this.fetch(t,e);if(s===void 0)throw new Error("fetch() returned undefined");return s}memo(t,e={}){let s=this.#w;if(!s)throw new Error("no memoMethod provided to constructor");let{context:i,forceRefresh:r,...o}=e,h=this.get(t,o);if(!r&&h!==void 0)return h;let a=s(t,h,{options:o,context:i});return this.set(t,a,o),a}get(t,e={}){let{allowStale:s=this.allowStale,updateAgeOnGet:i=this.updateAgeOnGet,noDeleteOnStaleGet:r=this.noDeleteOnStaleGet,status:o}=e,h=this.#f.get(t);if(h!==void 0){let a=this.#i[h],l=this.#l(a);return o&&this.#N(o,h),this.#v(h)?(o&&(o.get="stale"),l?(o&&s&&a.__staleWhileFetching!==void 0&&(o.returnedStale=!0),s?a.__staleWhileFetching:void 0):(r||this.#O(t,"expire"),o&&s&&(o.returnedStale=!0),s?a:void 0)):(o&&(o.get="hit"),l?a.__staleWhileFetching:(this.#W(h),i&&this.#k(h),a))}else o&&(o.get="miss")}#$(t,e){this.#E[e]=t,this.#d[t]=e}#W(t){t!==this.#p&&(t===this.#b?this.#b=this.#d[t]:this.#$(this.#E[t],this.#d[t]),this.#$(this.#p,t),this.#p=t)}delete(t){return this.#O(t,"delete")}#O(t,e){let s=!1;if(this.#h!==0){let i=this.#f.get(t);if(i!==void 0)if(this.#y?.[i]&&(clearTimeout(this.#y?.[i]),this.#y[i]=void 0),s=!0,this.#h===1)this.#H(e);else{this.#P(i);let r=this.#i[i];if(this.#l(r)?r.__abortController.abort(new Error("deleted")):(this.#x||this.#e)&&(this.#x&&this.#n?.(r,t,e),this.#e&&this.#m?.push([r,t,e])),this.#f.delete(t),this.#a[i]=void 0,this.#i[i]=void 0,i===this.#p)this.#p=this.#E[i];else if(i===this.#b)this.#b=this.#d[i];else{let o=this.#E[i];this.#d[o]=this.#d[i];let h=this.#d[i];this.#E[h]=this.#E[i]}this.#h--,this.#R.push(i)}}if(this.#e&&this.#m?.length){let i=this.#m,r;for(;r=i?.shift();)this.#o?.(...r)}return s}clear(){return this.#H("delete")}#H(t){for(let e of this.#D({allowStale:!0})){let s=this.#i[e];if(this.#l(s))s.__abortController.abort(new Error("deleted"));else{let i=this.#a[e];this.#x&&this.#n?.(s,i,t),this.#e&&this.#m?.push([s,i,t])}}if(this.#f.clear(),this.#i.fill(void 0),this.#a.fill(void 0),this.#g&&this.#T){this.#g.fill(0),this.#T.fill(0);for(let e of this.#y??[])e!==void 0&&clearTimeout(e);this.#y?.fill(void 0)}if(this.#C&&this.#C.fill(0),this.#b=0,this.#p=0,this.#R.length=0,this.#u=0,this.#h=0,this.#e&&this.#m){let e=this.#m,s;for(;s=e?.shift();)this.#o?.(...s)}}};var Ne=typeof process=="object"&&process?process:{stdout:null,stderr:null},oi=n=>!!n&&typeof n=="object"&&(n instanceof V||n instanceof external_node_stream_namespaceObject||hi(n)||ai(n)),hi=n=>!!n&&typeof n=="object"&&n instanceof external_node_events_namespaceObject.EventEmitter&&typeof n.pipe=="function"&&n.pipe!==external_node_stream_namespaceObject.Writable.prototype.pipe,ai=n=>!!n&&typeof n=="object"&&n instanceof external_node_events_namespaceObject.EventEmitter&&typeof n.write=="function"&&typeof n.end=="function",G=Symbol("EOF"),H=Symbol("maybeEmitEnd"),K=Symbol("emittedEnd"),kt=Symbol("emittingEnd"),ut=Symbol("emittedError"),Rt=Symbol("closed"),_e=Symbol("read"),Ot=Symbol("flush"),Le=Symbol("flushChunk"),P=Symbol("encoding"),et=Symbol("decoder"),v=Symbol("flowing"),dt=Symbol("paused"),st=Symbol("resume"),C=Symbol("buffer"),F=Symbol("pipes"),T=Symbol("bufferLength"),Yt=Symbol("bufferPush"),Ft=Symbol("bufferShift"),k=Symbol("objectMode"),x=Symbol("destroyed"),Xt=Symbol("error"),Jt=Symbol("emitData"),We=Symbol("emitEnd"),Zt=Symbol("emitEnd2"),B=Symbol("async"),Qt=Symbol("abort"),Dt=Symbol("aborted"),pt=Symbol("signal"),Y=Symbol("dataListeners"),M=Symbol("discarded"),mt=n=>Promise.resolve().then(n),li=n=>n(),ci=n=>n==="end"||n==="finish"||n==="prefinish",fi=n=>n instanceof ArrayBuffer||!!n&&typeof n=="object"&&n.constructor&&n.constructor.name==="ArrayBuffer"&&n.byteLength>=0,ui=n=>!Buffer.isBuffer(n)&&ArrayBuffer.isView(n),Mt=class{src;dest;opts;ondrain;constructor(t,e,s){this.src=t,this.dest=e,this.opts=s,this.ondrain=()=>t[st](),this.dest.on("drain",this.ondrain)}unpipe(){this.dest.removeListener("drain",this.ondrain)}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end()}},te=class extends Mt{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe()}constructor(t,e,s){super(t,e,s),this.proxyErrors=i=>this.dest.emit("error",i),t.on("error",this.proxyErrors)}},di=n=>!!n.objectMode,pi=n=>!n.objectMode&&!!n.encoding&&n.encoding!=="buffer",V=class extends external_node_events_namespaceObject.EventEmitter{[v]=!1;[dt]=!1;[F]=[];[C]=[];[k];[P];[B];[et];[G]=!1;[K]=!1;[kt]=!1;[Rt]=!1;[ut]=null;[T]=0;[x]=!1;[pt];[Dt]=!1;[Y]=0;[M]=!1;writable=!0;readable=!0;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");di(e)?(this[k]=!0,this[P]=null):pi(e)?(this[P]=e.encoding,this[k]=!1):(this[k]=!1,this[P]=null),this[B]=!!e.async,this[et]=this[P]?new external_node_string_decoder_namespaceObject.StringDecoder(this[P]):null,e&&e.debugExposeBuffer===!0&&Object.defineProperty(this,"buffer",{get:()=>this[C]}),e&&e.debugExposePipes===!0&&Object.defineProperty(this,"pipes",{get:()=>this[F]});let{signal:s}=e;s&&(this[pt]=s,s.aborted?this[Qt]():s.addEventListener("abort",()=>this[Qt]()))}get bufferLength(){return this[T]}get encoding(){return this[P]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[k]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[B]}set async(t){this[B]=this[B]||!!t}[Qt](){this[Dt]=!0,this.emit("abort",this[pt]?.reason),this.destroy(this[pt]?.reason)}get aborted(){return this[Dt]}set aborted(t){}write(t,e,s){if(this[Dt])return!1;if(this[G])throw new Error("write after end");if(this[x])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),!0;typeof e=="function"&&(s=e,e="utf8"),e||(e="utf8");let i=this[B]?mt:li;if(!this[k]&&!Buffer.isBuffer(t)){if(ui(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(fi(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[k]?(this[v]&&this[T]!==0&&this[Ot](!0),this[v]?this.emit("data",t):this[Yt](t),this[T]!==0&&this.emit("readable"),s&&i(s),this[v]):t.length?(typeof t=="string"&&!(e===this[P]&&!this[et]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[P]&&(t=this[et].write(t)),this[v]&&this[T]!==0&&this[Ot](!0),this[v]?this.emit("data",t):this[Yt](t),this[T]!==0&&this.emit("readable"),s&&i(s),this[v]):(this[T]!==0&&this.emit("readable"),s&&i(s),this[v])}read(t){if(this[x])return null;if(this[M]=!1,this[T]===0||t===0||t&&t>this[T])return this[H](),null;this[k]&&(t=null),this[C].length>1&&!this[k]&&(this[C]=[this[P]?this[C].join(""):Buffer.concat(this[C],this[T])]);let e=this[_e](t||null,this[C][0]);return this[H](),e}[_e](t,e){if(this[k])this[Ft]();else{let s=e;t===s.length||t===null?this[Ft]():typeof s=="string"?(this[C][0]=s.slice(t),e=s.slice(0,t),this[T]-=t):(this[C][0]=s.subarray(t),e=s.subarray(0,t),this[T]-=t)}return this.emit("data",e),!this[C].length&&!this[G]&&this.emit("drain"),e}end(t,e,s){return typeof t=="function"&&(s=t,t=void 0),typeof e=="function"&&(s=e,e="utf8"),t!==void 0&&this.write(t,e),s&&this.once("end",s),this[G]=!0,this.writable=!1,(this[v]||!this[dt])&&this[H](),this}[st](){this[x]||(!this[Y]&&!this[F].length&&(this[M]=!0),this[dt]=!1,this[v]=!0,this.emit("resume"),this[C].length?this[Ot]():this[G]?this[H]():this.emit("drain"))}resume(){return this[st]()}pause(){this[v]=!1,this[dt]=!0,this[M]=!1}get destroyed(){return this[x]}get flowing(){return this[v]}get paused(){return this[dt]}[Yt](t){this[k]?this[T]+=1:this[T]+=t.length,this[C].push(t)}[Ft](){return this[k]?this[T]-=1:this[T]-=this[C][0].length,this[C].shift()}[Ot](t=!1){do;while(this[Le](this[Ft]())&&this[C].length);!t&&!this[C].length&&!this[G]&&this.emit("drain")}[Le](t){return this.emit("data",t),this[v]}pipe(t,e){if(this[x])return t;this[M]=!1;let s=this[K];return e=e||{},t===Ne.stdout||t===Ne.stderr?e.end=!1:e.end=e.end!==!1,e.proxyErrors=!!e.proxyErrors,s?e.end&&t.end():(this[F].push(e.proxyErrors?new te(this,t,e):new Mt(this,t,e)),this[B]?mt(()=>this[st]()):this[st]()),t}unpipe(t){let e=this[F].find(s=>s.dest===t);e&&(this[F].length===1?(this[v]&&this[Y]===0&&(this[v]=!1),this[F]=[]):this[F].splice(this[F].indexOf(e),1),e.unpipe())}addListener(t,e){return this.on(t,e)}on(t,e){let s=super.on(t,e);if(t==="data")this[M]=!1,this[Y]++,!this[F].length&&!this[v]&&this[st]();else if(t==="readable"&&this[T]!==0)super.emit("readable");else if(ci(t)&&this[K])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[ut]){let i=e;this[B]?mt(()=>i.call(this,this[ut])):i.call(this,this[ut])}return s}removeListener(t,e){return this.off(t,e)}off(t,e){let s=super.off(t,e);return t==="data"&&(this[Y]=this.listeners("data").length,this[Y]===0&&!this[M]&&!this[F].length&&(this[v]=!1)),s}removeAllListeners(t){let e=super.removeAllListeners(t);return(t==="data"||t===void 0)&&(this[Y]=0,!this[M]&&!this[F].length&&(this[v]=!1)),e}get emittedEnd(){return this[K]}[H](){!this[kt]&&!this[K]&&!this[x]&&this[C].length===0&&this[G]&&(this[kt]=!0,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[Rt]&&this.emit("close"),this[kt]=!1)}emit(t,...e){let s=e[0];if(t!=="error"&&t!=="close"&&t!==x&&this[x])return!1;if(t==="data")return!this[k]&&!s?!1:this[B]?(mt(()=>this[Jt](s)),!0):this[Jt](s);if(t==="end")return this[We]();if(t==="close"){if(this[Rt]=!0,!this[K]&&!this[x])return!1;let r=super.emit("close");return this.removeAllListeners("close"),r}else if(t==="error"){this[ut]=s,super.emit(Xt,s);let r=!this[pt]||this.listeners("error").length?super.emit("error",s):!1;return this[H](),r}else if(t==="resume"){let r=super.emit("resume");return this[H](),r}else if(t==="finish"||t==="prefinish"){let r=super.emit(t);return this.removeAllListeners(t),r}let i=super.emit(t,...e);return this[H](),i}[Jt](t){for(let s of this[F])s.dest.write(t)===!1&&this.pause();let e=this[M]?!1:super.emit("data",t);return this[H](),e}[We](){return this[K]?!1:(this[K]=!0,this.readable=!1,this[B]?(mt(()=>this[Zt]()),!0):this[Zt]())}[Zt](){if(this[et]){let e=this[et].end();if(e){for(let s of this[F])s.dest.write(e);this[M]||super.emit("data",e)}}for(let e of this[F])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[k]||(t.dataLength=0);let e=this.promise();return this.on("data",s=>{t.push(s),this[k]||(t.dataLength+=s.length)}),await e,t}async concat(){if(this[k])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[P]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(x,()=>e(new Error("stream destroyed"))),this.on("error",s=>e(s)),this.on("end",()=>t())})}[Symbol.asyncIterator](){this[M]=!1;let t=!1,e=async()=>(this.pause(),t=!0,{value:void 0,done:!0});return{next:()=>{if(t)return e();let i=this.read();if(i!==null)return Promise.resolve({done:!1,value:i});if(this[G])return e();let r,o,h=c=>{this.off("data",a),this.off("end",l),this.off(x,u),e(),o(c)},a=c=>{this.off("error",h),this.off("end",l),this.off(x,u),this.pause(),r({value:c,done:!!this[G]})},l=()=>{this.off("error",h),this.off("data",a),this.off(x,u),e(),r({done:!0,value:void 0})},u=()=>h(new Error("stream destroyed"));return new Promise((c,d)=>{o=d,r=c,this.once(x,u),this.once("error",h),this.once("end",l),this.once("data",a)})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[M]=!1;let t=!1,e=()=>(this.pause(),this.off(Xt,e),this.off(x,e),this.off("end",e),t=!0,{done:!0,value:void 0}),s=()=>{if(t)return e();let i=this.read();return i===null?e():{done:!1,value:i}};return this.once("end",e),this.once(Xt,e),this.once(x,e),{next:s,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[x])return t?this.emit("error",t):this.emit(x),this;this[x]=!0,this[M]=!0,this[C].length=0,this[T]=0;let e=this;return typeof e.close=="function"&&!this[Rt]&&e.close(),t?this.emit("error",t):this.emit(x),this}static get isStream(){return oi}};var vi=external_fs_.realpathSync.native,wt={lstatSync:external_fs_.lstatSync,readdir:external_fs_.readdir,readdirSync:external_fs_.readdirSync,readlinkSync:external_fs_.readlinkSync,realpathSync:vi,promises:{lstat:promises_.lstat,readdir:promises_.readdir,readlink:promises_.readlink,realpath:promises_.realpath}},Ue=n=>!n||n===wt||n===external_node_fs_namespaceObject?wt:{...wt,...n,promises:{...wt.promises,...n.promises||{}}},$e=/^\\\\\?\\([a-z]:)\\?$/i,Ri=n=>n.replace(/\//g,"\\").replace($e,"$1\\"),Oi=/[\\\/]/,L=0,Ge=1,He=2,U=4,qe=6,Ke=8,X=10,Ve=12,_=15,gt=~_,se=16,je=32,yt=64,j=128,Nt=256,Lt=512,Ie=yt|j|Lt,Fi=1023,ie=n=>n.isFile()?Ke:n.isDirectory()?U:n.isSymbolicLink()?X:n.isCharacterDevice()?He:n.isBlockDevice()?qe:n.isSocket()?Ve:n.isFIFO()?Ge:L,ze=new ft({max:2**12}),bt=n=>{let t=ze.get(n);if(t)return t;let e=n.normalize("NFKD");return ze.set(n,e),e},Be=new ft({max:2**12}),_t=n=>{let t=Be.get(n);if(t)return t;let e=bt(n.toLowerCase());return Be.set(n,e),e},Wt=class extends ft{constructor(){super({max:256})}},ne=class extends ft{constructor(t=16*1024){super({maxSize:t,sizeCalculation:e=>e.length+1})}},Ye=Symbol("PathScurry setAsCwd"),R=class{name;root;roots;parent;nocase;isCWD=!1;#t;#s;get dev(){return this.#s}#n;get mode(){return this.#n}#r;get nlink(){return this.#r}#o;get uid(){return this.#o}#S;get gid(){return this.#S}#w;get rdev(){return this.#w}#c;get blksize(){return this.#c}#h;get ino(){return this.#h}#u;get size(){return this.#u}#f;get blocks(){return this.#f}#a;get atimeMs(){return this.#a}#i;get mtimeMs(){return this.#i}#d;get ctimeMs(){return this.#d}#E;get birthtimeMs(){return this.#E}#b;get atime(){return this.#b}#p;get mtime(){return this.#p}#R;get ctime(){return this.#R}#m;get birthtime(){return this.#m}#C;#T;#g;#y;#x;#A;#e;#_;#M;#k;get parentPath(){return(this.parent||this).fullpath()}get path(){return this.parentPath}constructor(t,e=L,s,i,r,o,h){this.name=t,this.#C=r?_t(t):bt(t),this.#e=e&Fi,this.nocase=r,this.roots=i,this.root=s||this,this.#_=o,this.#g=h.fullpath,this.#x=h.relative,this.#A=h.relativePosix,this.parent=h.parent,this.parent?this.#t=this.parent.#t:this.#t=Ue(h.fs)}depth(){return this.#T!==void 0?this.#T:this.parent?this.#T=this.parent.depth()+1:this.#T=0}childrenCache(){return this.#_}resolve(t){if(!t)return this;let e=this.getRootString(t),i=t.substring(e.length).split(this.splitSep);return e?this.getRoot(e).#N(i):this.#N(i)}#N(t){let e=this;for(let s of t)e=e.child(s);return e}children(){let t=this.#_.get(this);if(t)return t;let e=Object.assign([],{provisional:0});return this.#_.set(this,e),this.#e&=~se,e}child(t,e){if(t===""||t===".")return this;if(t==="..")return this.parent||this;let s=this.children(),i=this.nocase?_t(t):bt(t);for(let a of s)if(a.#C===i)return a;let r=this.parent?this.sep:"",o=this.#g?this.#g+r+t:void 0,h=this.newChild(t,L,{...e,parent:this,fullpath:o});return this.canReaddir()||(h.#e|=j),s.push(h),h}relative(){if(this.isCWD)return"";if(this.#x!==void 0)return this.#x;let t=this.name,e=this.parent;if(!e)return this.#x=this.name;let s=e.relative();return s+(!s||!e.parent?"":this.sep)+t}relativePosix(){if(this.sep==="/")return this.relative();if(this.isCWD)return"";if(this.#A!==void 0)return this.#A;let t=this.name,e=this.parent;if(!e)return this.#A=this.fullpathPosix();let s=e.relativePosix();return s+(!s||!e.parent?"":"/")+t}fullpath(){if(this.#g!==void 0)return this.#g;let t=this.name,e=this.parent;if(!e)return this.#g=this.name;let i=e.fullpath()+(e.parent?this.sep:"")+t;return this.#g=i}fullpathPosix(){if(this.#y!==void 0)return this.#y;if(this.sep==="/")return this.#y=this.fullpath();if(!this.parent){let i=this.fullpath().replace(/\\/g,"/");return/^[a-z]:\//i.test(i)?this.#y=`//?/${i}`:this.#y=i}let t=this.parent,e=t.fullpathPosix(),s=e+(!e||!t.parent?"":"/")+this.name;return this.#y=s}isUnknown(){return(this.#e&_)===L}isType(t){return this[`is${t}`]()}getType(){return this.isUnknown()?"Unknown":this.isDirectory()?"Directory":this.isFile()?"File":this.isSymbolicLink()?"SymbolicLink":this.isFIFO()?"FIFO":this.isCharacterDevice()?"CharacterDevice":this.isBlockDevice()?"BlockDevice":this.isSocket()?"Socket":"Unknown"}isFile(){return(this.#e&_)===Ke}isDirectory(){return(this.#e&_)===U}isCharacterDevice(){return(this.#e&_)===He}isBlockDevice(){return(this.#e&_)===qe}isFIFO(){return(this.#e&_)===Ge}isSocket(){return(this.#e&_)===Ve}isSymbolicLink(){return(this.#e&X)===X}lstatCached(){return this.#e&je?this:void 0}readlinkCached(){return this.#M}realpathCached(){return this.#k}readdirCached(){let t=this.children();return t.slice(0,t.provisional)}canReadlink(){if(this.#M)return!0;if(!this.parent)return!1;let t=this.#e&_;return!(t!==L&&t!==X||this.#e&Nt||this.#e&j)}calledReaddir(){return!!(this.#e&se)}isENOENT(){return!!(this.#e&j)}isNamed(t){return this.nocase?this.#C===_t(t):this.#C===bt(t)}async readlink(){let t=this.#M;if(t)return t;if(this.canReadlink()&&this.parent)try{let e=await this.#t.promises.readlink(this.fullpath()),s=(await this.parent.realpath())?.resolve(e);if(s)return this.#M=s}catch(e){this.#D(e.code);return}}readlinkSync(){let t=this.#M;if(t)return t;if(this.canReadlink()&&this.parent)try{let e=this.#t.readlinkSync(this.fullpath()),s=this.parent.realpathSync()?.resolve(e);if(s)return this.#M=s}catch(e){this.#D(e.code);return}}#j(t){this.#e|=se;for(let e=t.provisional;e<t.length;e++){let s=t[e];s&&s.#v()}}#v(){this.#e&j||(this.#e=(this.#e|j)&gt,this.#G())}#G(){let t=this.children();t.provisional=0;for(let e of t)e.#v()}#P(){this.#e|=Lt,this.#L()}#L(){if(this.#e&yt)return;let t=this.#e;(t&_)===U&&(t&=gt),this.#e=t|yt,this.#G()}#I(t=""){t==="ENOTDIR"||t==="EPERM"?this.#L():t==="ENOENT"?this.#v():this.children().provisional=0}#F(t=""){t==="ENOTDIR"?this.parent.#L():t==="ENOENT"&&this.#v()}#D(t=""){let e=this.#e;e|=Nt,t==="ENOENT"&&(e|=j),(t==="EINVAL"||t==="UNKNOWN")&&(e&=gt),this.#e=e,t==="ENOTDIR"&&this.parent&&this.parent.#L()}#z(t,e){return this.#U(t,e)||this.#B(t,e)}#B(t,e){let s=ie(t),i=this.newChild(t.name,s,{parent:this}),r=i.#e&_;return r!==U&&r!==X&&r!==L&&(i.#e|=yt),e.unshift(i),e.provisional++,i}#U(t,e){for(let s=e.provisional;s<e.length;s++){let i=e[s];if((this.nocase?_t(t.name):bt(t.name))===i.#C)return this.#l(t,i,s,e)}}#l(t,e,s,i){let r=e.name;return e.#e=e.#e&gt|ie(t),r!==t.name&&(e.name=t.name),s!==i.provisional&&(s===i.length-1?i.pop():i.splice(s,1),i.unshift(e)),i.provisional++,e}async lstat(){if((this.#e&j)===0)try{return this.#$(await this.#t.promises.lstat(this.fullpath())),this}catch(t){this.#F(t.code)}}lstatSync(){if((this.#e&j)===0)try{return this.#$(this.#t.lstatSync(this.fullpath())),this}catch(t){this.#F(t.code)}}#$(t){let{atime:e,atimeMs:s,birthtime:i,birthtimeMs:r,blksize:o,blocks:h,ctime:a,ctimeMs:l,dev:u,gid:c,ino:d,mode:f,mtime:m,mtimeMs:p,nlink:w,rdev:g,size:S,uid:E}=t;this.#b=e,this.#a=s,this.#m=i,this.#E=r,this.#c=o,this.#f=h,this.#R=a,this.#d=l,this.#s=u,this.#S=c,this.#h=d,this.#n=f,this.#p=m,this.#i=p,this.#r=w,this.#w=g,this.#u=S,this.#o=E;let y=ie(t);this.#e=this.#e&gt|y|je,y!==L&&y!==U&&y!==X&&(this.#e|=yt)}#W=[];#O=!1;#H(t){this.#O=!1;let e=this.#W.slice();this.#W.length=0,e.forEach(s=>s(null,t))}readdirCB(t,e=!1){if(!this.canReaddir()){e?t(null,[]):queueMicrotask(()=>t(null,[]));return}let s=this.children();if(this.calledReaddir()){let r=s.slice(0,s.provisional);e?t(null,r):queueMicrotask(()=>t(null,r));return}if(this.#W.push(t),this.#O)return;this.#O=!0;let i=this.fullpath();this.#t.readdir(i,{withFileTypes:!0},(r,o)=>{if(r)this.#I(r.code),s.provisional=0;else{for(let h of o)this.#z(h,s);this.#j(s)}this.#H(s.slice(0,s.provisional))})}#q;async readdir(){if(!this.canReaddir())return[];let t=this.children();if(this.calledReaddir())return t.slice(0,t.provisional);let e=this.fullpath();if(this.#q)await this.#q;else{let s=()=>{};this.#q=new Promise(i=>s=i);try{for(let i of await this.#t.promises.readdir(e,{withFileTypes:!0}))this.#z(i,t);this.#j(t)}catch(i){this.#I(i.code),t.provisional=0}this.#q=void 0,s()}return t.slice(0,t.provisional)}readdirSync(){if(!this.canReaddir())return[];let t=this.children();if(this.calledReaddir())return t.slice(0,t.provisional);let e=this.fullpath();try{for(let s of this.#t.readdirSync(e,{withFileTypes:!0}))this.#z(s,t);this.#j(t)}catch(s){this.#I(s.code),t.provisional=0}return t.slice(0,t.provisional)}canReaddir(){if(this.#e&Ie)return!1;let t=_&this.#e;return t===L||t===U||t===X}shouldWalk(t,e){return(this.#e&U)===U&&!(this.#e&Ie)&&!t.has(this)&&(!e||e(this))}async realpath(){if(this.#k)return this.#k;if(!((Lt|Nt|j)&this.#e))try{let t=await this.#t.promises.realpath(this.fullpath());return this.#k=this.resolve(t)}catch{this.#P()}}realpathSync(){if(this.#k)return this.#k;if(!((Lt|Nt|j)&this.#e))try{let t=this.#t.realpathSync(this.fullpath());return this.#k=this.resolve(t)}catch{this.#P()}}[Ye](t){if(t===this)return;t.isCWD=!1,this.isCWD=!0;let e=new Set([]),s=[],i=this;for(;i&&i.parent;)e.add(i),i.#x=s.join(this.sep),i.#A=s.join("/"),i=i.parent,s.push("..");for(i=t;i&&i.parent&&!e.has(i);)i.#x=void 0,i.#A=void 0,i=i.parent}},Pt=class n extends R{sep="\\";splitSep=Oi;constructor(t,e=L,s,i,r,o,h){super(t,e,s,i,r,o,h)}newChild(t,e=L,s={}){return new n(t,e,this.root,this.roots,this.nocase,this.childrenCache(),s)}getRootString(t){return external_node_path_.win32.parse(t).root}getRoot(t){if(t=Ri(t.toUpperCase()),t===this.root.name)return this.root;for(let[e,s]of Object.entries(this.roots))if(this.sameRoot(t,e))return this.roots[t]=s;return this.roots[t]=new it(t,this).root}sameRoot(t,e=this.root.name){return t=t.toUpperCase().replace(/\//g,"\\").replace($e,"$1\\"),t===e}},jt=class n extends R{splitSep="/";sep="/";constructor(t,e=L,s,i,r,o,h){super(t,e,s,i,r,o,h)}getRootString(t){return t.startsWith("/")?"/":""}getRoot(t){return this.root}newChild(t,e=L,s={}){return new n(t,e,this.root,this.roots,this.nocase,this.childrenCache(),s)}},It=class{root;rootPath;roots;cwd;#t;#s;#n;nocase;#r;constructor(t=process.cwd(),e,s,{nocase:i,childrenCacheSize:r=16*1024,fs:o=wt}={}){this.#r=Ue(o),(t instanceof URL||t.startsWith("file://"))&&(t=(0,external_node_url_.fileURLToPath)(t));let h=e.resolve(t);this.roots=Object.create(null),this.rootPath=this.parseRootPath(h),this.#t=new Wt,this.#s=new Wt,this.#n=new ne(r);let a=h.substring(this.rootPath.length).split(s);if(a.length===1&&!a[0]&&a.pop(),i===void 0)throw new TypeError("must provide nocase setting to PathScurryBase ctor");this.nocase=i,this.root=this.newRoot(this.#r),this.roots[this.rootPath]=this.root;let l=this.root,u=a.length-1,c=e.sep,d=this.rootPath,f=!1;for(let m of a){let p=u--;l=l.child(m,{relative:new Array(p).fill("..").join(c),relativePosix:new Array(p).fill("..").join("/"),fullpath:d+=(f?"":c)+m}),f=!0}this.cwd=l}depth(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.depth()}childrenCache(){return this.#n}resolve(...t){let e="";for(let r=t.length-1;r>=0;r--){let o=t[r];if(!(!o||o===".")&&(e=e?`${o}/${e}`:o,this.isAbsolute(o)))break}let s=this.#t.get(e);if(s!==void 0)return s;let i=this.cwd.resolve(e).fullpath();return this.#t.set(e,i),i}resolvePosix(...t){let e="";for(let r=t.length-1;r>=0;r--){let o=t[r];if(!(!o||o===".")&&(e=e?`${o}/${e}`:o,this.isAbsolute(o)))break}let s=this.#s.get(e);if(s!==void 0)return s;let i=this.cwd.resolve(e).fullpathPosix();return this.#s.set(e,i),i}relative(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.relative()}relativePosix(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.relativePosix()}basename(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.name}dirname(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),(t.parent||t).fullpath()}async readdir(t=this.cwd,e={withFileTypes:!0}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s}=e;if(t.canReaddir()){let i=await t.readdir();return s?i:i.map(r=>r.name)}else return[]}readdirSync(t=this.cwd,e={withFileTypes:!0}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0}=e;return t.canReaddir()?s?t.readdirSync():t.readdirSync().map(i=>i.name):[]}async lstat(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.lstat()}lstatSync(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.lstatSync()}async readlink(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t.withFileTypes,t=this.cwd);let s=await t.readlink();return e?s:s?.fullpath()}readlinkSync(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t.withFileTypes,t=this.cwd);let s=t.readlinkSync();return e?s:s?.fullpath()}async realpath(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t.withFileTypes,t=this.cwd);let s=await t.realpath();return e?s:s?.fullpath()}realpathSync(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t.withFileTypes,t=this.cwd);let s=t.realpathSync();return e?s:s?.fullpath()}async walk(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e,h=[];(!r||r(t))&&h.push(s?t:t.fullpath());let a=new Set,l=(c,d)=>{a.add(c),c.readdirCB((f,m)=>{if(f)return d(f);let p=m.length;if(!p)return d();let w=()=>{--p===0&&d()};for(let g of m)(!r||r(g))&&h.push(s?g:g.fullpath()),i&&g.isSymbolicLink()?g.realpath().then(S=>S?.isUnknown()?S.lstat():S).then(S=>S?.shouldWalk(a,o)?l(S,w):w()):g.shouldWalk(a,o)?l(g,w):w()},!0)},u=t;return new Promise((c,d)=>{l(u,f=>{if(f)return d(f);c(h)})})}walkSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e,h=[];(!r||r(t))&&h.push(s?t:t.fullpath());let a=new Set([t]);for(let l of a){let u=l.readdirSync();for(let c of u){(!r||r(c))&&h.push(s?c:c.fullpath());let d=c;if(c.isSymbolicLink()){if(!(i&&(d=c.realpathSync())))continue;d.isUnknown()&&d.lstatSync()}d.shouldWalk(a,o)&&a.add(d)}}return h}[Symbol.asyncIterator](){return this.iterate()}iterate(t=this.cwd,e={}){return typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd),this.stream(t,e)[Symbol.asyncIterator]()}[Symbol.iterator](){return this.iterateSync()}*iterateSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e;(!r||r(t))&&(yield s?t:t.fullpath());let h=new Set([t]);for(let a of h){let l=a.readdirSync();for(let u of l){(!r||r(u))&&(yield s?u:u.fullpath());let c=u;if(u.isSymbolicLink()){if(!(i&&(c=u.realpathSync())))continue;c.isUnknown()&&c.lstatSync()}c.shouldWalk(h,o)&&h.add(c)}}}stream(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e,h=new V({objectMode:!0});(!r||r(t))&&h.write(s?t:t.fullpath());let a=new Set,l=[t],u=0,c=()=>{let d=!1;for(;!d;){let f=l.shift();if(!f){u===0&&h.end();return}u++,a.add(f);let m=(w,g,S=!1)=>{if(w)return h.emit("error",w);if(i&&!S){let E=[];for(let y of g)y.isSymbolicLink()&&E.push(y.realpath().then(b=>b?.isUnknown()?b.lstat():b));if(E.length){Promise.all(E).then(()=>m(null,g,!0));return}}for(let E of g)E&&(!r||r(E))&&(h.write(s?E:E.fullpath())||(d=!0));u--;for(let E of g){let y=E.realpathCached()||E;y.shouldWalk(a,o)&&l.push(y)}d&&!h.flowing?h.once("drain",c):p||c()},p=!0;f.readdirCB(m,!0),p=!1}};return c(),h}streamSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e,h=new V({objectMode:!0}),a=new Set;(!r||r(t))&&h.write(s?t:t.fullpath());let l=[t],u=0,c=()=>{let d=!1;for(;!d;){let f=l.shift();if(!f){u===0&&h.end();return}u++,a.add(f);let m=f.readdirSync();for(let p of m)(!r||r(p))&&(h.write(s?p:p.fullpath())||(d=!0));u--;for(let p of m){let w=p;if(p.isSymbolicLink()){if(!(i&&(w=p.realpathSync())))continue;w.isUnknown()&&w.lstatSync()}w.shouldWalk(a,o)&&l.push(w)}}d&&!h.flowing&&h.once("drain",c)};return c(),h}chdir(t=this.cwd){let e=this.cwd;this.cwd=typeof t=="string"?this.cwd.resolve(t):t,this.cwd[Ye](e)}},it=class extends It{sep="\\";constructor(t=process.cwd(),e={}){let{nocase:s=!0}=e;super(t,external_node_path_.win32,"\\",{...e,nocase:s}),this.nocase=s;for(let i=this.cwd;i;i=i.parent)i.nocase=this.nocase}parseRootPath(t){return external_node_path_.win32.parse(t).root.toUpperCase()}newRoot(t){return new Pt(this.rootPath,U,void 0,this.roots,this.nocase,this.childrenCache(),{fs:t})}isAbsolute(t){return t.startsWith("/")||t.startsWith("\\")||/^[a-z]:(\/|\\)/i.test(t)}},rt=class extends It{sep="/";constructor(t=process.cwd(),e={}){let{nocase:s=!1}=e;super(t,external_node_path_.posix,"/",{...e,nocase:s}),this.nocase=s}parseRootPath(t){return"/"}newRoot(t){return new jt(this.rootPath,U,void 0,this.roots,this.nocase,this.childrenCache(),{fs:t})}isAbsolute(t){return t.startsWith("/")}},St=class extends rt{constructor(t=process.cwd(),e={}){let{nocase:s=!0}=e;super(t,{...e,nocase:s})}},Cr=process.platform==="win32"?Pt:jt,Xe=process.platform==="win32"?it:process.platform==="darwin"?St:rt;var Di=n=>n.length>=1,Mi=n=>n.length>=1,Ni=Symbol.for("nodejs.util.inspect.custom"),nt=class n{#t;#s;#n;length;#r;#o;#S;#w;#c;#h;#u=!0;constructor(t,e,s,i){if(!Di(t))throw new TypeError("empty pattern list");if(!Mi(e))throw new TypeError("empty glob list");if(e.length!==t.length)throw new TypeError("mismatched pattern list and glob list lengths");if(this.length=t.length,s<0||s>=this.length)throw new TypeError("index out of range");if(this.#t=t,this.#s=e,this.#n=s,this.#r=i,this.#n===0){if(this.isUNC()){let[r,o,h,a,...l]=this.#t,[u,c,d,f,...m]=this.#s;l[0]===""&&(l.shift(),m.shift());let p=[r,o,h,a,""].join("/"),w=[u,c,d,f,""].join("/");this.#t=[p,...l],this.#s=[w,...m],this.length=this.#t.length}else if(this.isDrive()||this.isAbsolute()){let[r,...o]=this.#t,[h,...a]=this.#s;o[0]===""&&(o.shift(),a.shift());let l=r+"/",u=h+"/";this.#t=[l,...o],this.#s=[u,...a],this.length=this.#t.length}}}[Ni](){return"Pattern <"+this.#s.slice(this.#n).join("/")+">"}pattern(){return this.#t[this.#n]}isString(){return typeof this.#t[this.#n]=="string"}isGlobstar(){return this.#t[this.#n]===A}isRegExp(){return this.#t[this.#n]instanceof RegExp}globString(){return this.#S=this.#S||(this.#n===0?this.isAbsolute()?this.#s[0]+this.#s.slice(1).join("/"):this.#s.join("/"):this.#s.slice(this.#n).join("/"))}hasMore(){return this.length>this.#n+1}rest(){return this.#o!==void 0?this.#o:this.hasMore()?(this.#o=new n(this.#t,this.#s,this.#n+1,this.#r),this.#o.#h=this.#h,this.#o.#c=this.#c,this.#o.#w=this.#w,this.#o):this.#o=null}isUNC(){let t=this.#t;return this.#c!==void 0?this.#c:this.#c=this.#r==="win32"&&this.#n===0&&t[0]===""&&t[1]===""&&typeof t[2]=="string"&&!!t[2]&&typeof t[3]=="string"&&!!t[3]}isDrive(){let t=this.#t;return this.#w!==void 0?this.#w:this.#w=this.#r==="win32"&&this.#n===0&&this.length>1&&typeof t[0]=="string"&&/^[a-z]:$/i.test(t[0])}isAbsolute(){let t=this.#t;return this.#h!==void 0?this.#h:this.#h=t[0]===""&&t.length>1||this.isDrive()||this.isUNC()}root(){let t=this.#t[0];return typeof t=="string"&&this.isAbsolute()&&this.#n===0?t:""}checkFollowGlobstar(){return!(this.#n===0||!this.isGlobstar()||!this.#u)}markFollowGlobstar(){return this.#n===0||!this.isGlobstar()||!this.#u?!1:(this.#u=!1,!0)}};var _i=typeof process=="object"&&process&&typeof process.platform=="string"?process.platform:"linux",ot=class{relative;relativeChildren;absolute;absoluteChildren;platform;mmopts;constructor(t,{nobrace:e,nocase:s,noext:i,noglobstar:r,platform:o=_i}){this.relative=[],this.absolute=[],this.relativeChildren=[],this.absoluteChildren=[],this.platform=o,this.mmopts={dot:!0,nobrace:e,nocase:s,noext:i,noglobstar:r,optimizationLevel:2,platform:o,nocomment:!0,nonegate:!0};for(let h of t)this.add(h)}add(t){let e=new D(t,this.mmopts);for(let s=0;s<e.set.length;s++){let i=e.set[s],r=e.globParts[s];if(!i||!r)throw new Error("invalid pattern object");for(;i[0]==="."&&r[0]===".";)i.shift(),r.shift();let o=new nt(i,r,0,this.platform),h=new D(o.globString(),this.mmopts),a=r[r.length-1]==="**",l=o.isAbsolute();l?this.absolute.push(h):this.relative.push(h),a&&(l?this.absoluteChildren.push(h):this.relativeChildren.push(h))}}ignored(t){let e=t.fullpath(),s=`${e}/`,i=t.relative()||".",r=`${i}/`;for(let o of this.relative)if(o.match(i)||o.match(r))return!0;for(let o of this.absolute)if(o.match(e)||o.match(s))return!0;return!1}childrenIgnored(t){let e=t.fullpath()+"/",s=(t.relative()||".")+"/";for(let i of this.relativeChildren)if(i.match(s))return!0;for(let i of this.absoluteChildren)if(i.match(e))return!0;return!1}};var oe=class n{store;constructor(t=new Map){this.store=t}copy(){return new n(new Map(this.store))}hasWalked(t,e){return this.store.get(t.fullpath())?.has(e.globString())}storeWalked(t,e){let s=t.fullpath(),i=this.store.get(s);i?i.add(e.globString()):this.store.set(s,new Set([e.globString()]))}},he=class{store=new Map;add(t,e,s){let i=(e?2:0)|(s?1:0),r=this.store.get(t);this.store.set(t,r===void 0?i:i&r)}entries(){return[...this.store.entries()].map(([t,e])=>[t,!!(e&2),!!(e&1)])}},ae=class{store=new Map;add(t,e){if(!t.canReaddir())return;let s=this.store.get(t);s?s.find(i=>i.globString()===e.globString())||s.push(e):this.store.set(t,[e])}get(t){let e=this.store.get(t);if(!e)throw new Error("attempting to walk unknown path");return e}entries(){return this.keys().map(t=>[t,this.store.get(t)])}keys(){return[...this.store.keys()].filter(t=>t.canReaddir())}},Et=class n{hasWalkedCache;matches=new he;subwalks=new ae;patterns;follow;dot;opts;constructor(t,e){this.opts=t,this.follow=!!t.follow,this.dot=!!t.dot,this.hasWalkedCache=e?e.copy():new oe}processPatterns(t,e){this.patterns=e;let s=e.map(i=>[t,i]);for(let[i,r]of s){this.hasWalkedCache.storeWalked(i,r);let o=r.root(),h=r.isAbsolute()&&this.opts.absolute!==!1;if(o){i=i.resolve(o==="/"&&this.opts.root!==void 0?this.opts.root:o);let c=r.rest();if(c)r=c;else{this.matches.add(i,!0,!1);continue}}if(i.isENOENT())continue;let a,l,u=!1;for(;typeof(a=r.pattern())=="string"&&(l=r.rest());)i=i.resolve(a),r=l,u=!0;if(a=r.pattern(),l=r.rest(),u){if(this.hasWalkedCache.hasWalked(i,r))continue;this.hasWalkedCache.storeWalked(i,r)}if(typeof a=="string"){let c=a===".."||a===""||a===".";this.matches.add(i.resolve(a),h,c);continue}else if(a===A){(!i.isSymbolicLink()||this.follow||r.checkFollowGlobstar())&&this.subwalks.add(i,r);let c=l?.pattern(),d=l?.rest();if(!l||(c===""||c===".")&&!d)this.matches.add(i,h,c===""||c===".");else if(c===".."){let f=i.parent||i;d?this.hasWalkedCache.hasWalked(f,d)||this.subwalks.add(f,d):this.matches.add(f,h,!0)}}else a instanceof RegExp&&this.subwalks.add(i,r)}return this}subwalkTargets(){return this.subwalks.keys()}child(){return new n(this.opts,this.hasWalkedCache)}filterEntries(t,e){let s=this.subwalks.get(t),i=this.child();for(let r of e)for(let o of s){let h=o.isAbsolute(),a=o.pattern(),l=o.rest();a===A?i.testGlobstar(r,o,l,h):a instanceof RegExp?i.testRegExp(r,a,l,h):i.testString(r,a,l,h)}return i}testGlobstar(t,e,s,i){if((this.dot||!t.name.startsWith("."))&&(e.hasMore()||this.matches.add(t,i,!1),t.canReaddir()&&(this.follow||!t.isSymbolicLink()?this.subwalks.add(t,e):t.isSymbolicLink()&&(s&&e.checkFollowGlobstar()?this.subwalks.add(t,s):e.markFollowGlobstar()&&this.subwalks.add(t,e)))),s){let r=s.pattern();if(typeof r=="string"&&r!==".."&&r!==""&&r!==".")this.testString(t,r,s.rest(),i);else if(r===".."){let o=t.parent||t;this.subwalks.add(o,s)}else r instanceof RegExp&&this.testRegExp(t,r,s.rest(),i)}}testRegExp(t,e,s,i){e.test(t.name)&&(s?this.subwalks.add(t,s):this.matches.add(t,i,!1))}testString(t,e,s,i){t.isNamed(e)&&(s?this.subwalks.add(t,s):this.matches.add(t,i,!1))}};var Li=(n,t)=>typeof n=="string"?new ot([n],t):Array.isArray(n)?new ot(n,t):n,zt=class{path;patterns;opts;seen=new Set;paused=!1;aborted=!1;#t=[];#s;#n;signal;maxDepth;includeChildMatches;constructor(t,e,s){if(this.patterns=t,this.path=e,this.opts=s,this.#n=!s.posix&&s.platform==="win32"?"\\":"/",this.includeChildMatches=s.includeChildMatches!==!1,(s.ignore||!this.includeChildMatches)&&(this.#s=Li(s.ignore??[],s),!this.includeChildMatches&&typeof this.#s.add!="function")){let i="cannot ignore child matches, ignore lacks add() method.";throw new Error(i)}this.maxDepth=s.maxDepth||1/0,s.signal&&(this.signal=s.signal,this.signal.addEventListener("abort",()=>{this.#t.length=0}))}#r(t){return this.seen.has(t)||!!this.#s?.ignored?.(t)}#o(t){return!!this.#s?.childrenIgnored?.(t)}pause(){this.paused=!0}resume(){if(this.signal?.aborted)return;this.paused=!1;let t;for(;!this.paused&&(t=this.#t.shift());)t()}onResume(t){this.paused?this.#t.push(t):t()}async matchCheck(t,e){if(e&&this.opts.nodir)return;let s;if(this.opts.realpath){if(s=t.realpathCached()||await t.realpath(),!s)return;t=s}let r=t.isUnknown()||this.opts.stat?await t.lstat():t;if(this.opts.follow&&this.opts.nodir&&r?.isSymbolicLink()){let o=await r.realpath();o&&(o.isUnknown()||this.opts.stat)&&await o.lstat()}return this.matchCheckTest(r,e)}matchCheckTest(t,e){return t&&(this.maxDepth===1/0||t.depth()<=this.maxDepth)&&(!e||t.canReaddir())&&(!this.opts.nodir||!t.isDirectory())&&(!this.opts.nodir||!this.opts.follow||!t.isSymbolicLink()||!t.realpathCached()?.isDirectory())&&!this.#r(t)?t:void 0}matchCheckSync(t,e){if(e&&this.opts.nodir)return;let s;if(this.opts.realpath){if(s=t.realpathCached()||t.realpathSync(),!s)return;t=s}let r=t.isUnknown()||this.opts.stat?t.lstatSync():t;if(this.opts.follow&&this.opts.nodir&&r?.isSymbolicLink()){let o=r.realpathSync();o&&(o?.isUnknown()||this.opts.stat)&&o.lstatSync()}return this.matchCheckTest(r,e)}matchFinish(t,e){if(this.#r(t))return;if(!this.includeChildMatches&&this.#s?.add){let r=`${t.relativePosix()}/**`;this.#s.add(r)}let s=this.opts.absolute===void 0?e:this.opts.absolute;this.seen.add(t);let i=this.opts.mark&&t.isDirectory()?this.#n:"";if(this.opts.withFileTypes)this.matchEmit(t);else if(s){let r=this.opts.posix?t.fullpathPosix():t.fullpath();this.matchEmit(r+i)}else{let r=this.opts.posix?t.relativePosix():t.relative(),o=this.opts.dotRelative&&!r.startsWith(".."+this.#n)?"."+this.#n:"";this.matchEmit(r?o+r+i:"."+i)}}async match(t,e,s){let i=await this.matchCheck(t,s);i&&this.matchFinish(i,e)}matchSync(t,e,s){let i=this.matchCheckSync(t,s);i&&this.matchFinish(i,e)}walkCB(t,e,s){if(this.signal?.aborted)return s();this.walkCB2(t,e,new Et(this.opts),s)}walkCB2(t,e,s,i){if(this.#o(t)||this.signal?.aborted)return i();if(this.paused){this.onResume(()=>this.walkCB2(t,e,s,i));return}s.processPatterns(t,e);let r=1,o=()=>{--r===0&&i()};for(let[h,a,l]of s.matches.entries())this.#r(h)||(r++,this.match(h,a,l).then(()=>o()));for(let h of s.subwalkTargets()){if(this.maxDepth!==1/0&&h.depth()>=this.maxDepth)continue;r++;let a=h.readdirCached();h.calledReaddir()?this.walkCB3(h,a,s,o):h.readdirCB((l,u)=>this.walkCB3(h,u,s,o),!0)}o()}walkCB3(t,e,s,i){s=s.filterEntries(t,e);let r=1,o=()=>{--r===0&&i()};for(let[h,a,l]of s.matches.entries())this.#r(h)||(r++,this.match(h,a,l).then(()=>o()));for(let[h,a]of s.subwalks.entries())r++,this.walkCB2(h,a,s.child(),o);o()}walkCBSync(t,e,s){if(this.signal?.aborted)return s();this.walkCB2Sync(t,e,new Et(this.opts),s)}walkCB2Sync(t,e,s,i){if(this.#o(t)||this.signal?.aborted)return i();if(this.paused){this.onResume(()=>this.walkCB2Sync(t,e,s,i));return}s.processPatterns(t,e);let r=1,o=()=>{--r===0&&i()};for(let[h,a,l]of s.matches.entries())this.#r(h)||this.matchSync(h,a,l);for(let h of s.subwalkTargets()){if(this.maxDepth!==1/0&&h.depth()>=this.maxDepth)continue;r++;let a=h.readdirSync();this.walkCB3Sync(h,a,s,o)}o()}walkCB3Sync(t,e,s,i){s=s.filterEntries(t,e);let r=1,o=()=>{--r===0&&i()};for(let[h,a,l]of s.matches.entries())this.#r(h)||this.matchSync(h,a,l);for(let[h,a]of s.subwalks.entries())r++,this.walkCB2Sync(h,a,s.child(),o);o()}},xt=class extends zt{matches=new Set;constructor(t,e,s){super(t,e,s)}matchEmit(t){this.matches.add(t)}async walk(){if(this.signal?.aborted)throw this.signal.reason;return this.path.isUnknown()&&await this.path.lstat(),await new Promise((t,e)=>{this.walkCB(this.path,this.patterns,()=>{this.signal?.aborted?e(this.signal.reason):t(this.matches)})}),this.matches}walkSync(){if(this.signal?.aborted)throw this.signal.reason;return this.path.isUnknown()&&this.path.lstatSync(),this.walkCBSync(this.path,this.patterns,()=>{if(this.signal?.aborted)throw this.signal.reason}),this.matches}},vt=class extends zt{results;constructor(t,e,s){super(t,e,s),this.results=new V({signal:this.signal,objectMode:!0}),this.results.on("drain",()=>this.resume()),this.results.on("resume",()=>this.resume())}matchEmit(t){this.results.write(t),this.results.flowing||this.pause()}stream(){let t=this.path;return t.isUnknown()?t.lstat().then(()=>{this.walkCB(t,this.patterns,()=>this.results.end())}):this.walkCB(t,this.patterns,()=>this.results.end()),this.results}streamSync(){return this.path.isUnknown()&&this.path.lstatSync(),this.walkCBSync(this.path,this.patterns,()=>this.results.end()),this.results}};var Pi=typeof process=="object"&&process&&typeof process.platform=="string"?process.platform:"linux",I=class{absolute;cwd;root;dot;dotRelative;follow;ignore;magicalBraces;mark;matchBase;maxDepth;nobrace;nocase;nodir;noext;noglobstar;pattern;platform;realpath;scurry;stat;signal;windowsPathsNoEscape;withFileTypes;includeChildMatches;opts;patterns;constructor(t,e){if(!e)throw new TypeError("glob options required");if(this.withFileTypes=!!e.withFileTypes,this.signal=e.signal,this.follow=!!e.follow,this.dot=!!e.dot,this.dotRelative=!!e.dotRelative,this.nodir=!!e.nodir,this.mark=!!e.mark,e.cwd?(e.cwd instanceof URL||e.cwd.startsWith("file://"))&&(e.cwd=(0,external_node_url_.fileURLToPath)(e.cwd)):this.cwd="",this.cwd=e.cwd||"",this.root=e.root,this.magicalBraces=!!e.magicalBraces,this.nobrace=!!e.nobrace,this.noext=!!e.noext,this.realpath=!!e.realpath,this.absolute=e.absolute,this.includeChildMatches=e.includeChildMatches!==!1,this.noglobstar=!!e.noglobstar,this.matchBase=!!e.matchBase,this.maxDepth=typeof e.maxDepth=="number"?e.maxDepth:1/0,this.stat=!!e.stat,this.ignore=e.ignore,this.withFileTypes&&this.absolute!==void 0)throw new Error("cannot set absolute and withFileTypes:true");if(typeof t=="string"&&(t=[t]),this.windowsPathsNoEscape=!!e.windowsPathsNoEscape||e.allowWindowsEscape===!1,this.windowsPathsNoEscape&&(t=t.map(a=>a.replace(/\\/g,"/"))),this.matchBase){if(e.noglobstar)throw new TypeError("base matching requires globstar");t=t.map(a=>a.includes("/")?a:`./**/${a}`)}if(this.pattern=t,this.platform=e.platform||Pi,this.opts={...e,platform:this.platform},e.scurry){if(this.scurry=e.scurry,e.nocase!==void 0&&e.nocase!==e.scurry.nocase)throw new Error("nocase option contradicts provided scurry option")}else{let a=e.platform==="win32"?it:e.platform==="darwin"?St:e.platform?rt:Xe;this.scurry=new a(this.cwd,{nocase:e.nocase,fs:e.fs})}this.nocase=this.scurry.nocase;let s=this.platform==="darwin"||this.platform==="win32",i={braceExpandMax:1e4,...e,dot:this.dot,matchBase:this.matchBase,nobrace:this.nobrace,nocase:this.nocase,nocaseMagicOnly:s,nocomment:!0,noext:this.noext,nonegate:!0,optimizationLevel:2,platform:this.platform,windowsPathsNoEscape:this.windowsPathsNoEscape,debug:!!this.opts.debug},r=this.pattern.map(a=>new D(a,i)),[o,h]=r.reduce((a,l)=>(a[0].push(...l.set),a[1].push(...l.globParts),a),[[],[]]);this.patterns=o.map((a,l)=>{let u=h[l];if(!u)throw new Error("invalid pattern object");return new nt(a,u,0,this.platform)})}async walk(){return[...await new xt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).walk()]}walkSync(){return[...new xt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).walkSync()]}stream(){return new vt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).stream()}streamSync(){return new vt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).streamSync()}iterateSync(){return this.streamSync()[Symbol.iterator]()}[Symbol.iterator](){return this.iterateSync()}iterate(){return this.stream()[Symbol.asyncIterator]()}[Symbol.asyncIterator](){return this.iterate()}};var le=(n,t={})=>{Array.isArray(n)||(n=[n]);for(let e of n)if(new D(e,t).hasMagic())return!0;return!1};function Bt(n,t={}){return new I(n,t).streamSync()}function Qe(n,t={}){return new I(n,t).stream()}function ts(n,t={}){return new I(n,t).walkSync()}async function Je(n,t={}){return new I(n,t).walk()}function Ut(n,t={}){return new I(n,t).iterateSync()}function es(n,t={}){return new I(n,t).iterate()}var ji=Bt,Ii=Object.assign(Qe,{sync:Bt}),zi=Ut,Bi=Object.assign(es,{sync:Ut}),Ui=Object.assign(ts,{stream:Bt,iterate:Ut}),Ze=Object.assign(Je,{glob:Je,globSync:ts,sync:Ui,globStream:Qe,stream:Ii,globStreamSync:Bt,streamSync:ji,globIterate:es,iterate:Bi,globIterateSync:Ut,iterateSync:zi,Glob:I,hasMagic:le,escape:tt,unescape:W});Ze.glob=Ze;
//# sourceMappingURL=index.min.js.map

// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __nccwpck_require__(1708);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: ./node_modules/jiti/dist/jiti.cjs
var jiti = __nccwpck_require__(4780);
;// CONCATENATED MODULE: ./node_modules/jiti/lib/jiti.mjs



function onError(err) {
  throw err; /* ↓ Check stack trace ↓ */
}

const nativeImport = (id) => __nccwpck_require__(5439)(id);

let _transform;
function lazyTransform(...args) {
  if (!_transform) {
    _transform = (0,external_node_module_.createRequire)(import.meta.url)("./babel.cjs");
  }
  return _transform(...args);
}

function createJiti(id, opts = {}) {
  if (!opts.transform) {
    opts = { ...opts, transform: lazyTransform };
  }
  return jiti(id, opts, {
    onError,
    nativeImport,
    createRequire: external_node_module_.createRequire,
  });
}

/* harmony default export */ const lib_jiti = ((/* unused pure expression or super */ null && (createJiti)));

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/pg/lib/index.js
var lib = __nccwpck_require__(3273);
;// CONCATENATED MODULE: ./node_modules/pg/esm/index.mjs
// ESM wrapper for pg


// Re-export all the properties
const Client = lib.Client
const Pool = lib.Pool
const Connection = lib.Connection
const types = lib.types
const Query = lib.Query
const DatabaseError = lib.DatabaseError
const escapeIdentifier = lib.escapeIdentifier
const escapeLiteral = lib.escapeLiteral
const Result = lib.Result
const TypeOverrides = lib.TypeOverrides

// Also export the defaults
const defaults = lib.defaults

// Re-export the default
/* harmony default export */ const esm = (lib);

;// CONCATENATED MODULE: ./node_modules/node-pg-migrate/dist/bundle/index.js









//#region src/operations/casts/dropCast.ts
function dropCast(mOptions) {
	const _drop = (sourceType, targetType, options = {}) => {
		const { ifExists = false } = options;
		return `DROP CAST${ifExists ? " IF EXISTS" : ""} (${sourceType} AS ${targetType});`;
	};
	return _drop;
}

//#endregion
//#region src/operations/casts/createCast.ts
function createCast(mOptions) {
	const _create = (sourceType, targetType, options = {}) => {
		const { functionName, argumentTypes, inout = false, as } = options;
		let conversion;
		if (functionName) {
			const args = argumentTypes || [sourceType];
			conversion = ` WITH FUNCTION ${mOptions.literal(functionName)}(${args.join(", ")})`;
		} else if (inout) conversion = " WITH INOUT";
		else conversion = " WITHOUT FUNCTION";
		const implicit = as ? ` AS ${as}` : "";
		return `CREATE CAST (${sourceType} AS ${targetType})${conversion}${implicit};`;
	};
	_create.reverse = dropCast(mOptions);
	return _create;
}

//#endregion
//#region src/utils/fileNameUtils.ts
/**
* Extracts the file extension from a file name.
*
* @param fileName file name to extract the extension from
* @returns the file extension
*/
function getSuffixFromFileName(fileName) {
	return (0,external_node_path_.extname)(fileName).slice(1);
}
/**
* Extracts contiguous numeric value from the start of `filename` up to the
* first non-numeric character.
* 17 digit numbers are interpreted as UTC date and converted to the number
* representation of that date. 1...4 digit numbers are interpreted as index
* based naming scheme.
*
* @param filename filename to extract the prefix from
* @param logger Redirect messages to this logger object, rather than `console`.
* @returns numeric value of the filename prefix (everything before the first
* non-numeric character).
*/
function getNumericPrefix(filename, logger = console) {
	const prefix = (/^(\d+)/.exec(filename) || "")[0];
	const value = Number(prefix);
	if (!/^\d+$/.test(prefix) || Number.isNaN(value)) {
		logger.error(`Cannot determine numeric prefix for "${filename}"`);
		throw new Error(`Cannot determine numeric prefix for "${filename}"`);
	}
	if (prefix.length === 17) {
		const year = prefix.slice(0, 4);
		const month = prefix.slice(4, 6);
		const date = prefix.slice(6, 8);
		const hours = prefix.slice(8, 10);
		const minutes = prefix.slice(10, 12);
		const seconds = prefix.slice(12, 14);
		const ms = prefix.slice(14, 17);
		return (/* @__PURE__ */ new Date(`${year}-${month}-${date}T${hours}:${minutes}:${seconds}.${ms}Z`)).valueOf();
	}
	return value;
}

//#endregion
//#region src/utils/comparators.ts
function localeCompareStringsNumerically(a, b) {
	return a.localeCompare(b, void 0, {
		usage: "sort",
		numeric: true,
		sensitivity: "variant",
		ignorePunctuation: true
	});
}
/**
* Compares two file names by their numeric prefix.
* 17 digit numbers are interpreted as UTC date and converted to the number
* representation of that date. 1...4 digit numbers are interpreted as index
* based naming scheme.
*
* @param a the first file name to compare
* @param b the second file name to compare
* @param logger the logger to use for logging
* @returns a negative value if `a` is less than `b`, 0 if they are equal, and a positive value if `a` is greater than `b`
*/
function compareFileNamesByTimestamp(a, b, logger) {
	return getNumericPrefix(a, logger) - getNumericPrefix(b, logger);
}
/**
* Compares two file names by their numeric prefix and locale.
*
* @param a the first file name to compare
* @param b the second file name to compare
* @param logger the logger to use for logging
* @returns a negative value if `a` is less than `b`, 0 if they are equal, and a positive value if `a` is greater than `b`
*/
function compareMigrationFileNames(a, b, logger) {
	return compareFileNamesByTimestamp(a, b, logger) || localeCompareStringsNumerically(a, b);
}

//#endregion
//#region src/utils/decamelize.ts
const REPLACEMENT = "$1_$2";
/**
* Convert a string into a decamelize lowercased one.
*
* @example
* unicornsAndRainbows → unicorns_and_rainbows
* myURLString → my_url_string
*
* @param text The string to decamelize.
* @returns The decamelized string.
*/
function decamelize(text) {
	if (text.length < 2) return text.toLowerCase();
	return text.replace(/([\p{Lowercase_Letter}\d])(\p{Uppercase_Letter})/gu, REPLACEMENT).replace(/(\p{Uppercase_Letter})(\p{Uppercase_Letter}\p{Lowercase_Letter}+)/gu, REPLACEMENT).toLowerCase();
}

//#endregion
//#region src/utils/identity.ts
function identity(v) {
	return v;
}

//#endregion
//#region src/utils/PgLiteral.ts
/**
* Represents a string that should not be escaped when used in a query.
*
* This will be used in `pgm.func` to create unescaped strings.
*/
var PgLiteral = class PgLiteral {
	/**
	* Creates a new `PgLiteral` instance.
	*
	* @param str The string value.
	* @returns The new `PgLiteral` instance.
	*/
	static create(str) {
		return new PgLiteral(str);
	}
	/**
	* Indicates that this object is a `PgLiteral`.
	*/
	literal = true;
	/**
	* Value of the literal.
	*/
	value;
	/**
	* Creates a new `PgLiteral` instance.
	*
	* @param value The string value.
	*/
	constructor(value) {
		this.value = value;
	}
	/**
	* Returns the string value.
	*
	* @returns The string value.
	*/
	toString() {
		return this.value;
	}
};
/**
* Checks if the given value is a `PgLiteral`.
*
* @param val The value to check.
* @returns `true` if the value is a `PgLiteral`, or `false` otherwise.
*/
function isPgLiteral(val) {
	return val instanceof PgLiteral || typeof val === "object" && val !== null && "literal" in val && val.literal === true;
}

//#endregion
//#region src/utils/quote.ts
/**
* Quote an identifier for PostgreSQL.
*
* Wraps the given string in double quotes and escapes any embedded double
* quotes by doubling them, per PostgreSQL identifier rules.
*
* @param str - identifier to quote
* @returns quoted identifier safe for use as a PostgreSQL identifier
*/
function quote(str) {
	return `"${str.replace(/"/g, "\"\"")}"`;
}

//#endregion
//#region src/utils/createSchemalize.ts
const OPERATOR_PATTERN = /(->>|->|#>>|#>|@\?|@@|@>|<@|\?\||\?&|\?|#-|\|\||::)/;
const LOGICAL_PATTERN = /[=<>!]+/;
const FUNCTION_CALL_PATTERN = /^[\w.]+\(/;
const ARITHMETIC_PATTERN = /\s+[+*/-]\s+/;
const ALPHANUMERIC_PATTERN = /[a-zA-Z0-9]/;
function isExpression(value) {
	if (OPERATOR_PATTERN.test(value)) return true;
	if (FUNCTION_CALL_PATTERN.test(value)) return true;
	if (ARITHMETIC_PATTERN.test(value)) return true;
	return LOGICAL_PATTERN.test(value) && ALPHANUMERIC_PATTERN.test(value);
}
function createSchemalize(options) {
	const { shouldDecamelize, shouldQuote } = options;
	const transform = [shouldDecamelize ? decamelize : identity, shouldQuote ? quote : identity].reduce((acc, fn) => fn === identity ? acc : (str) => acc(fn(str)));
	return (value) => {
		if (isPgLiteral(value)) return value.toString();
		if (typeof value === "object" && value !== null) {
			const { schema, name } = value;
			if (name !== void 0) return (schema ? `${transform(schema)}.` : "") + transform(name);
		}
		if (!shouldQuote && typeof value === "string" && isExpression(value)) return `(${value})`;
		if (typeof value === "string") return transform(value);
		return transform(String(value));
	};
}

//#endregion
//#region src/operations/generalTypes.ts
/**
* Type guard for the object form of {@link Name}.
*
* Note: This only checks shape (presence of a "name" property). It intentionally
* does not validate contents.
*/
function isNameObject(val) {
	return typeof val === "object" && val !== null && "name" in val;
}
/**
* Type guard for schema-qualified {@link Name} objects.
*/
function isSchemaNameObject(val) {
	return isNameObject(val) && "schema" in val && typeof val.schema === "string";
}

//#endregion
//#region src/utils/escapeValue.ts
function escapeValue(val) {
	if (val === null) return "NULL";
	if (typeof val === "boolean") return val.toString();
	if (typeof val === "string") {
		let dollars;
		const ids = stringIdGenerator();
		let index;
		do {
			index = ids.next().value;
			dollars = `$pg${index}$`;
		} while (val.includes(dollars));
		return `${dollars}${val}${dollars}`;
	}
	if (typeof val === "number") return val;
	if (Array.isArray(val)) return `ARRAY[${val.map(escapeValue).join(",").replace(/ARRAY/g, "")}]`;
	if (isPgLiteral(val)) return val.value;
	return "";
}

//#endregion
//#region src/utils/createTransformer.ts
function createTransformer(literal) {
	return (statement, mapping = {}) => Object.keys(mapping).reduce((str, param) => {
		const val = mapping?.[param];
		return str.replace(new RegExp(`{${param}}`, "g"), val === void 0 ? "" : typeof val === "string" || isNameObject(val) ? literal(val) : String(escapeValue(val)).replace(/\$/g, "$$$$"));
	}, statement);
}

//#endregion
//#region src/utils/formatLines.ts
function formatLines(lines, replace = "  ", separator = ",") {
	return lines.map((line) => line.replace(/(?:\r\n|\r|\n)+/g, " ")).join(`${separator}\n`).replace(/^/gm, replace);
}

//#endregion
//#region src/utils/formatParams.ts
function formatParam(mOptions) {
	return (param) => {
		const { mode, name, type, default: defaultValue } = applyType(param, mOptions.typeShorthands);
		const options = [];
		if (mode) options.push(mode);
		if (name) options.push(mOptions.literal(name));
		if (type) options.push(type);
		if (defaultValue !== void 0) options.push(`DEFAULT ${escapeValue(defaultValue)}`);
		return options.join(" ");
	};
}
function formatParams(params, mOptions) {
	return `(${params.map(formatParam(mOptions)).join(", ")})`;
}

//#endregion
//#region src/utils/toArray.ts
/**
* If the given value is an array, a copy of it is returned. Otherwise, the value is wrapped in an array.
*
* @param item The item to eventually wrap in an array.
*/
function toArray(item) {
	return Array.isArray(item) ? [...item] : [item];
}

//#endregion
//#region src/utils/formatPartitionColumns.ts
function formatPartitionColumn(column, literal) {
	if (typeof column === "string") return literal(column);
	let formatted = literal(column.name);
	if (column.collate) formatted += ` COLLATE ${column.collate}`;
	if (column.opclass) formatted += ` ${column.opclass}`;
	return formatted;
}
function formatPartitionColumns(partition, literal) {
	return toArray(partition.columns).map((col) => formatPartitionColumn(col, literal)).join(", ");
}

//#endregion
//#region src/utils/getMigrationTableSchema.ts
function getMigrationTableSchema(options) {
	return options.migrationsSchema === void 0 ? getSchemas(options.schema)[0] : options.migrationsSchema;
}

//#endregion
//#region src/utils/getSchemas.ts
function getSchemas(schema) {
	const schemas = toArray(schema).filter((s) => typeof s === "string" && s.length > 0);
	return schemas.length > 0 ? schemas : ["public"];
}

//#endregion
//#region src/utils/intersection.ts
function intersection(list1, list2) {
	return list1.filter((element) => list2.includes(element));
}

//#endregion
//#region src/utils/makeComment.ts
/**
* Make a comment on a database object.
*
* @param object The object type.
* @param name The object name.
* @param text The comment text. This will be escaped. Default is `null`.
*
* @returns The comment SQL.
*
* @see https://www.postgresql.org/docs/current/sql-comment.html
*/
function makeComment(object, name, text = null) {
	return `COMMENT ON ${object} ${name} IS ${escapeValue(text)};`;
}

//#endregion
//#region src/utils/stringIdGenerator.ts
/**
* Generates an infinite sequence of unique string identifiers using the given characters.
*
* Starts with shorter combinations and increases length as needed.
*
* @param chars The set of characters to be used for generating identifiers. Defaults to `'abcdefghijklmnopqrstuvwxyz'`.
*
* @returns A generator that yields unique string identifiers.
*
* @throws If `chars` is an empty string, as at least one character is required to generate identifiers.
*
* @see https://stackoverflow.com/a/12504061/4790644
*/
function* stringIdGenerator(chars = "abcdefghijklmnopqrstuvwxyz") {
	if (!chars || chars.length === 0) throw new Error("chars must be a non-empty string");
	const ids = [0];
	while (true) {
		yield ids.map((id) => chars[id]).join("");
		for (let i = ids.length - 1; i >= 0; i -= 1) {
			ids[i] += 1;
			if (ids[i] < chars.length) break;
			ids[i] = 0;
			if (i === 0) ids.unshift(0);
		}
	}
}

//#endregion
//#region src/utils/types.ts
const TYPE_ADAPTERS = Object.freeze({
	int: "integer",
	string: "text",
	float: "real",
	double: "double precision",
	datetime: "timestamp",
	bool: "boolean"
});
const DEFAULT_TYPE_SHORTHANDS = Object.freeze({ id: {
	type: "serial",
	primaryKey: true
} });
function applyTypeAdapters(type) {
	return type in TYPE_ADAPTERS ? TYPE_ADAPTERS[type] : type;
}
function toType(type) {
	return typeof type === "string" ? { type } : type;
}
function removeType({ type, ...rest }) {
	return rest;
}
function applyType(type, extendingTypeShorthands = {}) {
	const typeShorthands = {
		...DEFAULT_TYPE_SHORTHANDS,
		...extendingTypeShorthands
	};
	const options = toType(type);
	let ext = null;
	const types = [options.type];
	while (typeShorthands[types[types.length - 1]]) {
		ext = {
			...toType(typeShorthands[types[types.length - 1]]),
			...ext === null ? {} : removeType(ext)
		};
		if (types.includes(ext.type)) throw new Error(`Shorthands contain cyclic dependency: ${types.join(", ")}, ${ext.type}`);
		else types.push(ext.type);
	}
	return {
		...ext,
		...options,
		type: applyTypeAdapters(ext?.type ?? options.type)
	};
}

//#endregion
//#region src/operations/domains/alterDomain.ts
function alterDomain(mOptions) {
	const _alter = (domainName, options) => {
		const { default: defaultValue, notNull, allowNull = false, check, constraintName } = options;
		const actions = [];
		if (defaultValue === null) actions.push("DROP DEFAULT");
		else if (defaultValue !== void 0) actions.push(`SET DEFAULT ${escapeValue(defaultValue)}`);
		if (notNull) actions.push("SET NOT NULL");
		else if (notNull === false || allowNull) actions.push("DROP NOT NULL");
		if (check) actions.push(`${constraintName ? `CONSTRAINT ${mOptions.literal(constraintName)} ` : ""}CHECK (${check})`);
		return `${actions.map((action) => `ALTER DOMAIN ${mOptions.literal(domainName)} ${action}`).join(";\n")};`;
	};
	return _alter;
}

//#endregion
//#region src/operations/domains/dropDomain.ts
function dropDomain(mOptions) {
	const _drop = (domainName, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP DOMAIN${ifExistsStr} ${mOptions.literal(domainName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/domains/createDomain.ts
function createDomain(mOptions) {
	const _create = (domainName, type, options = {}) => {
		const { default: defaultValue, collation, notNull = false, check, constraintName } = options;
		const constraints = [];
		if (collation) constraints.push(`COLLATE ${collation}`);
		if (defaultValue !== void 0) constraints.push(`DEFAULT ${escapeValue(defaultValue)}`);
		if (notNull && check) throw new Error("\"notNull\" and \"check\" can't be specified together");
		else if (notNull || check) {
			if (constraintName) constraints.push(`CONSTRAINT ${mOptions.literal(constraintName)}`);
			if (notNull) constraints.push("NOT NULL");
			else if (check) constraints.push(`CHECK (${check})`);
		}
		const constraintsStr = constraints.length > 0 ? ` ${constraints.join(" ")}` : "";
		const typeStr = applyType(type, mOptions.typeShorthands).type;
		return `CREATE DOMAIN ${mOptions.literal(domainName)} AS ${typeStr}${constraintsStr};`;
	};
	_create.reverse = (domainName, type, options) => dropDomain(mOptions)(domainName, options);
	return _create;
}

//#endregion
//#region src/operations/domains/renameDomain.ts
function renameDomain(mOptions) {
	const _rename = (domainName, newDomainName) => {
		return `ALTER DOMAIN ${mOptions.literal(domainName)} RENAME TO ${mOptions.literal(newDomainName)};`;
	};
	_rename.reverse = (domainName, newDomainName) => _rename(newDomainName, domainName);
	return _rename;
}

//#endregion
//#region src/operations/extensions/dropExtension.ts
function dropExtension(mOptions) {
	const _drop = (_extensions, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const extensions = toArray(_extensions);
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return extensions.map((extension) => {
			return `DROP EXTENSION${ifExistsStr} ${mOptions.literal(extension)}${cascadeStr};`;
		});
	};
	return _drop;
}

//#endregion
//#region src/operations/extensions/createExtension.ts
function createExtension(mOptions) {
	const _create = (_extensions, options = {}) => {
		const { ifNotExists = false, schema } = options;
		const extensions = toArray(_extensions);
		const ifNotExistsStr = ifNotExists ? " IF NOT EXISTS" : "";
		const schemaStr = schema ? ` SCHEMA ${mOptions.literal(schema)}` : "";
		return extensions.map((extension) => {
			return `CREATE EXTENSION${ifNotExistsStr} ${mOptions.literal(extension)}${schemaStr};`;
		});
	};
	_create.reverse = dropExtension(mOptions);
	return _create;
}

//#endregion
//#region src/operations/functions/dropFunction.ts
function dropFunction(mOptions) {
	const _drop = (functionName, functionParams = [], options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		const paramsStr = formatParams(functionParams.map((param) => {
			if (typeof param === "object" && param !== null) {
				const copy = { ...param };
				delete copy.default;
				return copy;
			}
			return param;
		}), mOptions);
		return `DROP FUNCTION${ifExistsStr} ${mOptions.literal(functionName)}${paramsStr}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/functions/createFunction.ts
function createFunction(mOptions) {
	const _create = (functionName, functionParams = [], functionOptions, definition) => {
		const { replace = false, returns = "void", language, window = false, behavior = "VOLATILE", security = "INVOKER", onNull = false, parallel, set } = functionOptions;
		const options = [];
		if (behavior) options.push(behavior);
		if (language) options.push(`LANGUAGE ${language}`);
		else throw new Error(`Language for function ${mOptions.literal(functionName)} have to be specified`);
		if (security !== "INVOKER") options.push(`SECURITY ${security}`);
		if (window) options.push("WINDOW");
		if (onNull) options.push("RETURNS NULL ON NULL INPUT");
		if (parallel) options.push(`PARALLEL ${parallel}`);
		if (set) for (const { configurationParameter, value } of set) if (value === "FROM CURRENT") options.push(`SET ${mOptions.literal(configurationParameter)} FROM CURRENT`);
		else options.push(`SET ${mOptions.literal(configurationParameter)} TO ${value}`);
		const replaceStr = replace ? " OR REPLACE" : "";
		const paramsStr = formatParams(functionParams, mOptions);
		return `CREATE${replaceStr} FUNCTION ${mOptions.literal(functionName)}${paramsStr}
  RETURNS ${returns}
  AS ${escapeValue(definition)}
  ${options.join("\n  ")};`;
	};
	_create.reverse = dropFunction(mOptions);
	return _create;
}

//#endregion
//#region src/operations/functions/renameFunction.ts
function renameFunction(mOptions) {
	const _rename = (oldFunctionName, functionParams = [], newFunctionName) => {
		const paramsStr = formatParams(functionParams, mOptions);
		return `ALTER FUNCTION ${mOptions.literal(oldFunctionName)}${paramsStr} RENAME TO ${mOptions.literal(newFunctionName)};`;
	};
	_rename.reverse = (oldFunctionName, functionParams, newFunctionName) => _rename(newFunctionName, functionParams, oldFunctionName);
	return _rename;
}

//#endregion
//#region src/operations/grants/shared.ts
function isAllTablesOptions(options) {
	return "schema" in options;
}
function asRolesStr(roles, mOptions) {
	return toArray(roles).map((role) => role === "PUBLIC" ? role : mOptions.literal(role)).join(", ");
}
function asTablesStr(options, mOptions) {
	return isAllTablesOptions(options) ? `ALL TABLES IN SCHEMA ${mOptions.literal(options.schema)}` : toArray(options.tables).map(mOptions.literal).join(", ");
}

//#endregion
//#region src/operations/grants/revokeOnSchemas.ts
function revokeOnSchemas(mOptions) {
	const _revokeOnSchemas = (options) => {
		const { privileges, schemas, roles, onlyGrantOption = false, cascade = false } = options;
		const rolesStr = asRolesStr(roles, mOptions);
		const schemasStr = toArray(schemas).map(mOptions.literal).join(", ");
		const privilegesStr = toArray(privileges).map(String).join(", ");
		return `REVOKE${onlyGrantOption ? " GRANT OPTION FOR" : ""} ${privilegesStr} ON SCHEMA ${schemasStr} FROM ${rolesStr}${cascade ? " CASCADE" : ""};`;
	};
	return _revokeOnSchemas;
}

//#endregion
//#region src/operations/grants/grantOnSchemas.ts
function grantOnSchemas(mOptions) {
	const _grantOnSchemas = (options) => {
		const { privileges, schemas, roles, withGrantOption = false } = options;
		const rolesStr = asRolesStr(roles, mOptions);
		const schemasStr = toArray(schemas).map(mOptions.literal).join(", ");
		return `GRANT ${toArray(privileges).map(String).join(", ")} ON SCHEMA ${schemasStr} TO ${rolesStr}${withGrantOption ? " WITH GRANT OPTION" : ""};`;
	};
	_grantOnSchemas.reverse = revokeOnSchemas(mOptions);
	return _grantOnSchemas;
}

//#endregion
//#region src/operations/grants/revokeOnTables.ts
function revokeOnTables(mOptions) {
	const _revokeOnTables = (options) => {
		const { privileges, roles, onlyGrantOption = false, cascade = false } = options;
		const rolesStr = asRolesStr(roles, mOptions);
		const privilegesStr = toArray(privileges).map(String).join(", ");
		const tablesStr = asTablesStr(options, mOptions);
		return `REVOKE${onlyGrantOption ? " GRANT OPTION FOR" : ""} ${privilegesStr} ON ${tablesStr} FROM ${rolesStr}${cascade ? " CASCADE" : ""};`;
	};
	return _revokeOnTables;
}

//#endregion
//#region src/operations/grants/grantOnTables.ts
function grantOnTables(mOptions) {
	const _grantOnTables = (options) => {
		const { privileges, roles, withGrantOption = false } = options;
		const rolesStr = asRolesStr(roles, mOptions);
		return `GRANT ${toArray(privileges).map(String).join(", ")} ON ${asTablesStr(options, mOptions)} TO ${rolesStr}${withGrantOption ? " WITH GRANT OPTION" : ""};`;
	};
	_grantOnTables.reverse = revokeOnTables(mOptions);
	return _grantOnTables;
}

//#endregion
//#region src/operations/grants/revokeRoles.ts
function revokeRoles(mOptions) {
	const _revokeRoles = (roles, rolesFrom, options = {}) => {
		const { onlyAdminOption = false, cascade = false } = options;
		const rolesStr = toArray(roles).map(mOptions.literal).join(", ");
		const rolesToStr = toArray(rolesFrom).map(mOptions.literal).join(", ");
		return `REVOKE${onlyAdminOption ? " ADMIN OPTION FOR" : ""} ${rolesStr} FROM ${rolesToStr}${cascade ? " CASCADE" : ""};`;
	};
	return _revokeRoles;
}

//#endregion
//#region src/operations/grants/grantRoles.ts
function grantRoles(mOptions) {
	const _grantRoles = (rolesFrom, rolesTo, options = {}) => {
		const { withAdminOption = false } = options;
		return `GRANT ${toArray(rolesFrom).map(mOptions.literal).join(", ")} TO ${toArray(rolesTo).map(mOptions.literal).join(", ")}${withAdminOption ? " WITH ADMIN OPTION" : ""};`;
	};
	_grantRoles.reverse = revokeRoles(mOptions);
	return _grantRoles;
}

//#endregion
//#region src/operations/indexes/shared.ts
function isIndexColumn(value) {
	return typeof value === "object" && value !== null && "name" in value && typeof value.name === "string";
}
function generateIndexName(table, columns, options, schemalize) {
	if (options.name) return isSchemaNameObject(table) ? {
		schema: table.schema,
		name: options.name
	} : options.name;
	const cols = columns.map((col, idx) => {
		if (isIndexColumn(col)) return schemalize(col.name);
		if (isPgLiteral(col)) {
			const literalValue = "value" in col ? col.value : String(col);
			throw new Error(`Index name must be provided when using PgLiteral columns (column #${idx + 1}: ${literalValue})`);
		}
		return schemalize(col);
	}).join("_");
	const uniq = "unique" in options && options.unique ? "_unique" : "";
	return isNameObject(table) ? {
		schema: table.schema,
		name: `${table.name}_${cols}${uniq}_index`
	} : `${table}_${cols}${uniq}_index`;
}
function generateColumnString(column, mOptions) {
	if (isPgLiteral(column)) return column.toString();
	const name = mOptions.schemalize(column);
	if (!/[^\w".]/.test(name)) return mOptions.literal(name);
	return /\)$/.test(name) ? name : `(${name})`;
}
function generateColumnsString(columns, mOptions) {
	return columns.map((column) => {
		if (typeof column === "string" || isPgLiteral(column)) return generateColumnString(column, mOptions);
		return [
			generateColumnString(column.name, mOptions),
			column.opclass ? mOptions.literal(column.opclass) : void 0,
			column.sort
		].filter((s) => typeof s === "string" && s !== "").join(" ");
	}).join(", ");
}

//#endregion
//#region src/operations/indexes/dropIndex.ts
function dropIndex(mOptions) {
	const _drop = (tableName, rawColumns, options = {}) => {
		const { concurrently = false, ifExists = false, cascade = false } = options;
		const columns = toArray(rawColumns);
		const concurrentlyStr = concurrently ? " CONCURRENTLY" : "";
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const indexName = generateIndexName(tableName, columns, options, mOptions.schemalize);
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP INDEX${concurrentlyStr}${ifExistsStr} ${mOptions.literal(indexName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/indexes/createIndex.ts
function createIndex(mOptions) {
	const _create = (tableName, rawColumns, options = {}) => {
		const { unique = false, concurrently = false, ifNotExists = false, method, where, include, nulls } = options;
		if (nulls && !unique) throw new Error("The \"nulls\" option can only be used with unique indexes.");
		const columns = toArray(rawColumns);
		const indexName = generateIndexName(isNameObject(tableName) ? tableName.name : tableName, columns, options, mOptions.schemalize);
		const columnsString = generateColumnsString(columns, mOptions);
		const uniqueStr = unique ? " UNIQUE" : "";
		const concurrentlyStr = concurrently ? " CONCURRENTLY" : "";
		const ifNotExistsStr = ifNotExists ? " IF NOT EXISTS" : "";
		const methodStr = method ? ` USING ${method}` : "";
		const whereStr = where ? ` WHERE ${where}` : "";
		const includeStr = include ? ` INCLUDE (${toArray(include).map(mOptions.literal).join(", ")})` : "";
		const nullsStr = nulls ? ` NULLS ${nulls.toUpperCase()}` : "";
		return `CREATE${uniqueStr} INDEX${concurrentlyStr}${ifNotExistsStr} ${mOptions.literal(indexName)} ON ${mOptions.literal(tableName)}${methodStr} (${columnsString})${includeStr}${nullsStr}${whereStr};`;
	};
	_create.reverse = dropIndex(mOptions);
	return _create;
}

//#endregion
//#region src/operations/indexes/renameIndex.ts
function renameIndex(mOptions) {
	const _rename = (name, newName) => {
		return `ALTER INDEX ${mOptions.literal(name)} RENAME TO ${mOptions.literal(newName)};`;
	};
	_rename.reverse = (name, newName) => _rename(newName, name);
	return _rename;
}

//#endregion
//#region src/operations/materializedViews/shared.ts
function dataClause(data) {
	return data === void 0 ? "" : ` WITH${data ? "" : " NO"} DATA`;
}
function storageParameterStr(storageParameters) {
	return (key) => {
		return `${key}${storageParameters[key] === true ? "" : ` = ${storageParameters[key]}`}`;
	};
}

//#endregion
//#region src/operations/materializedViews/alterMaterializedView.ts
function alterMaterializedView(mOptions) {
	const _alter = (viewName, options) => {
		const { cluster, extension, storageParameters = {} } = options;
		const clauses = [];
		if (cluster !== void 0) if (cluster) clauses.push(`CLUSTER ON ${mOptions.literal(cluster)}`);
		else clauses.push("SET WITHOUT CLUSTER");
		if (extension) clauses.push(`DEPENDS ON EXTENSION ${mOptions.literal(extension)}`);
		const withOptions = Object.keys(storageParameters).filter((key) => storageParameters[key] !== null).map(storageParameterStr(storageParameters)).join(", ");
		if (withOptions) clauses.push(`SET (${withOptions})`);
		const resetOptions = Object.keys(storageParameters).filter((key) => storageParameters[key] === null).join(", ");
		if (resetOptions) clauses.push(`RESET (${resetOptions})`);
		const clausesStr = formatLines(clauses);
		return `ALTER MATERIALIZED VIEW ${mOptions.literal(viewName)}\n${clausesStr};`;
	};
	return _alter;
}

//#endregion
//#region src/operations/materializedViews/dropMaterializedView.ts
function dropMaterializedView(mOptions) {
	const _drop = (viewName, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP MATERIALIZED VIEW${ifExistsStr} ${mOptions.literal(viewName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/materializedViews/createMaterializedView.ts
function createMaterializedView(mOptions) {
	const _create = (viewName, options, definition) => {
		const { ifNotExists = false, columns = [], tablespace, storageParameters = {}, data } = options;
		const columnNames = toArray(columns).map(mOptions.literal).join(", ");
		const withOptions = Object.keys(storageParameters).map(storageParameterStr(storageParameters)).join(", ");
		const ifNotExistsStr = ifNotExists ? " IF NOT EXISTS" : "";
		const columnsStr = columnNames ? `(${columnNames})` : "";
		const withOptionsStr = withOptions ? ` WITH (${withOptions})` : "";
		const tablespaceStr = tablespace ? ` TABLESPACE ${mOptions.literal(tablespace)}` : "";
		const dataStr = dataClause(data);
		return `CREATE MATERIALIZED VIEW${ifNotExistsStr} ${mOptions.literal(viewName)}${columnsStr}${withOptionsStr}${tablespaceStr} AS ${definition}${dataStr};`;
	};
	_create.reverse = dropMaterializedView(mOptions);
	return _create;
}

//#endregion
//#region src/operations/materializedViews/refreshMaterializedView.ts
function refreshMaterializedView(mOptions) {
	const _refresh = (viewName, options = {}) => {
		const { concurrently = false, data } = options;
		const concurrentlyStr = concurrently ? " CONCURRENTLY" : "";
		const dataStr = dataClause(data);
		return `REFRESH MATERIALIZED VIEW${concurrentlyStr} ${mOptions.literal(viewName)}${dataStr};`;
	};
	_refresh.reverse = _refresh;
	return _refresh;
}

//#endregion
//#region src/operations/materializedViews/renameMaterializedView.ts
function renameMaterializedView(mOptions) {
	const _rename = (viewName, newViewName) => {
		return `ALTER MATERIALIZED VIEW ${mOptions.literal(viewName)} RENAME TO ${mOptions.literal(newViewName)};`;
	};
	_rename.reverse = (viewName, newViewName) => _rename(newViewName, viewName);
	return _rename;
}

//#endregion
//#region src/operations/materializedViews/renameMaterializedViewColumn.ts
function renameMaterializedViewColumn(mOptions) {
	const _rename = (viewName, columnName, newColumnName) => {
		return `ALTER MATERIALIZED VIEW ${mOptions.literal(viewName)} RENAME COLUMN ${mOptions.literal(columnName)} TO ${mOptions.literal(newColumnName)};`;
	};
	_rename.reverse = (viewName, columnName, newColumnName) => _rename(viewName, newColumnName, columnName);
	return _rename;
}

//#endregion
//#region src/operations/operators/shared.ts
function operatorMap(mOptions) {
	return ({ type, number, name, params = [] }) => {
		const nameStr = mOptions.literal(name);
		if (type.toLowerCase() === "operator") {
			if (params.length > 2) throw new Error("Operator can't have more than 2 parameters");
			return `OPERATOR ${number} ${nameStr}${params.length > 0 ? formatParams(params, mOptions) : ""}`;
		}
		if (type.toLowerCase() === "function") return `FUNCTION ${number} ${nameStr}${formatParams(params, mOptions)}`;
		throw new Error("Operator \"type\" must be either \"function\" or \"operator\"");
	};
}

//#endregion
//#region src/operations/operators/removeFromOperatorFamily.ts
const removeFromOperatorFamily = (mOptions) => {
	const method = (operatorFamilyName, indexMethod, operatorList) => {
		return `ALTER OPERATOR FAMILY ${mOptions.literal(operatorFamilyName)} USING ${indexMethod} DROP
  ${operatorList.map(operatorMap(mOptions)).join(",\n  ")};`;
	};
	return method;
};

//#endregion
//#region src/operations/operators/addToOperatorFamily.ts
const addToOperatorFamily = (mOptions) => {
	const method = (operatorFamilyName, indexMethod, operatorList) => {
		return `ALTER OPERATOR FAMILY ${mOptions.literal(operatorFamilyName)} USING ${indexMethod} ADD
  ${operatorList.map(operatorMap(mOptions)).join(",\n  ")};`;
	};
	method.reverse = removeFromOperatorFamily(mOptions);
	return method;
};

//#endregion
//#region src/operations/operators/dropOperator.ts
function dropOperator(mOptions) {
	const _drop = (operatorName, options = {}) => {
		const { left = "none", right = "none", ifExists = false, cascade = false } = options;
		const operatorNameStr = mOptions.schemalize(operatorName);
		const leftStr = mOptions.literal(left);
		const rightStr = mOptions.literal(right);
		return `DROP OPERATOR${ifExists ? " IF EXISTS" : ""} ${operatorNameStr}(${leftStr}, ${rightStr})${cascade ? " CASCADE" : ""};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/operators/createOperator.ts
function createOperator(mOptions) {
	const _create = (operatorName, options) => {
		const { procedure, left, right, commutator, negator, restrict, join, hashes = false, merges = false } = options;
		const defs = [`PROCEDURE = ${mOptions.literal(procedure)}`];
		if (left) defs.push(`LEFTARG = ${mOptions.literal(left)}`);
		if (right) defs.push(`RIGHTARG = ${mOptions.literal(right)}`);
		if (commutator) defs.push(`COMMUTATOR = ${mOptions.schemalize(commutator)}`);
		if (negator) defs.push(`NEGATOR = ${mOptions.schemalize(negator)}`);
		if (restrict) defs.push(`RESTRICT = ${mOptions.literal(restrict)}`);
		if (join) defs.push(`JOIN = ${mOptions.literal(join)}`);
		if (hashes) defs.push("HASHES");
		if (merges) defs.push("MERGES");
		return `CREATE OPERATOR ${mOptions.schemalize(operatorName)} (${defs.join(", ")});`;
	};
	_create.reverse = dropOperator(mOptions);
	return _create;
}

//#endregion
//#region src/operations/operators/dropOperatorClass.ts
function dropOperatorClass(mOptions) {
	const _drop = (operatorClassName, indexMethod, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const operatorClassNameStr = mOptions.literal(operatorClassName);
		return `DROP OPERATOR CLASS${ifExists ? " IF EXISTS" : ""} ${operatorClassNameStr} USING ${indexMethod}${cascade ? " CASCADE" : ""};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/operators/createOperatorClass.ts
function createOperatorClass(mOptions) {
	const _create = (operatorClassName, type, indexMethod, operatorList, options) => {
		const { default: isDefault, family } = options;
		return `CREATE OPERATOR CLASS ${mOptions.literal(operatorClassName)}${isDefault ? " DEFAULT" : ""} FOR TYPE ${mOptions.literal(applyType(type).type)} USING ${mOptions.literal(indexMethod)}${family ? ` FAMILY ${family}` : ""} AS
  ${operatorList.map(operatorMap(mOptions)).join(",\n  ")};`;
	};
	_create.reverse = (operatorClassName, type, indexMethod, operatorList, options) => dropOperatorClass(mOptions)(operatorClassName, indexMethod, options);
	return _create;
}

//#endregion
//#region src/operations/operators/dropOperatorFamily.ts
function dropOperatorFamily(mOptions) {
	const _drop = (operatorFamilyName, indexMethod, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const operatorFamilyNameStr = mOptions.literal(operatorFamilyName);
		return `DROP OPERATOR FAMILY${ifExists ? " IF EXISTS" : ""} ${operatorFamilyNameStr} USING ${indexMethod}${cascade ? " CASCADE" : ""};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/operators/createOperatorFamily.ts
function createOperatorFamily(mOptions) {
	const _create = (operatorFamilyName, indexMethod) => {
		return `CREATE OPERATOR FAMILY ${mOptions.literal(operatorFamilyName)} USING ${indexMethod};`;
	};
	_create.reverse = dropOperatorFamily(mOptions);
	return _create;
}

//#endregion
//#region src/operations/operators/renameOperatorClass.ts
function renameOperatorClass(mOptions) {
	const _rename = (oldOperatorClassName, indexMethod, newOperatorClassName) => {
		return `ALTER OPERATOR CLASS ${mOptions.literal(oldOperatorClassName)} USING ${indexMethod} RENAME TO ${mOptions.literal(newOperatorClassName)};`;
	};
	_rename.reverse = (oldOperatorClassName, indexMethod, newOperatorClassName) => _rename(newOperatorClassName, indexMethod, oldOperatorClassName);
	return _rename;
}

//#endregion
//#region src/operations/operators/renameOperatorFamily.ts
function renameOperatorFamily(mOptions) {
	const _rename = (oldOperatorFamilyName, indexMethod, newOperatorFamilyName) => {
		return `ALTER OPERATOR FAMILY ${mOptions.literal(oldOperatorFamilyName)} USING ${indexMethod} RENAME TO ${mOptions.literal(newOperatorFamilyName)};`;
	};
	_rename.reverse = (oldOperatorFamilyName, indexMethod, newOperatorFamilyName) => _rename(newOperatorFamilyName, indexMethod, oldOperatorFamilyName);
	return _rename;
}

//#endregion
//#region src/operations/policies/shared.ts
function makeClauses({ role, using, check }) {
	const roles = toArray(role).join(", ");
	const clauses = [];
	if (roles) clauses.push(`TO ${roles}`);
	if (using) clauses.push(`USING (${using})`);
	if (check) clauses.push(`WITH CHECK (${check})`);
	return clauses;
}

//#endregion
//#region src/operations/policies/alterPolicy.ts
function alterPolicy(mOptions) {
	const _alter = (tableName, policyName, options = {}) => {
		const clauses = makeClauses(options);
		if (clauses.length === 0) throw new Error("No policy options provided for alterPolicy");
		const clausesStr = clauses.join(" ");
		return `ALTER POLICY ${mOptions.literal(policyName)} ON ${mOptions.literal(tableName)} ${clausesStr};`;
	};
	return _alter;
}

//#endregion
//#region src/operations/policies/dropPolicy.ts
function dropPolicy(mOptions) {
	const _drop = (tableName, policyName, options = {}) => {
		const { ifExists = false } = options;
		return `DROP POLICY${ifExists ? " IF EXISTS" : ""} ${mOptions.literal(policyName)} ON ${mOptions.literal(tableName)};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/policies/createPolicy.ts
function createPolicy(mOptions) {
	const _create = (tableName, policyName, options = {}) => {
		const { role = "PUBLIC", command = "ALL" } = options;
		const createOptions = {
			...options,
			role
		};
		const clausesStr = [`FOR ${command}`, ...makeClauses(createOptions)].join(" ");
		return `CREATE POLICY ${mOptions.literal(policyName)} ON ${mOptions.literal(tableName)} ${clausesStr};`;
	};
	_create.reverse = dropPolicy(mOptions);
	return _create;
}

//#endregion
//#region src/operations/policies/renamePolicy.ts
function renamePolicy(mOptions) {
	const _rename = (tableName, policyName, newPolicyName) => {
		const policyNameStr = mOptions.literal(policyName);
		const newPolicyNameStr = mOptions.literal(newPolicyName);
		return `ALTER POLICY ${policyNameStr} ON ${mOptions.literal(tableName)} RENAME TO ${newPolicyNameStr};`;
	};
	_rename.reverse = (tableName, policyName, newPolicyName) => _rename(tableName, newPolicyName, policyName);
	return _rename;
}

//#endregion
//#region src/operations/roles/shared.ts
function formatRoleOptions(roleOptions = {}) {
	const options = [];
	if (roleOptions.superuser !== void 0) options.push(roleOptions.superuser ? "SUPERUSER" : "NOSUPERUSER");
	if (roleOptions.createdb !== void 0) options.push(roleOptions.createdb ? "CREATEDB" : "NOCREATEDB");
	if (roleOptions.createrole !== void 0) options.push(roleOptions.createrole ? "CREATEROLE" : "NOCREATEROLE");
	if (roleOptions.inherit !== void 0) options.push(roleOptions.inherit ? "INHERIT" : "NOINHERIT");
	if (roleOptions.login !== void 0) options.push(roleOptions.login ? "LOGIN" : "NOLOGIN");
	if (roleOptions.replication !== void 0) options.push(roleOptions.replication ? "REPLICATION" : "NOREPLICATION");
	if (roleOptions.bypassrls !== void 0) options.push(roleOptions.bypassrls ? "BYPASSRLS" : "NOBYPASSRLS");
	if (roleOptions.limit) options.push(`CONNECTION LIMIT ${roleOptions.limit}`);
	if (roleOptions.password !== void 0) {
		const encrypted = roleOptions.encrypted === false ? "UNENCRYPTED" : "ENCRYPTED";
		options.push(`${encrypted} PASSWORD ${escapeValue(roleOptions.password)}`);
	}
	if (roleOptions.valid !== void 0) {
		const valid = roleOptions.valid ? escapeValue(roleOptions.valid) : "'infinity'";
		options.push(`VALID UNTIL ${valid}`);
	}
	if (roleOptions.inRole) {
		const inRole = toArray(roleOptions.inRole).join(", ");
		options.push(`IN ROLE ${inRole}`);
	}
	if (roleOptions.role) {
		const role = toArray(roleOptions.role).join(", ");
		options.push(`ROLE ${role}`);
	}
	if (roleOptions.admin) {
		const admin = toArray(roleOptions.admin).join(", ");
		options.push(`ADMIN ${admin}`);
	}
	return options.join(" ");
}

//#endregion
//#region src/operations/roles/alterRole.ts
function alterRole(mOptions) {
	const _alter = (roleName, roleOptions = {}) => {
		const options = formatRoleOptions(roleOptions);
		return options ? `ALTER ROLE ${mOptions.literal(roleName)} WITH ${options};` : "";
	};
	return _alter;
}

//#endregion
//#region src/operations/roles/dropRole.ts
function dropRole(mOptions) {
	const _drop = (roleName, options = {}) => {
		const { ifExists = false } = options;
		return `DROP ROLE${ifExists ? " IF EXISTS" : ""} ${mOptions.literal(roleName)};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/roles/createRole.ts
function createRole(mOptions) {
	const _create = (roleName, roleOptions = {}) => {
		const options = formatRoleOptions({
			...roleOptions,
			superuser: roleOptions.superuser || false,
			createdb: roleOptions.createdb || false,
			createrole: roleOptions.createrole || false,
			inherit: roleOptions.inherit !== false,
			login: roleOptions.login || false,
			replication: roleOptions.replication || false
		});
		const optionsStr = options ? ` WITH ${options}` : "";
		return `CREATE ROLE ${mOptions.literal(roleName)}${optionsStr};`;
	};
	_create.reverse = dropRole(mOptions);
	return _create;
}

//#endregion
//#region src/operations/roles/renameRole.ts
function renameRole(mOptions) {
	const _rename = (oldRoleName, newRoleName) => {
		return `ALTER ROLE ${mOptions.literal(oldRoleName)} RENAME TO ${mOptions.literal(newRoleName)};`;
	};
	_rename.reverse = (oldRoleName, newRoleName) => _rename(newRoleName, oldRoleName);
	return _rename;
}

//#endregion
//#region src/operations/schemas/dropSchema.ts
function dropSchema(mOptions) {
	const _drop = (schemaName, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP SCHEMA${ifExistsStr} ${mOptions.literal(schemaName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/schemas/createSchema.ts
function createSchema(mOptions) {
	const _create = (schemaName, options = {}) => {
		const { ifNotExists = false, authorization } = options;
		return `CREATE SCHEMA${ifNotExists ? " IF NOT EXISTS" : ""} ${mOptions.literal(schemaName)}${authorization ? ` AUTHORIZATION ${authorization}` : ""};`;
	};
	_create.reverse = dropSchema(mOptions);
	return _create;
}

//#endregion
//#region src/operations/schemas/renameSchema.ts
function renameSchema(mOptions) {
	const _rename = (schemaName, newSchemaName) => {
		return `ALTER SCHEMA ${mOptions.literal(schemaName)} RENAME TO ${mOptions.literal(newSchemaName)};`;
	};
	_rename.reverse = (schemaName, newSchemaName) => _rename(newSchemaName, schemaName);
	return _rename;
}

//#endregion
//#region src/operations/sequences/shared.ts
function parseSequenceOptions(typeShorthands, options) {
	const { type, increment, minvalue, maxvalue, start, cache, cycle, owner } = options;
	const clauses = [];
	if (type) clauses.push(`AS ${applyType(type, typeShorthands).type}`);
	if (increment) clauses.push(`INCREMENT BY ${increment}`);
	if (minvalue) clauses.push(`MINVALUE ${minvalue}`);
	else if (minvalue === null || minvalue === false) clauses.push("NO MINVALUE");
	if (maxvalue) clauses.push(`MAXVALUE ${maxvalue}`);
	else if (maxvalue === null || maxvalue === false) clauses.push("NO MAXVALUE");
	if (start) clauses.push(`START WITH ${start}`);
	if (cache) clauses.push(`CACHE ${cache}`);
	if (cycle) clauses.push("CYCLE");
	else if (cycle === false) clauses.push("NO CYCLE");
	if (owner) clauses.push(`OWNED BY ${owner}`);
	else if (owner === null || owner === false) clauses.push("OWNED BY NONE");
	return clauses;
}

//#endregion
//#region src/operations/sequences/alterSequence.ts
function alterSequence(mOptions) {
	return (sequenceName, options) => {
		const { restart } = options;
		const clauses = parseSequenceOptions(mOptions.typeShorthands, options);
		if (restart) if (restart === true) clauses.push("RESTART");
		else clauses.push(`RESTART WITH ${restart}`);
		if (clauses.length === 0) throw new Error("No sequence options provided for alterSequence");
		return `ALTER SEQUENCE ${mOptions.literal(sequenceName)}
  ${clauses.join("\n  ")};`;
	};
}

//#endregion
//#region src/operations/sequences/dropSequence.ts
function dropSequence(mOptions) {
	const _drop = (sequenceName, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP SEQUENCE${ifExistsStr} ${mOptions.literal(sequenceName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/sequences/createSequence.ts
function createSequence(mOptions) {
	const _create = (sequenceName, options = {}) => {
		const { temporary = false, ifNotExists = false } = options;
		return `CREATE${temporary ? " TEMPORARY" : ""} SEQUENCE${ifNotExists ? " IF NOT EXISTS" : ""} ${mOptions.literal(sequenceName)}
  ${parseSequenceOptions(mOptions.typeShorthands, options).join("\n  ")};`;
	};
	_create.reverse = dropSequence(mOptions);
	return _create;
}

//#endregion
//#region src/operations/sequences/renameSequence.ts
function renameSequence(mOptions) {
	const _rename = (sequenceName, newSequenceName) => {
		return `ALTER SEQUENCE ${mOptions.literal(sequenceName)} RENAME TO ${mOptions.literal(newSequenceName)};`;
	};
	_rename.reverse = (sequenceName, newSequenceName) => _rename(newSequenceName, sequenceName);
	return _rename;
}

//#endregion
//#region src/operations/sql.ts
function sql(mOptions) {
	const t = createTransformer(mOptions.literal);
	return (sqlStr, args) => {
		let statement = t(sqlStr, args);
		if (statement.lastIndexOf(";") !== statement.length - 1) statement += ";";
		return statement;
	};
}

//#endregion
//#region src/operations/tables/dropColumns.ts
function dropColumns(mOptions) {
	const _drop = (tableName, columns, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		if (typeof columns === "string") columns = [columns];
		else if (!Array.isArray(columns) && typeof columns === "object") columns = Object.keys(columns);
		const ifExistsStr = ifExists ? "IF EXISTS " : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		const lines = columns.map(mOptions.literal).map((column) => `DROP ${ifExistsStr}${column}${cascadeStr}`);
		return `ALTER TABLE ${mOptions.literal(tableName)}
${formatLines(lines)};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/tables/shared.ts
function parseReferences(options, literal) {
	const { references, match, onDelete, onUpdate } = options;
	const clauses = [typeof references === "string" && (references.startsWith("\"") || references.endsWith(")")) ? `REFERENCES ${references}` : `REFERENCES ${literal(references)}`];
	if (match) clauses.push(`MATCH ${match}`);
	if (onDelete) clauses.push(`ON DELETE ${onDelete}`);
	if (onUpdate) clauses.push(`ON UPDATE ${onUpdate}`);
	return clauses.join(" ");
}
function parseDeferrable(options) {
	return `DEFERRABLE INITIALLY ${options.deferred ? "DEFERRED" : "IMMEDIATE"}`;
}
function parseColumns(tableName, columns, mOptions) {
	const extendingTypeShorthands = mOptions.typeShorthands;
	let columnsWithOptions = Object.keys(columns).reduce((previous, column) => ({
		...previous,
		[column]: applyType(columns[column], extendingTypeShorthands)
	}), {});
	const primaryColumns = Object.entries(columnsWithOptions).filter(([, { primaryKey }]) => Boolean(primaryKey)).map(([columnName]) => columnName);
	const multiplePrimaryColumns = primaryColumns.length > 1;
	if (multiplePrimaryColumns) columnsWithOptions = Object.fromEntries(Object.entries(columnsWithOptions).map(([columnName, options]) => [columnName, {
		...options,
		primaryKey: false
	}]));
	const comments = Object.entries(columnsWithOptions).map(([columnName, { comment }]) => {
		return comment !== void 0 && makeComment("COLUMN", `${mOptions.literal(tableName)}.${mOptions.literal(columnName)}`, comment);
	}).filter((comment) => Boolean(comment));
	return {
		columns: Object.entries(columnsWithOptions).map(([columnName, options]) => {
			const { type, array, collation, default: defaultValue, unique, primaryKey, notNull, check, references, referencesConstraintName, referencesConstraintComment, deferrable, expressionGenerated } = options;
			const sequenceGenerated = options.sequenceGenerated;
			const constraints = [];
			if (collation) constraints.push(`COLLATE ${collation}`);
			if (defaultValue !== void 0) constraints.push(`DEFAULT ${escapeValue(defaultValue)}`);
			if (unique) constraints.push("UNIQUE");
			if (primaryKey) constraints.push("PRIMARY KEY");
			if (notNull) constraints.push("NOT NULL");
			if (check) constraints.push(`CHECK (${check})`);
			if (references) {
				const name = referencesConstraintName || (referencesConstraintComment ? `${tableName}_fk_${columnName}` : "");
				const constraintName = name ? `CONSTRAINT ${mOptions.literal(name)} ` : "";
				constraints.push(`${constraintName}${parseReferences(options, mOptions.literal)}`);
				if (referencesConstraintComment) comments.push(makeComment(`CONSTRAINT ${mOptions.literal(name)} ON`, mOptions.literal(tableName), referencesConstraintComment));
			}
			if (deferrable) constraints.push(parseDeferrable(options));
			if (sequenceGenerated) {
				const sequenceOptions = parseSequenceOptions(extendingTypeShorthands, sequenceGenerated).join(" ");
				constraints.push(`GENERATED ${sequenceGenerated.precedence} AS IDENTITY${sequenceOptions ? ` (${sequenceOptions})` : ""}`);
			}
			if (expressionGenerated) constraints.push(`GENERATED ALWAYS AS (${expressionGenerated}) STORED`);
			const constraintsStr = constraints.length > 0 ? ` ${constraints.join(" ")}` : "";
			const baseType = typeof type === "object" ? mOptions.literal(type) : type;
			const sType = array === true ? `${baseType} ARRAY` : typeof array === "number" ? `${baseType} ARRAY[${array}]` : baseType;
			return `${mOptions.literal(columnName)} ${sType}${constraintsStr}`;
		}),
		constraints: multiplePrimaryColumns ? { primaryKey: primaryColumns } : {},
		comments
	};
}
function parseConstraints(table, options, optionName, literal) {
	const { check, unique, primaryKey, foreignKeys, exclude, deferrable, comment } = options;
	const tableName = isNameObject(table) ? table.name : table;
	let constraints = [];
	const comments = [];
	if (check) if (Array.isArray(check)) for (const [i, ch] of check.entries()) {
		const name = literal(optionName || `${tableName}_chck_${i + 1}`);
		constraints.push(`CONSTRAINT ${name} CHECK (${ch})`);
	}
	else {
		const name = literal(optionName || `${tableName}_chck`);
		constraints.push(`CONSTRAINT ${name} CHECK (${check})`);
	}
	if (unique) {
		const uniqueArray = toArray(unique);
		const isArrayOfArrays = uniqueArray.some((uniqueSet) => Array.isArray(uniqueSet));
		for (const uniqueSet of isArrayOfArrays ? uniqueArray : [uniqueArray]) {
			const cols = toArray(uniqueSet);
			const name = literal(optionName || `${tableName}_uniq_${cols.join("_")}`);
			constraints.push(`CONSTRAINT ${name} UNIQUE (${cols.map(literal).join(", ")})`);
		}
	}
	if (primaryKey) {
		const name = literal(optionName || `${tableName}_pkey`);
		const key = toArray(primaryKey).map(literal).join(", ");
		constraints.push(`CONSTRAINT ${name} PRIMARY KEY (${key})`);
	}
	if (foreignKeys) for (const fk of toArray(foreignKeys)) {
		const { columns, referencesConstraintName, referencesConstraintComment } = fk;
		const cols = toArray(columns);
		const name = literal(referencesConstraintName || optionName || `${tableName}_fk_${cols.join("_")}`);
		const key = cols.map(literal).join(", ");
		const referencesStr = parseReferences(fk, literal);
		constraints.push(`CONSTRAINT ${name} FOREIGN KEY (${key}) ${referencesStr}`);
		if (referencesConstraintComment) comments.push(makeComment(`CONSTRAINT ${name} ON`, literal(table), referencesConstraintComment));
	}
	if (exclude) {
		const name = literal(optionName || `${tableName}_excl`);
		constraints.push(`CONSTRAINT ${name} EXCLUDE ${exclude}`);
	}
	if (deferrable) constraints = constraints.map((constraint) => `${constraint} ${parseDeferrable(options)}`);
	if (comment) {
		if (!optionName) throw new Error("cannot comment on unspecified constraints");
		comments.push(makeComment(`CONSTRAINT ${literal(optionName)} ON`, literal(table), comment));
	}
	return {
		constraints,
		comments
	};
}
function parseLike(like, literal) {
	const formatOptions = (name, options) => toArray(options).filter((option) => option !== void 0).map((option) => ` ${name} ${option}`).join("");
	const table = typeof like === "string" || !("table" in like) ? like : like.table;
	const options = typeof like === "string" || !("options" in like) || like.options === void 0 ? "" : [formatOptions("INCLUDING", like.options.including), formatOptions("EXCLUDING", like.options.excluding)].join("");
	return `LIKE ${literal(table)}${options}`;
}

//#endregion
//#region src/operations/tables/addColumns.ts
function addColumns(mOptions) {
	const _add = (tableName, columns, options = {}) => {
		const { ifNotExists = false } = options;
		const { columns: columnLines, comments: columnComments = [] } = parseColumns(tableName, columns, mOptions);
		const columnsStr = formatLines(columnLines, `  ADD ${ifNotExists ? "IF NOT EXISTS " : ""}`);
		return `${`ALTER TABLE ${mOptions.literal(tableName)}\n${columnsStr};`}${columnComments.length > 0 ? `\n${columnComments.join("\n")}` : ""}`;
	};
	_add.reverse = dropColumns(mOptions);
	return _add;
}

//#endregion
//#region src/operations/tables/dropConstraint.ts
function dropConstraint(mOptions) {
	const _drop = (tableName, constraintName, options = {}) => {
		const { ifExists = false, ifTableExists = false, cascade = false } = options;
		const alterTableStr = ifTableExists ? "ALTER TABLE IF EXISTS" : "ALTER TABLE";
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `${alterTableStr} ${mOptions.literal(tableName)} DROP CONSTRAINT${ifExistsStr} ${mOptions.literal(constraintName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/tables/addConstraint.ts
function addConstraint(mOptions) {
	const _add = (tableName, constraintName, expressionOrOptions) => {
		const { constraints, comments } = typeof expressionOrOptions === "string" ? {
			constraints: [`${constraintName ? `CONSTRAINT ${mOptions.literal(constraintName)} ` : ""}${expressionOrOptions}`],
			comments: []
		} : parseConstraints(tableName, expressionOrOptions, constraintName, mOptions.literal);
		if (!constraints || constraints.length === 0) throw new Error("No constraint options provided for addConstraint");
		const constraintStr = formatLines(constraints, "  ADD ");
		return [`ALTER TABLE ${mOptions.literal(tableName)}\n${constraintStr};`, ...comments].join("\n");
	};
	_add.reverse = (tableName, constraintName, expressionOrOptions) => {
		if (constraintName === null) throw new Error("Impossible to automatically infer down migration for addConstraint without naming constraint");
		if (typeof expressionOrOptions === "string") throw new Error("Impossible to automatically infer down migration for addConstraint with raw SQL expression");
		return dropConstraint(mOptions)(tableName, constraintName, expressionOrOptions);
	};
	return _add;
}

//#endregion
//#region src/operations/tables/alterColumn.ts
function alterColumn(mOptions) {
	return (tableName, columnName, options) => {
		const { default: defaultValue, type, collation, using, notNull, allowNull, comment, expressionGenerated } = options;
		const sequenceGenerated = options.sequenceGenerated;
		const actions = [];
		if (defaultValue === null) actions.push("DROP DEFAULT");
		else if (defaultValue !== void 0) actions.push(`SET DEFAULT ${escapeValue(defaultValue)}`);
		if (type) {
			const typeStr = applyTypeAdapters(type);
			const collationStr = collation ? ` COLLATE ${collation}` : "";
			const usingStr = using ? ` USING ${using}` : "";
			actions.push(`SET DATA TYPE ${typeStr}${collationStr}${usingStr}`);
		}
		if (notNull) actions.push("SET NOT NULL");
		else if (notNull === false || allowNull) actions.push("DROP NOT NULL");
		if (sequenceGenerated !== void 0) if (sequenceGenerated) {
			const sequenceOptions = parseSequenceOptions(mOptions.typeShorthands, sequenceGenerated).join(" ");
			actions.push(`ADD GENERATED ${sequenceGenerated.precedence} AS IDENTITY${sequenceOptions ? ` (${sequenceOptions})` : ""}`);
		} else actions.push("DROP IDENTITY");
		if (expressionGenerated !== void 0) {
			if (typeof expressionGenerated === "string") actions.push(`SET EXPRESSION AS (${expressionGenerated})`);
			if (expressionGenerated === null) actions.push("DROP EXPRESSION");
		}
		const queries = [];
		if (actions.length > 0) {
			const columnsStr = formatLines(actions, `  ALTER ${mOptions.literal(columnName)} `);
			queries.push(`ALTER TABLE ${mOptions.literal(tableName)}\n${columnsStr};`);
		}
		if (comment !== void 0) queries.push(makeComment("COLUMN", `${mOptions.literal(tableName)}.${mOptions.literal(columnName)}`, comment));
		return queries.join("\n");
	};
}

//#endregion
//#region src/operations/tables/alterTable.ts
function alterTable(mOptions) {
	const _alter = (tableName, options) => {
		const { levelSecurity, unlogged } = options;
		const alterDefinition = [];
		if (levelSecurity) alterDefinition.push(`${levelSecurity} ROW LEVEL SECURITY`);
		if (unlogged === true) alterDefinition.push(`SET UNLOGGED`);
		else if (unlogged === false) alterDefinition.push(`SET LOGGED`);
		if (alterDefinition.length === 0) throw new Error("No table options provided for alterTable");
		return `ALTER TABLE ${mOptions.literal(tableName)}
  ${formatLines(alterDefinition)};`;
	};
	return _alter;
}

//#endregion
//#region src/operations/tables/dropTable.ts
function dropTable(mOptions) {
	const _drop = (tableName, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP TABLE${ifExistsStr} ${mOptions.literal(tableName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/tables/createTable.ts
function createTable(mOptions) {
	const _create = (tableName, columns, options = {}) => {
		const { temporary = false, ifNotExists = false, inherits, like, constraints: optionsConstraints = {}, comment, partition, unlogged = false } = options;
		const { columns: columnLines, constraints: crossColumnConstraints, comments: columnComments = [] } = parseColumns(tableName, columns, mOptions);
		const dupes = intersection(Object.keys(optionsConstraints), Object.keys(crossColumnConstraints));
		if (dupes.length > 0) {
			const dupesStr = dupes.join(", ");
			throw new Error(`There is duplicate constraint definition in table and columns options: ${dupesStr}`);
		}
		const { constraints: constraintLines, comments: constraintComments } = parseConstraints(tableName, {
			...optionsConstraints,
			...crossColumnConstraints
		}, "", mOptions.literal);
		const tableDefinition = [
			...columnLines,
			...constraintLines,
			...like ? [parseLike(like, mOptions.literal)] : []
		];
		if (temporary && unlogged) throw new Error("TEMPORARY and UNLOGGED cannot be used together.");
		const temporaryStr = temporary ? " TEMPORARY" : "";
		const unloggedStr = unlogged ? " UNLOGGED" : "";
		const ifNotExistsStr = ifNotExists ? " IF NOT EXISTS" : "";
		const inheritsStr = inherits ? ` INHERITS (${mOptions.literal(inherits)})` : "";
		const partitionStr = partition ? ` PARTITION BY ${partition.strategy} (${formatPartitionColumns(partition, mOptions.literal)})` : "";
		const createTableQuery = `CREATE${temporaryStr}${unloggedStr} TABLE${ifNotExistsStr} ${mOptions.literal(tableName)} (
${formatLines(tableDefinition)}
)${inheritsStr}${partitionStr};`;
		const comments = [...columnComments, ...constraintComments];
		if (comment !== void 0) comments.push(makeComment("TABLE", mOptions.literal(tableName), comment));
		return `${createTableQuery}${comments.length > 0 ? `\n${comments.join("\n")}` : ""}`;
	};
	_create.reverse = dropTable(mOptions);
	return _create;
}

//#endregion
//#region src/operations/tables/renameColumn.ts
function renameColumn(mOptions) {
	const _rename = (tableName, columnName, newName) => {
		return `ALTER TABLE ${mOptions.literal(tableName)} RENAME ${mOptions.literal(columnName)} TO ${mOptions.literal(newName)};`;
	};
	_rename.reverse = (tableName, columnName, newName) => _rename(tableName, newName, columnName);
	return _rename;
}

//#endregion
//#region src/operations/tables/renameConstraint.ts
function renameConstraint(mOptions) {
	const _rename = (tableName, constraintName, newName) => {
		return `ALTER TABLE ${mOptions.literal(tableName)} RENAME CONSTRAINT ${mOptions.literal(constraintName)} TO ${mOptions.literal(newName)};`;
	};
	_rename.reverse = (tableName, constraintName, newName) => _rename(tableName, newName, constraintName);
	return _rename;
}

//#endregion
//#region src/operations/tables/renameTable.ts
function renameTable(mOptions) {
	const _rename = (tableName, newName) => {
		return `ALTER TABLE ${mOptions.literal(tableName)} RENAME TO ${mOptions.literal(newName)};`;
	};
	_rename.reverse = (tableName, newName) => _rename(newName, tableName);
	return _rename;
}

//#endregion
//#region src/operations/triggers/dropTrigger.ts
function dropTrigger(mOptions) {
	const _drop = (tableName, triggerName, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP TRIGGER${ifExistsStr} ${mOptions.literal(triggerName)} ON ${mOptions.literal(tableName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/triggers/createTrigger.ts
function createTrigger(mOptions) {
	const _create = (tableName, triggerName, triggerOptions, definition) => {
		const { constraint = false, condition, operation, deferrable = false, deferred = false, functionParams = [] } = triggerOptions;
		let { when, level = "STATEMENT", function: functionName } = triggerOptions;
		const operations = toArray(operation).join(" OR ");
		if (constraint) when = "AFTER";
		if (!when) throw new Error("\"when\" (BEFORE/AFTER/INSTEAD OF) have to be specified");
		const isInsteadOf = /instead\s+of/i.test(when);
		if (isInsteadOf) level = "ROW";
		if (definition) functionName = functionName === void 0 ? triggerName : functionName;
		if (!functionName) throw new Error("Can't determine function name");
		if (isInsteadOf && condition) throw new Error("INSTEAD OF trigger can't have condition specified");
		if (!operations) throw new Error("\"operation\" (INSERT/UPDATE[ OF ...]/DELETE/TRUNCATE) have to be specified");
		const defferStr = constraint ? `${deferrable ? `DEFERRABLE INITIALLY ${deferred ? "DEFERRED" : "IMMEDIATE"}` : "NOT DEFERRABLE"}\n  ` : "";
		const conditionClause = condition ? `WHEN (${condition})\n  ` : "";
		const constraintStr = constraint ? " CONSTRAINT" : "";
		const paramsStr = functionParams.map(escapeValue).join(", ");
		const triggerNameStr = mOptions.literal(triggerName);
		const tableNameStr = mOptions.literal(tableName);
		const functionNameStr = mOptions.literal(functionName);
		const triggerSQL = `CREATE${constraintStr} TRIGGER ${triggerNameStr}
  ${when} ${operations} ON ${tableNameStr}
  ${defferStr}FOR EACH ${level}
  ${conditionClause}EXECUTE PROCEDURE ${functionNameStr}(${paramsStr});`;
		return `${definition ? `${createFunction(mOptions)(functionName, [], {
			...triggerOptions,
			returns: "trigger"
		}, definition)}\n` : ""}${triggerSQL}`;
	};
	_create.reverse = (tableName, triggerName, triggerOptions, definition) => {
		return `${dropTrigger(mOptions)(tableName, triggerName, triggerOptions)}${definition ? `\n${dropFunction(mOptions)(triggerOptions.function || triggerName, [], triggerOptions)}` : ""}`;
	};
	return _create;
}

//#endregion
//#region src/operations/triggers/renameTrigger.ts
function renameTrigger(mOptions) {
	const _rename = (tableName, oldTriggerName, newTriggerName) => {
		return `ALTER TRIGGER ${mOptions.literal(oldTriggerName)} ON ${mOptions.literal(tableName)} RENAME TO ${mOptions.literal(newTriggerName)};`;
	};
	_rename.reverse = (tableName, oldTriggerName, newTriggerName) => _rename(tableName, newTriggerName, oldTriggerName);
	return _rename;
}

//#endregion
//#region src/operations/types/dropTypeAttribute.ts
function dropTypeAttribute(mOptions) {
	const _drop = (typeName, attributeName, options = {}) => {
		const { ifExists = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		return `ALTER TYPE ${mOptions.literal(typeName)} DROP ATTRIBUTE ${mOptions.literal(attributeName)}${ifExistsStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/types/addTypeAttribute.ts
function addTypeAttribute(mOptions) {
	const _alterAttributeAdd = (typeName, attributeName, attributeType) => {
		const typeStr = applyType(attributeType, mOptions.typeShorthands).type;
		return `ALTER TYPE ${mOptions.literal(typeName)} ADD ATTRIBUTE ${mOptions.literal(attributeName)} ${typeStr};`;
	};
	_alterAttributeAdd.reverse = dropTypeAttribute(mOptions);
	return _alterAttributeAdd;
}

//#endregion
//#region src/operations/types/addTypeValue.ts
function addTypeValue(mOptions) {
	const _add = (typeName, value, options = {}) => {
		const { before, after, ifNotExists = false } = options;
		if (before && after) throw new Error("\"before\" and \"after\" can't be specified together");
		const beforeStr = before ? ` BEFORE ${escapeValue(before)}` : "";
		const afterStr = after ? ` AFTER ${escapeValue(after)}` : "";
		const ifNotExistsStr = ifNotExists ? " IF NOT EXISTS" : "";
		const valueStr = escapeValue(value);
		return `ALTER TYPE ${mOptions.literal(typeName)} ADD VALUE${ifNotExistsStr} ${valueStr}${beforeStr}${afterStr};`;
	};
	return _add;
}

//#endregion
//#region src/operations/types/dropType.ts
function dropType(mOptions) {
	const _drop = (typeName, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP TYPE${ifExistsStr} ${mOptions.literal(typeName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/types/createType.ts
function createType(mOptions) {
	const _create = (typeName, options) => {
		if (Array.isArray(options)) {
			const optionsStr = options.map(escapeValue).join(", ");
			return `CREATE TYPE ${mOptions.literal(typeName)} AS ENUM (${optionsStr});`;
		}
		const attributes = Object.entries(options).map(([attributeName, attribute]) => {
			const typeStr = applyType(attribute, mOptions.typeShorthands).type;
			return `${mOptions.literal(attributeName)} ${typeStr}`;
		}).join(",\n");
		return `CREATE TYPE ${mOptions.literal(typeName)} AS (\n${attributes}\n);`;
	};
	_create.reverse = dropType(mOptions);
	return _create;
}

//#endregion
//#region src/operations/types/renameType.ts
function renameType(mOptions) {
	const _rename = (typeName, newTypeName) => {
		return `ALTER TYPE ${mOptions.literal(typeName)} RENAME TO ${mOptions.literal(newTypeName)};`;
	};
	_rename.reverse = (typeName, newTypeName) => _rename(newTypeName, typeName);
	return _rename;
}

//#endregion
//#region src/operations/types/renameTypeAttribute.ts
function renameTypeAttribute(mOptions) {
	const _rename = (typeName, attributeName, newAttributeName) => {
		return `ALTER TYPE ${mOptions.literal(typeName)} RENAME ATTRIBUTE ${mOptions.literal(attributeName)} TO ${mOptions.literal(newAttributeName)};`;
	};
	_rename.reverse = (typeName, attributeName, newAttributeName) => _rename(typeName, newAttributeName, attributeName);
	return _rename;
}

//#endregion
//#region src/operations/types/renameTypeValue.ts
function renameTypeValue(mOptions) {
	const _rename = (typeName, value, newValue) => {
		const valueStr = escapeValue(value);
		const newValueStr = escapeValue(newValue);
		return `ALTER TYPE ${mOptions.literal(typeName)} RENAME VALUE ${valueStr} TO ${newValueStr};`;
	};
	_rename.reverse = (typeName, value, newValue) => _rename(typeName, newValue, value);
	return _rename;
}

//#endregion
//#region src/operations/types/setTypeAttribute.ts
function setTypeAttribute(mOptions) {
	return (typeName, attributeName, attributeType) => {
		const typeStr = applyType(attributeType, mOptions.typeShorthands).type;
		return `ALTER TYPE ${mOptions.literal(typeName)} ALTER ATTRIBUTE ${mOptions.literal(attributeName)} SET DATA TYPE ${typeStr};`;
	};
}

//#endregion
//#region src/operations/views/shared.ts
function viewOptionStr(options) {
	return (key) => {
		return `${key}${options[key] === true ? "" : ` = ${options[key]}`}`;
	};
}

//#endregion
//#region src/operations/views/alterView.ts
function alterView(mOptions) {
	const _alter = (viewName, viewOptions) => {
		const { checkOption, options = {} } = viewOptions;
		if (checkOption !== void 0) if (options.check_option === void 0) options.check_option = checkOption;
		else throw new Error("\"options.check_option\" and \"checkOption\" can't be specified together");
		const clauses = [];
		const withOptions = Object.keys(options).filter((key) => options[key] !== null).map(viewOptionStr(options)).join(", ");
		if (withOptions) clauses.push(`SET (${withOptions})`);
		const resetOptions = Object.keys(options).filter((key) => options[key] === null).join(", ");
		if (resetOptions) clauses.push(`RESET (${resetOptions})`);
		return clauses.map((clause) => `ALTER VIEW ${mOptions.literal(viewName)} ${clause};`).join("\n");
	};
	return _alter;
}

//#endregion
//#region src/operations/views/alterViewColumn.ts
function alterViewColumn(mOptions) {
	const _alter = (viewName, columnName, options) => {
		const { default: defaultValue } = options;
		const actions = [];
		if (defaultValue === null) actions.push("DROP DEFAULT");
		else if (defaultValue !== void 0) actions.push(`SET DEFAULT ${escapeValue(defaultValue)}`);
		const viewNameStr = mOptions.literal(viewName);
		const columnNameStr = mOptions.literal(columnName);
		return actions.map((action) => `ALTER VIEW ${viewNameStr} ALTER COLUMN ${columnNameStr} ${action};`).join("\n");
	};
	return _alter;
}

//#endregion
//#region src/operations/views/dropView.ts
function dropView(mOptions) {
	const _drop = (viewName, options = {}) => {
		const { ifExists = false, cascade = false } = options;
		const ifExistsStr = ifExists ? " IF EXISTS" : "";
		const cascadeStr = cascade ? " CASCADE" : "";
		return `DROP VIEW${ifExistsStr} ${mOptions.literal(viewName)}${cascadeStr};`;
	};
	return _drop;
}

//#endregion
//#region src/operations/views/createView.ts
function createView(mOptions) {
	const _create = (viewName, viewOptions, definition) => {
		const { temporary = false, replace = false, recursive = false, columns = [], options = {}, checkOption } = viewOptions;
		const columnNames = toArray(columns).map(mOptions.literal).join(", ");
		const withOptions = Object.keys(options).map(viewOptionStr(options)).join(", ");
		const replaceStr = replace ? " OR REPLACE" : "";
		const temporaryStr = temporary ? " TEMPORARY" : "";
		const recursiveStr = recursive ? " RECURSIVE" : "";
		const columnStr = columnNames ? `(${columnNames})` : "";
		const withOptionsStr = withOptions ? ` WITH (${withOptions})` : "";
		const checkOptionStr = checkOption ? ` WITH ${checkOption} CHECK OPTION` : "";
		return `CREATE${replaceStr}${temporaryStr}${recursiveStr} VIEW ${mOptions.literal(viewName)}${columnStr}${withOptionsStr} AS ${definition}${checkOptionStr};`;
	};
	_create.reverse = dropView(mOptions);
	return _create;
}

//#endregion
//#region src/operations/views/renameView.ts
function renameView(mOptions) {
	const _rename = (viewName, newViewName) => {
		return `ALTER VIEW ${mOptions.literal(viewName)} RENAME TO ${mOptions.literal(newViewName)};`;
	};
	_rename.reverse = (viewName, newViewName) => _rename(newViewName, viewName);
	return _rename;
}

//#endregion
//#region src/migrationBuilder.ts
/**
* Export "PgLiteral" of module "src/utils/PgLiteral.ts" was reexported through module "src/utils/index.ts"
* while both modules are dependencies of each other and will end up in different chunks by current Rollup settings.
* This scenario is not well supported at the moment as it will produce a circular dependency between chunks
* and will likely lead to broken execution order.
* Either change the import in "src/migrationBuilder.ts" to point directly to the exporting module
* or reconfigure "output.manualChunks" to ensure these modules end up in the same chunk.
*/
var MigrationBuilder = class {
	/**
	* Install an extension.
	*
	* @alias addExtension
	*
	* @see https://www.postgresql.org/docs/current/sql-createextension.html
	*/
	createExtension;
	/**
	* Remove an extension.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropextension.html
	*/
	dropExtension;
	/**
	* Install an extension.
	*
	* @alias createExtension
	*
	* @see https://www.postgresql.org/docs/current/sql-createextension.html
	*/
	addExtension;
	/**
	* Define a new table.
	*
	* @see https://www.postgresql.org/docs/current/sql-createtable.html
	*/
	createTable;
	/**
	* Remove a table.
	*
	* @see https://www.postgresql.org/docs/current/sql-droptable.html
	*/
	dropTable;
	/**
	* Rename a table.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	renameTable;
	/**
	* Change the definition of a table.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	alterTable;
	/**
	* Add columns to a table.
	*
	* @alias addColumn
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	addColumns;
	/**
	* Remove columns from a table.
	*
	* @alias dropColumn
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	dropColumns;
	/**
	* Rename a column.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	renameColumn;
	/**
	* Change the definition of a column.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	alterColumn;
	/**
	* Add a column to a table.
	*
	* @alias addColumns
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	addColumn;
	/**
	* Remove a column from a table.
	*
	* @alias dropColumns
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	dropColumn;
	/**
	* Add a constraint to a table.
	*
	* @alias createConstraint
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	addConstraint;
	/**
	* Remove a constraint from a table.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	dropConstraint;
	/**
	* Rename a constraint.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	renameConstraint;
	/**
	* Add a constraint to a table.
	*
	* @alias addConstraint
	*
	* @see https://www.postgresql.org/docs/current/sql-altertable.html
	*/
	createConstraint;
	/**
	* Define a new data type.
	*
	* @alias addType
	*
	* @see https://www.postgresql.org/docs/current/sql-createtype.html
	*/
	createType;
	/**
	* Remove a data type.
	*
	* @see https://www.postgresql.org/docs/current/sql-droptype.html
	*/
	dropType;
	/**
	* Define a new data type.
	*
	* @alias createType
	*
	* @see https://www.postgresql.org/docs/current/sql-createtype.html
	*/
	addType;
	/**
	* Rename a data type.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertype.html
	*/
	renameType;
	/**
	* Rename a data type attribute.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertype.html
	*/
	renameTypeAttribute;
	/**
	* Rename a data type value.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertype.html
	*/
	renameTypeValue;
	/**
	* Add an attribute to a data type.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertype.html
	*/
	addTypeAttribute;
	/**
	* Remove an attribute from a data type.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertype.html
	*/
	dropTypeAttribute;
	/**
	* Set an attribute of a data type.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertype.html
	*/
	setTypeAttribute;
	/**
	* Add a value to a data type.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertype.html
	*/
	addTypeValue;
	/**
	* Define a new index.
	*
	* @alias addIndex
	*
	* @see https://www.postgresql.org/docs/current/sql-createindex.html
	*/
	createIndex;
	/**
	* Remove an index.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropindex.html
	*/
	dropIndex;
	/**
	* Define a new index.
	*
	* @alias createIndex
	*
	* @see https://www.postgresql.org/docs/current/sql-createindex.html
	*/
	addIndex;
	/**
	* Rename an index.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterindex.html
	*/
	renameIndex;
	/**
	* Define a new database role.
	*
	* @see https://www.postgresql.org/docs/current/sql-createrole.html
	*/
	createRole;
	/**
	* Remove a database role.
	*
	* @see https://www.postgresql.org/docs/current/sql-droprole.html
	*/
	dropRole;
	/**
	* Change a database role.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterrole.html
	*/
	alterRole;
	/**
	* Rename a database role.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterrole.html
	*/
	renameRole;
	/**
	* Define a new function.
	*
	* @see https://www.postgresql.org/docs/current/sql-createfunction.html
	*/
	createFunction;
	/**
	* Remove a function.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropfunction.html
	*/
	dropFunction;
	/**
	* Rename a function.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterfunction.html
	*/
	renameFunction;
	/**
	* Define a new trigger.
	*
	* @see https://www.postgresql.org/docs/current/sql-createtrigger.html
	*/
	createTrigger;
	/**
	* Remove a trigger.
	*
	* @see https://www.postgresql.org/docs/current/sql-droptrigger.html
	*/
	dropTrigger;
	/**
	* Rename a trigger.
	*
	* @see https://www.postgresql.org/docs/current/sql-altertrigger.html
	*/
	renameTrigger;
	/**
	* Define a new schema.
	*
	* @see https://www.postgresql.org/docs/current/sql-createschema.html
	*/
	createSchema;
	/**
	* Remove a schema.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropschema.html
	*/
	dropSchema;
	/**
	* Rename a schema.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterschema.html
	*/
	renameSchema;
	/**
	* Define a new domain.
	*
	* @see https://www.postgresql.org/docs/current/sql-createdomain.html
	*/
	createDomain;
	/**
	* Remove a domain.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropdomain.html
	*/
	dropDomain;
	/**
	* Change the definition of a domain.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterdomain.html
	*/
	alterDomain;
	/**
	* Rename a domain.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterdomain.html
	*/
	renameDomain;
	/**
	* Define a new sequence generator.
	*
	* @see https://www.postgresql.org/docs/current/sql-createsequence.html
	*/
	createSequence;
	/**
	* Remove a sequence.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropsequence.html
	*/
	dropSequence;
	/**
	* Change the definition of a sequence generator.
	*
	* @see https://www.postgresql.org/docs/current/sql-altersequence.html
	*/
	alterSequence;
	/**
	* Rename a sequence.
	*
	* @see https://www.postgresql.org/docs/current/sql-altersequence.html
	*/
	renameSequence;
	/**
	* Define a new operator.
	*
	* @see https://www.postgresql.org/docs/current/sql-createoperator.html
	*/
	createOperator;
	/**
	* Remove an operator.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropoperator.html
	*/
	dropOperator;
	/**
	* Define a new operator class.
	*
	* @see https://www.postgresql.org/docs/current/sql-createopclass.html
	*/
	createOperatorClass;
	/**
	* Remove an operator class.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropopclass.html
	*/
	dropOperatorClass;
	/**
	* Rename an operator class.
	*
	* @see https://www.postgresql.org/docs/current/sql-alteropclass.html
	*/
	renameOperatorClass;
	/**
	* Define a new operator family.
	*
	* @see https://www.postgresql.org/docs/current/sql-createopfamily.html
	*/
	createOperatorFamily;
	/**
	* Remove an operator family.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropopfamily.html
	*/
	dropOperatorFamily;
	/**
	* Rename an operator family.
	*
	* @see https://www.postgresql.org/docs/current/sql-alteropfamily.html
	*/
	renameOperatorFamily;
	/**
	* Add an operator to an operator family.
	*
	* @see https://www.postgresql.org/docs/current/sql-alteropfamily.html
	*/
	addToOperatorFamily;
	/**
	* Remove an operator from an operator family.
	*
	* @see https://www.postgresql.org/docs/current/sql-alteropfamily.html
	*/
	removeFromOperatorFamily;
	/**
	* Define a new row-level security policy for a table.
	*
	* @see https://www.postgresql.org/docs/current/sql-createpolicy.html
	*/
	createPolicy;
	/**
	* Remove a row-level security policy from a table.
	*
	* @see https://www.postgresql.org/docs/current/sql-droppolicy.html
	*/
	dropPolicy;
	/**
	* Change the definition of a row-level security policy.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterpolicy.html
	*/
	alterPolicy;
	/**
	* Rename a row-level security policy.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterpolicy.html
	*/
	renamePolicy;
	/**
	* Define a new view.
	*
	* @see https://www.postgresql.org/docs/current/sql-createview.html
	*/
	createView;
	/**
	* Remove a view.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropview.html
	*/
	dropView;
	/**
	* Change the definition of a view.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterview.html
	*/
	alterView;
	/**
	* Change the definition of a view column.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterview.html
	*/
	alterViewColumn;
	/**
	* Rename a view.
	*
	* @see https://www.postgresql.org/docs/current/sql-alterview.html
	*/
	renameView;
	/**
	* Define a new materialized view.
	*
	* @see https://www.postgresql.org/docs/current/sql-creatematerializedview.html
	*/
	createMaterializedView;
	/**
	* Remove a materialized view.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropmaterializedview.html
	*/
	dropMaterializedView;
	/**
	* Change the definition of a materialized view.
	*
	* @see https://www.postgresql.org/docs/current/sql-altermaterializedview.html
	*/
	alterMaterializedView;
	/**
	* Rename a materialized view.
	*
	* @see https://www.postgresql.org/docs/current/sql-altermaterializedview.html
	*/
	renameMaterializedView;
	/**
	* Rename a materialized view column.
	*
	* @see https://www.postgresql.org/docs/current/sql-altermaterializedview.html
	*/
	renameMaterializedViewColumn;
	/**
	* Replace the contents of a materialized view.
	*
	* @see https://www.postgresql.org/docs/current/sql-refreshmaterializedview.html
	*/
	refreshMaterializedView;
	/**
	* Define access privileges.
	*
	* @see https://www.postgresql.org/docs/current/sql-grant.html
	*/
	grantRoles;
	/**
	* Remove access privileges.
	*
	* @see https://www.postgresql.org/docs/current/sql-revoke.html
	*/
	revokeRoles;
	/**
	* Define access privileges.
	*
	* @see https://www.postgresql.org/docs/current/sql-grant.html
	*/
	grantOnSchemas;
	/**
	* Remove access privileges.
	*
	* @see https://www.postgresql.org/docs/current/sql-revoke.html
	*/
	revokeOnSchemas;
	/**
	* Define access privileges.
	*
	* @see https://www.postgresql.org/docs/current/sql-grant.html
	*/
	grantOnTables;
	/**
	* Remove access privileges.
	*
	* @see https://www.postgresql.org/docs/current/sql-revoke.html
	*/
	revokeOnTables;
	/**
	* Define a new cast.
	*
	* @see https://www.postgresql.org/docs/current/sql-createcast.html
	*/
	createCast;
	/**
	* Remove a cast.
	*
	* @see https://www.postgresql.org/docs/current/sql-dropcast.html
	*/
	dropCast;
	/**
	* Run raw SQL, with some optional _[very basic](http://mir.aculo.us/2011/03/09/little-helpers-a-tweet-sized-javascript-templating-engine/)_ mustache templating.
	*
	* This is a low-level operation, and you should use the higher-level operations whenever possible.
	*
	* @param sql SQL query to run.
	* @param args Optional `key/val` of arguments to replace.
	*
	* @see https://www.postgresql.org/docs/current/sql-commands.html
	*/
	sql;
	/**
	* Inserts raw string, **which is not escaped**.
	*
	* @param sql String to **not escaped**.
	*
	* @example
	* { default: pgm.func('CURRENT_TIMESTAMP') }
	*/
	func;
	/**
	* The `db` client instance.
	*
	* Can be used to run queries directly.
	*/
	db;
	_steps;
	_REVERSE_MODE;
	_useTransaction;
	constructor(db, typeShorthands, shouldDecamelize, logger) {
		this._steps = [];
		this._REVERSE_MODE = false;
		this._useTransaction = true;
		const wrap = (operation) => (...args) => {
			if (this._REVERSE_MODE) {
				if (typeof operation.reverse !== "function") {
					const name = `pgm.${operation.name}()`;
					throw new Error(`Impossible to automatically infer down migration for "${name}"`);
				}
				this._steps = this._steps.concat(operation.reverse(...args));
			} else this._steps = this._steps.concat(operation(...args));
		};
		const options = {
			typeShorthands,
			schemalize: createSchemalize({
				shouldDecamelize,
				shouldQuote: false
			}),
			literal: createSchemalize({
				shouldDecamelize,
				shouldQuote: true
			}),
			logger
		};
		this.createExtension = wrap(createExtension(options));
		this.dropExtension = wrap(dropExtension(options));
		this.addExtension = this.createExtension;
		this.createTable = wrap(createTable(options));
		this.dropTable = wrap(dropTable(options));
		this.renameTable = wrap(renameTable(options));
		this.alterTable = wrap(alterTable(options));
		this.addColumns = wrap(addColumns(options));
		this.dropColumns = wrap(dropColumns(options));
		this.renameColumn = wrap(renameColumn(options));
		this.alterColumn = wrap(alterColumn(options));
		this.addColumn = this.addColumns;
		this.dropColumn = this.dropColumns;
		this.addConstraint = wrap(addConstraint(options));
		this.dropConstraint = wrap(dropConstraint(options));
		this.renameConstraint = wrap(renameConstraint(options));
		this.createConstraint = this.addConstraint;
		this.createType = wrap(createType(options));
		this.dropType = wrap(dropType(options));
		this.addType = this.createType;
		this.renameType = wrap(renameType(options));
		this.renameTypeAttribute = wrap(renameTypeAttribute(options));
		this.renameTypeValue = wrap(renameTypeValue(options));
		this.addTypeAttribute = wrap(addTypeAttribute(options));
		this.dropTypeAttribute = wrap(dropTypeAttribute(options));
		this.setTypeAttribute = wrap(setTypeAttribute(options));
		this.addTypeValue = wrap(addTypeValue(options));
		this.createIndex = wrap(createIndex(options));
		this.dropIndex = wrap(dropIndex(options));
		this.addIndex = this.createIndex;
		this.renameIndex = wrap(renameIndex(options));
		this.createRole = wrap(createRole(options));
		this.dropRole = wrap(dropRole(options));
		this.alterRole = wrap(alterRole(options));
		this.renameRole = wrap(renameRole(options));
		this.createFunction = wrap(createFunction(options));
		this.dropFunction = wrap(dropFunction(options));
		this.renameFunction = wrap(renameFunction(options));
		this.createTrigger = wrap(createTrigger(options));
		this.dropTrigger = wrap(dropTrigger(options));
		this.renameTrigger = wrap(renameTrigger(options));
		this.createSchema = wrap(createSchema(options));
		this.dropSchema = wrap(dropSchema(options));
		this.renameSchema = wrap(renameSchema(options));
		this.createDomain = wrap(createDomain(options));
		this.dropDomain = wrap(dropDomain(options));
		this.alterDomain = wrap(alterDomain(options));
		this.renameDomain = wrap(renameDomain(options));
		this.createSequence = wrap(createSequence(options));
		this.dropSequence = wrap(dropSequence(options));
		this.alterSequence = wrap(alterSequence(options));
		this.renameSequence = wrap(renameSequence(options));
		this.createOperator = wrap(createOperator(options));
		this.dropOperator = wrap(dropOperator(options));
		this.createOperatorClass = wrap(createOperatorClass(options));
		this.dropOperatorClass = wrap(dropOperatorClass(options));
		this.renameOperatorClass = wrap(renameOperatorClass(options));
		this.createOperatorFamily = wrap(createOperatorFamily(options));
		this.dropOperatorFamily = wrap(dropOperatorFamily(options));
		this.renameOperatorFamily = wrap(renameOperatorFamily(options));
		this.addToOperatorFamily = wrap(addToOperatorFamily(options));
		this.removeFromOperatorFamily = wrap(removeFromOperatorFamily(options));
		this.createPolicy = wrap(createPolicy(options));
		this.dropPolicy = wrap(dropPolicy(options));
		this.alterPolicy = wrap(alterPolicy(options));
		this.renamePolicy = wrap(renamePolicy(options));
		this.createView = wrap(createView(options));
		this.dropView = wrap(dropView(options));
		this.alterView = wrap(alterView(options));
		this.alterViewColumn = wrap(alterViewColumn(options));
		this.renameView = wrap(renameView(options));
		this.createMaterializedView = wrap(createMaterializedView(options));
		this.dropMaterializedView = wrap(dropMaterializedView(options));
		this.alterMaterializedView = wrap(alterMaterializedView(options));
		this.renameMaterializedView = wrap(renameMaterializedView(options));
		this.renameMaterializedViewColumn = wrap(renameMaterializedViewColumn(options));
		this.refreshMaterializedView = wrap(refreshMaterializedView(options));
		this.grantRoles = wrap(grantRoles(options));
		this.revokeRoles = wrap(revokeRoles(options));
		this.grantOnSchemas = wrap(grantOnSchemas(options));
		this.revokeOnSchemas = wrap(revokeOnSchemas(options));
		this.grantOnTables = wrap(grantOnTables(options));
		this.revokeOnTables = wrap(revokeOnTables(options));
		this.createCast = wrap(createCast(options));
		this.dropCast = wrap(dropCast(options));
		this.sql = wrap(sql(options));
		this.func = PgLiteral.create;
		const wrapDB = (operation) => (...args) => {
			if (this._REVERSE_MODE) throw new Error("Impossible to automatically infer down migration");
			return operation(...args);
		};
		this.db = {
			query: wrapDB(db.query),
			select: wrapDB(db.select)
		};
	}
	/**
	* Run the reverse of the migration. Useful for creating a new migration that
	* reverts a previous migration.
	*/
	enableReverseMode() {
		this._REVERSE_MODE = true;
		return this;
	}
	/**
	* By default, all migrations are run in one transaction, but some DB
	* operations like add type value (`pgm.addTypeValue`) does not work if the
	* type is not created in the same transaction.
	* e.g. if it is created in previous migration. You need to run specific
	* migration outside a transaction (`pgm.noTransaction`).
	* Be aware that this means that you can have some migrations applied and some
	* not applied, if there is some error during migrating (leading to `ROLLBACK`).
	*/
	noTransaction() {
		this._useTransaction = false;
		return this;
	}
	isUsingTransaction() {
		return this._useTransaction;
	}
	getSql() {
		return `${this.getSqlSteps().join("\n")}\n`;
	}
	getSqlSteps() {
		return this._REVERSE_MODE ? this._steps.toReversed() : this._steps;
	}
};

//#endregion
//#region src/migration.ts
const FilenameFormat = Object.freeze({
	timestamp: "timestamp",
	utc: "utc",
	index: "index"
});
const SEPARATOR = "_";
/**
* Reads files from `dir`, sorts them and returns an array of their absolute paths.
* When not using globs, files are sorted by their numeric prefix values first. 17 digit numbers are interpreted as utc date and converted to the number representation of that date.
* Glob matches are sorted via String.localeCompare with ignored punctuation.
*
* @param dir The directory containing your migration files. This path is resolved from `cwd()`.
* Alternatively, provide a [glob](https://www.npmjs.com/package/glob) pattern or
* an array of glob patterns and set `options.useGlob = true`
*
* Note: enabling glob will read both, `dir` _and_ `options.ignorePattern` as glob patterns
* @param options
* @returns Array of absolute paths
*/
async function getMigrationFilePaths(dir, options = {}) {
	const { ignorePattern, useGlob = false, logger } = options;
	if (useGlob) return (await Ze(dir, {
		ignore: ignorePattern,
		nodir: true,
		withFileTypes: true
	})).toSorted((a, b) => compareMigrationFileNames(a.name, b.name, logger)).map((pathScurry) => pathScurry.fullpath());
	if (Array.isArray(dir) || Array.isArray(ignorePattern)) throw new TypeError("Options \"dir\" and \"ignorePattern\" can only be arrays when \"useGlob\" is true");
	const ignoreRegexp = new RegExp(ignorePattern?.length ? `^${ignorePattern}$` : "^\\..*");
	return (await (0,promises_.readdir)(`${dir}/`, { withFileTypes: true })).filter((dirent) => (dirent.isFile() || dirent.isSymbolicLink()) && !ignoreRegexp.test(dirent.name)).toSorted((a, b) => compareMigrationFileNames(a.name, b.name, logger)).map((dirent) => (0,external_node_path_.resolve)(dir, dirent.name));
}
async function getLastSuffix(dir, ignorePattern) {
	try {
		const files = await getMigrationFilePaths(dir, { ignorePattern });
		return files.length > 0 ? getSuffixFromFileName(files[files.length - 1]) : void 0;
	} catch {
		return;
	}
}
async function resolveSuffix(directory, options) {
	const { language, ignorePattern } = options;
	return language || await getLastSuffix(directory, ignorePattern) || "js";
}
var Migration = class Migration {
	/**
	* Get file prefix for a new migrations file
	*
	* @method Migration.getFilePrefix
	* @param filenameFormat Filename format
	* @param directory Migrations directory
	* @param [ignorePattern] Glob ignore pattern
	* @returns string New file prefix
	*/
	static async getFilePrefix(filenameFormat, directory, ignorePattern) {
		if (filenameFormat === FilenameFormat.index) {
			const filePaths = await getMigrationFilePaths(directory, {
				ignorePattern,
				useGlob: /\*/.test(directory) || /\*/.test(ignorePattern || "")
			});
			let lastPrefix = 0;
			let prefixLength = 0;
			for (const filenamePath of filePaths) {
				const filename = (0,external_node_path_.basename)(filenamePath);
				if (!/^\d+\D/.test(filename)) throw new Error(`Cannot deduce index for previously created file "${filenamePath}"`);
				const prefix = filename.split(/\D/)[0] ?? "";
				prefixLength = Math.max(prefixLength, prefix.length);
				lastPrefix = Math.max(lastPrefix, getNumericPrefix(filename));
			}
			return `${lastPrefix + 1}`.padStart(prefixLength || 4, "0");
		}
		return filenameFormat === FilenameFormat.utc ? (/* @__PURE__ */ new Date()).toISOString().replace(/\D/g, "") : Date.now().toString();
	}
	static async create(name, directory, options = {}) {
		const { filenameFormat = FilenameFormat.timestamp, ignorePattern } = options;
		await (0,promises_.mkdir)(directory, { recursive: true });
		const prefix = await Migration.getFilePrefix(filenameFormat, directory, ignorePattern);
		const templateFileName = "templateFileName" in options ? (0,external_node_path_.resolve)((0,external_node_process_.cwd)(), options.templateFileName) : (0,external_node_path_.join)(import.meta.dirname, "..", "..", "templates", `migration-template.${await resolveSuffix(directory, options)}`);
		const newFile = (0,external_node_path_.join)(directory, `${prefix}${SEPARATOR}${name}.${getSuffixFromFileName(templateFileName)}`);
		await new Promise((resolve, reject) => {
			(0,external_node_fs_.createReadStream)(templateFileName).pipe((0,external_node_fs_.createWriteStream)(newFile)).on("close", resolve).on("error", reject);
		});
		return newFile;
	}
	db;
	path;
	name;
	timestamp;
	up;
	down;
	options;
	typeShorthands;
	logger;
	constructor(db, migrationPath, { up, down }, options, typeShorthands, logger = console) {
		this.db = db;
		this.path = migrationPath;
		this.name = (0,external_node_path_.basename)(migrationPath, (0,external_node_path_.extname)(migrationPath));
		this.up = up;
		this.down = down;
		this.options = options;
		this.typeShorthands = typeShorthands;
		this.logger = logger;
		try {
			this.timestamp = getNumericPrefix(this.name, logger);
		} catch {
			this.timestamp = 0;
		}
	}
	_getMarkAsRun(action) {
		const schema = getMigrationTableSchema(this.options);
		const { migrationsTable } = this.options;
		const { name } = this;
		switch (action) {
			case this.down:
				this.logger.info(`### MIGRATION ${this.name} (DOWN) ###`);
				return `DELETE FROM "${schema}"."${migrationsTable}" WHERE name='${name}';`;
			case this.up:
				this.logger.info(`### MIGRATION ${this.name} (UP) ###`);
				return `INSERT INTO "${schema}"."${migrationsTable}" (name, run_on) VALUES ('${name}', NOW());`;
			default: throw new Error("Unknown direction");
		}
	}
	async _apply(action, pgm) {
		if (action.length === 2) await new Promise((resolve) => {
			action(pgm, resolve);
		});
		else await action(pgm);
		const sqlSteps = pgm.getSqlSteps();
		sqlSteps.push(this._getMarkAsRun(action));
		if (!this.options.singleTransaction && pgm.isUsingTransaction()) {
			sqlSteps.unshift("BEGIN;");
			sqlSteps.push("COMMIT;");
		} else if (this.options.singleTransaction && !pgm.isUsingTransaction()) {
			this.logger.warn("#> WARNING: Need to break single transaction! <");
			sqlSteps.unshift("COMMIT;");
			sqlSteps.push("BEGIN;");
		} else if (!this.options.singleTransaction || !pgm.isUsingTransaction()) this.logger.warn("#> WARNING: This migration is not wrapped in a transaction! <");
		if (typeof this.logger.debug === "function") this.logger.debug(`${sqlSteps.join("\n")}\n\n`);
		return sqlSteps.reduce((promise, sql) => promise.then(() => this.options.dryRun || this.db.query(sql)), Promise.resolve());
	}
	_getAction(direction) {
		if (direction === "down" && this.down === void 0) this.down = this.up;
		const action = this[direction];
		if (action === false) throw new Error(`User has disabled ${direction} migration on file: ${this.name}`);
		if (typeof action !== "function") throw new Error(`Unknown value for direction: ${direction}. Is the migration ${this.name} exporting a '${direction}' function?`);
		return action;
	}
	apply(direction) {
		const pgm = new MigrationBuilder(this.db, this.typeShorthands, Boolean(this.options.decamelize), this.logger);
		const action = this._getAction(direction);
		if (this.down === this.up) pgm.enableReverseMode();
		return this._apply(action, pgm);
	}
	markAsRun(direction) {
		return this.db.query(this._getMarkAsRun(this._getAction(direction)));
	}
};

//#endregion
//#region src/sqlMigration.ts
function createMigrationCommentRegex(direction) {
	return new RegExp(`^\\s*--[\\s-]*${direction}\\s+migration`, "im");
}
function getActions(content) {
	const upMigrationCommentRegex = createMigrationCommentRegex("up");
	const downMigrationCommentRegex = createMigrationCommentRegex("down");
	const upMigrationStart = content.search(upMigrationCommentRegex);
	const downMigrationStart = content.search(downMigrationCommentRegex);
	const upSql = upMigrationStart >= 0 ? content.slice(upMigrationStart, downMigrationStart < upMigrationStart ? void 0 : downMigrationStart) : content;
	const downSql = downMigrationStart >= 0 ? content.slice(downMigrationStart, upMigrationStart < downMigrationStart ? void 0 : upMigrationStart) : void 0;
	return {
		up: (pgm) => {
			pgm.sql(upSql);
		},
		down: downSql === void 0 ? false : (pgm) => {
			pgm.sql(downSql);
		}
	};
}
async function sqlMigration(sqlPath) {
	return getActions(await (0,promises_.readFile)(sqlPath, "utf8"));
}

//#endregion
//#region src/migrationLoader.ts
/***
* Migration loader module.
*
* This module is responsible for loading migrations from the file system, allowing for custom loading behaviours.
* If no configuration is provided, loading will be performed in a manner that is identical to the classic loading behaviour.
*
* A new SQL migration loading behaviour is available that supports pairing up/down migrations in separate files using up/down
* suffixes before the .sql extension.
*
* This has been kept intentionally simple for maintainability and readability reasons.
*
*/
/**
* The jiti instance to use to load migration files.
*/
const bundle_jiti = createJiti(process.cwd());
/*************************
* Loader implementations
*************************/
/**
* Creates a default migration loader that uses jiti to load migrations from the file paths.
* @param jitiInstance - The jiti instance to use to load migration files. Defaults to the shared {@link jiti} instance.
* @returns The default migration loader.
*/
function createDefaultMigrationLoader(jitiInstance = bundle_jiti) {
	const loader = async (filePaths) => {
		const migrationUnits = [];
		for (const filePath of filePaths) {
			const action = await jitiInstance.import(filePath);
			migrationUnits.push({
				id: filePath,
				filePaths: [filePath],
				actions: action
			});
		}
		return migrationUnits;
	};
	return loader;
}
/**
* Creates a legacy SQL migration loader that loads migrations from the file paths using the legacy SQL migration loading behaviour.
* @returns The legacy SQL migration loader.
*/
function createLegacySqlMigrationLoader() {
	const loader = async (filePaths) => {
		const migrationUnits = [];
		for (const filePath of filePaths) {
			const actions = await sqlMigration(filePath);
			migrationUnits.push({
				id: filePath,
				filePaths: [filePath],
				actions
			});
		}
		return migrationUnits;
	};
	return loader;
}
/**
* Creates a SQL migration loader that loads migrations from the file paths using the new SQL migration loading behaviour.
* While it handles the legacy format, it does add new behaviour that may be unwanted in existing usage so it has been
* separated from the legacy loader and can be used enabled as needed.
*
* @returns The SQL migration loader.
*/
function createSqlMigrationLoader() {
	const loader = async (filePaths) => {
		const groups = groupSqlFiles(filePaths);
		return await Promise.all(groups.map(async (group) => await readSqlFileGroup(group)));
	};
	return loader;
}
/*************************
* Loader instances
*************************/
/**
* Built-in predefined loaders.
*/
const builtInLoaders = {
	default: createDefaultMigrationLoader(),
	legacySql: createLegacySqlMigrationLoader(),
	sql: createSqlMigrationLoader()
};
/**
* Builds the default migration loader strategies for a given default loader.
* @param defaultLoader - The loader to use for non-SQL extensions.
* @returns The default migration loader strategies.
*/
function getDefaultStrategies(defaultLoader) {
	return [{
		extensions: [".sql"],
		loader: builtInLoaders.legacySql
	}, {
		extensions: [
			".js",
			".ts",
			".cjs",
			".mjs",
			".cts",
			".mts"
		],
		loader: defaultLoader
	}];
}
/*************************
* Loader utility functions
*************************/
/**
* Resolves the default (non-SQL) migration loader for a given configuration.
*
* When {@link MigrationLoaderConfig.tsconfigPaths} is enabled, a dedicated jiti
* instance is created so that TypeScript path aliases are resolved; otherwise the
* shared default loader (bound to the shared {@link jiti} instance) is reused.
*
* @param config - The Runner configuration object.
* @returns The default migration loader.
*/
function resolveDefaultLoader(config) {
	if (config.tsconfigPaths === void 0 || config.tsconfigPaths === false) return builtInLoaders.default;
	return createDefaultMigrationLoader(createJiti(process.cwd(), { tsconfigPaths: config.tsconfigPaths }));
}
/**
* Resolves the migration loader for a given extension.
* @param config - The Runner configuration object.
* @param extension - The extension to resolve the loader for.
* @param defaultLoader - The fallback loader to use when no strategy matches or the `default` predefined loader is referenced.
* @returns The migration loader.
*/
function resolveMigrationLoader(config, extension, defaultLoader) {
	const normalizedExtension = extension.toLowerCase();
	const loader = (config.migrationLoaderStrategies ?? getDefaultStrategies(defaultLoader)).find((strategy) => strategy.extensions.some((ext) => ext.toLowerCase() === normalizedExtension))?.loader ?? defaultLoader;
	if (typeof loader === "string") {
		const resolved = loader === "default" ? defaultLoader : builtInLoaders[loader];
		if (!resolved) throw new Error(`Unknown predefined loader: ${loader}`);
		return resolved;
	}
	return loader;
}
/**
* Associates the file paths to their extensions.
*
* - `Map` preserves insertion order, so extension buckets are iterated in
*   the order their extension is first encountered in `filePaths`.
* - Within each extension bucket, we push in the order files appear in
*   `filePaths`, so input order is preserved for that extension.
*
* @param filePaths - The file paths to associate.
* @returns The file paths associated to their extensions.
*/
function associatePathsToExtensions(filePaths) {
	const filesByExtension = /* @__PURE__ */ new Map();
	for (const filePath of filePaths) {
		const ext = (0,external_node_path_.extname)(filePath).toLowerCase();
		if (!filesByExtension.has(ext)) filesByExtension.set(ext, []);
		filesByExtension.get(ext)?.push(filePath);
	}
	return filesByExtension;
}
/***********************************
* Migration loader main function
***********************************/
/**
* Loads the migration units from the file paths.
* @param config - The migration loader configuration.
* @param filePaths - List of files containing migrations.
* @returns List of migration units, sorted according to the given file paths.
*/
async function loadMigrationUnits(config, filePaths) {
	const migrationUnits = [];
	const defaultLoader = resolveDefaultLoader(config);
	const filesByExtension = associatePathsToExtensions(filePaths);
	for (const [extension, filePaths] of filesByExtension) {
		const units = await resolveMigrationLoader(config, extension, defaultLoader)(filePaths);
		migrationUnits.push(...units);
	}
	return migrationUnits.toSorted((a, b) => compareMigrationFileNames((0,external_node_path_.basename)(a.id), (0,external_node_path_.basename)(b.id), config.logger));
}
/**
* Parses a SQL file and returns the parsed file.
* @param filePath - The file path to parse.
* @returns The parsed file.
*/
function parseSqlFile(filePath) {
	const name = (0,external_node_path_.basename)(filePath, ".sql");
	if (name.endsWith(".up")) return {
		id: name.slice(0, -3),
		direction: "up",
		filePath
	};
	if (name.endsWith(".down")) return {
		id: name.slice(0, -5),
		direction: "down",
		filePath
	};
	return {
		id: name,
		direction: "none",
		filePath
	};
}
/**
* Groups the SQL files by their significant part of the filename.
* @param filePaths - The file paths to group.
* @returns An array of SQL groups.
*
* Throws an error if the files are not properly paired.
*
*/
function groupSqlFiles(filePaths) {
	const groups = /* @__PURE__ */ new Map();
	for (const filePath of filePaths) {
		const parsed = parseSqlFile(filePath);
		if (!groups.has(parsed.id)) groups.set(parsed.id, { id: parsed.id });
		const group = groups.get(parsed.id);
		if (!group) throw new Error(`No group found for ${parsed.id}`);
		if (parsed.direction === "up") {
			if (group.up) throw new Error(`Duplicate .up.sql for ${parsed.id}`);
			group.up = parsed.filePath;
		} else if (parsed.direction === "down") {
			if (group.down) throw new Error(`Duplicate .down.sql for ${parsed.id}`);
			group.down = parsed.filePath;
		} else {
			if (group.single) throw new Error(`Duplicate .sql for ${parsed.id}`);
			group.single = parsed.filePath;
		}
	}
	for (const [id, group] of groups) {
		if (group.single && (group.up || group.down)) throw new Error(`Conflicting SQL migration files for ${id}: cannot mix .sql with .up/.down`);
		if (group.down && !group.up) throw new Error(`Found .down.sql without matching .up.sql for ${id}`);
	}
	return [...groups.values()];
}
/**
* Returns the group id for a SQL group.
*
* Compatibility: when using the new grouped SQL loader (`loader: "sql"`),
* ids are normalized so that switching representations doesn't double-track
* migrations. Concretely, `.up.sql` / `.down.sql` map to the equivalent
* `.sql` id (e.g. `001_init.up.sql` -> `001_init.sql`).
*
* @param group - The SQL file group to get the id for.
* @returns The group id.
*/
function sqlGroupId(group) {
	const filePath = group.single ?? group.up ?? group.down;
	if (!filePath) throw new Error(`No SQL file found for group ${group.id}`);
	return filePath.replace(/\.up\.sql$/, ".sql").replace(/\.down\.sql$/, ".sql");
}
/**
* Performs the actual reading of a SQL file group and returns the migration unit.
* @param group - The SQL file group to read.
* @returns The migration unit.
*/
async function readSqlFileGroup(group) {
	let actions;
	if (group.single) actions = await sqlMigration(group.single);
	else {
		if (!group.up) throw new Error(`Missing .up.sql for ${group.id}`);
		const upSql = await (0,promises_.readFile)(group.up, "utf8");
		const downSql = group.down ? await (0,promises_.readFile)(group.down, "utf8") : void 0;
		actions = {
			up: (pgm) => pgm.sql(upSql),
			down: downSql ? (pgm) => pgm.sql(downSql) : void 0,
			shorthands: {}
		};
	}
	const filePaths = [group.single ?? group.up, group.down].filter((p) => Boolean(p));
	return {
		id: sqlGroupId(group),
		filePaths,
		actions
	};
}

//#endregion
//#region src/pgType.ts
/**
* @see https://www.postgresql.org/docs/current/datatype.html
*/
const PgType = Object.freeze({
	/**
	* signed eight-byte integer
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-INT
	*/
	BIGINT: "bigint",
	/**
	* alias for bigint
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-INT
	*/
	INT8: "int8",
	/**
	* autoincrementing eight-byte integer
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL
	*/
	BIGSERIAL: "bigserial",
	/**
	* alias for bigserial
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL
	*/
	SERIAL8: "serial8",
	/**
	* fixed-length bit string
	*
	* @see https://www.postgresql.org/docs/current/datatype-bit.html#DATATYPE-BIT
	*/
	BIT: "bit",
	/**
	* fixed-length bit string
	*
	* @see https://www.postgresql.org/docs/current/datatype-bit.html#DATATYPE-BIT
	*/
	BIT_1: "bit",
	/**
	* variable-length bit string
	*
	* @see https://www.postgresql.org/docs/current/datatype-bit.html#DATATYPE-BIT
	*/
	BIT_VARYING: "bit varying",
	/**
	* alias for bit varying
	*
	* @see https://www.postgresql.org/docs/current/datatype-bit.html#DATATYPE-BIT
	*/
	VARBIT: "varbit",
	/**
	* logical Boolean (true/false)
	*
	* @see https://www.postgresql.org/docs/current/datatype-boolean.html#DATATYPE-BOOLEAN
	*/
	BOOLEAN: "boolean",
	/**
	* alias for boolean
	*
	* @see https://www.postgresql.org/docs/current/datatype-boolean.html#DATATYPE-BOOLEAN
	*/
	BOOL: "bool",
	/**
	* rectangular box on a plane
	*
	* @see https://www.postgresql.org/docs/current/datatype-geometric.html#DATATYPE-GEOMETRIC
	*/
	BOX: "box",
	/**
	* binary data ("byte array")
	*
	* @see https://www.postgresql.org/docs/current/datatype-binary.html#DATATYPE-BINARY
	*/
	BYTEA: "bytea",
	/**
	* fixed-length character string
	*
	* @see https://www.postgresql.org/docs/current/datatype-character.html#DATATYPE-CHARACTER
	*/
	CHARACTER: "character",
	/**
	* alias for character
	*
	* @see https://www.postgresql.org/docs/current/datatype-character.html#DATATYPE-CHARACTER
	*/
	CHAR: "char",
	/**
	* variable-length character string
	*
	* @see https://www.postgresql.org/docs/current/datatype-character.html#DATATYPE-CHARACTER
	*/
	CHARACTER_VARYING: "character varying",
	/**
	* alias for character varying
	*
	* @see https://www.postgresql.org/docs/current/datatype-character.html#DATATYPE-CHARACTER
	*/
	VARCHAR: "varchar",
	/**
	* IPv4 or IPv6 network address
	*
	* @see https://www.postgresql.org/docs/current/datatype-net-types.html#DATATYPE-NET-TYPES
	*/
	CIDR: "cidr",
	/**
	* circle on a plane
	*
	* @see https://www.postgresql.org/docs/current/datatype-geometric.html#DATATYPE-GEOMETRIC
	*/
	CIRCLE: "circle",
	/**
	* calendar date (year, month, day)
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	DATE: "date",
	/**
	* float8	double precision floating-point number (8 bytes)
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-FLOAT
	*/
	DOUBLE_PRECISION: "double precision",
	/**
	* alias for double precision
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-FLOAT
	*/
	FLOAT8: "float8",
	/**
	* IPv4 or IPv6 host address
	*
	* @see https://www.postgresql.org/docs/current/datatype-net-types.html#DATATYPE-NET-TYPES
	*/
	INET: "inet",
	/**
	* signed four-byte integer
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-INT
	*/
	INTEGER: "integer",
	/**
	* alias for integer
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-INT
	*/
	INT: "int",
	/**
	* alias for integer
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-INT
	*/
	INT4: "int4",
	/**
	* time span
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	INTERVAL: "interval",
	/**
	* textual JSON data
	*
	* @see https://www.postgresql.org/docs/current/datatype-json.html#DATATYPE-JSON
	*/
	JSON: "json",
	/**
	* binary JSON data, decomposed
	*
	* @see https://www.postgresql.org/docs/current/datatype-json.html#DATATYPE-JSON
	*/
	JSONB: "jsonb",
	/**
	* infinite line on a plane
	*
	* @see https://www.postgresql.org/docs/current/datatype-geometric.html#DATATYPE-GEOMETRIC
	*/
	LINE: "line",
	/**
	* line segment on a plane
	*
	* @see https://www.postgresql.org/docs/current/datatype-geometric.html#DATATYPE-GEOMETRIC
	*/
	LSEG: "lseg",
	/**
	* MAC (Media Access Control) address
	*
	* @see https://www.postgresql.org/docs/current/datatype-net-types.html#DATATYPE-NET-TYPES
	*/
	MACADDR: "macaddr",
	/**
	* MAC (Media Access Control) address (EUI-64 format)
	*
	* @see https://www.postgresql.org/docs/current/datatype-net-types.html#DATATYPE-NET-TYPES
	*/
	MACADDR8: "macaddr8",
	/**
	* currency amount
	*
	* @see https://www.postgresql.org/docs/current/datatype-money.html#DATATYPE-MONEY
	*/
	MONEY: "money",
	/**
	* exact numeric of selectable precision
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-NUMERIC-DECIMAL
	*/
	NUMERIC: "numeric",
	/**
	* alias for numeric
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-NUMERIC-DECIMAL
	*/
	DECIMAL: "decimal",
	/**
	* geometric path on a plane
	*
	* @see https://www.postgresql.org/docs/current/datatype-geometric.html#DATATYPE-GEOMETRIC
	*/
	PATH: "path",
	/**
	* PostgreSQL Log Sequence Number
	*
	* @see https://www.postgresql.org/docs/current/datatype-pg-lsn.html#DATATYPE-PG-LSN
	*/
	PG_LSN: "pg_lsn",
	/**
	* user-level transaction ID snapshot
	*/
	PG_SNAPSHOT: "pg_snapshot",
	/**
	* geometric point on a plane
	*
	* @see https://www.postgresql.org/docs/current/datatype-geometric.html#DATATYPE-GEOMETRIC
	*/
	POINT: "point",
	/**
	* closed geometric path on a plane
	*
	* @see https://www.postgresql.org/docs/current/datatype-geometric.html#DATATYPE-GEOMETRIC
	*/
	POLYGON: "polygon",
	/**
	* single precision floating-point number (4 bytes)
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-FLOAT
	*/
	REAL: "real",
	/**
	* alias for real
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-FLOAT
	*/
	FLOAT4: "float4",
	/**
	* signed two-byte integer
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-INT
	*/
	SMALLINT: "smallint",
	/**
	* alias for smallint
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-INT
	*/
	INT2: "int2",
	/**
	* autoincrementing two-byte integer
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL
	*/
	SMALLSERIAL: "smallserial",
	/**
	* alias for smallserial
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL
	*/
	SERIAL2: "serial2",
	/**
	* autoincrementing four-byte integer
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL
	*/
	SERIAL: "serial",
	/**
	* alias for serial
	*
	* @see https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL
	*/
	SERIAL4: "serial4",
	/**
	* variable-length character string
	*
	* @see https://www.postgresql.org/docs/current/datatype-character.html#DATATYPE-CHARACTER
	*/
	TEXT: "text",
	/**
	* time of day (no time zone)
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	TIME: "time",
	/**
	* alias of time
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	TIME_WITHOUT_TIME_ZONE: "time without time zone",
	/**
	* time of day, including time zone
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	TIME_WITH_TIME_ZONE: "time with time zone",
	/**
	* alias of time with time zone
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	TIMETZ: "timetz",
	/**
	* date and time (no time zone)
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	TIMESTAMP: "timestamp",
	/**
	* alias of timestamp
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	TIMESTAMP_WITHOUT_TIME_ZONE: "timestamp without time zone",
	/**
	* date and time, including time zone
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	TIMESTAMP_WITH_TIME_ZONE: "timestamp with time zone",
	/**
	* alias of timestamp with time zone
	*
	* @see https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME
	*/
	TIMESTAMPTZ: "timestamptz",
	/**
	* text search query
	*
	* @see https://www.postgresql.org/docs/current/datatype-textsearch.html#DATATYPE-TSQUERY
	*/
	TSQUERY: "tsquery",
	/**
	* text search document
	*
	* @see https://www.postgresql.org/docs/current/datatype-textsearch.html#DATATYPE-TSVECTOR
	*/
	TSVECTOR: "tsvector",
	/**
	* user-level transaction ID snapshot
	*
	* @deprecated see `PG_SNAPSHOT`
	*/
	TXID_SNAPSHOT: "txid_snapshot",
	/**
	* universally unique identifier
	*
	* @see https://www.postgresql.org/docs/current/datatype-uuid.html#DATATYPE-UUID
	*/
	UUID: "uuid",
	/**
	* XML data
	*
	* @see https://www.postgresql.org/docs/current/datatype-xml.html#DATATYPE-XML
	*/
	XML: "xml"
});

//#endregion
//#region src/db.ts
function db(connection, logger = console) {
	const isExternalClient = typeof connection === "object" && "query" in connection && typeof connection.query === "function";
	const client = isExternalClient ? connection : new esm.Client(connection);
	let connectionStatus = isExternalClient ? "EXTERNAL" : "DISCONNECTED";
	const beforeCloseListeners = [];
	const connected = () => connectionStatus === "CONNECTED" || connectionStatus === "EXTERNAL";
	const createConnection = () => new Promise((resolve, reject) => {
		if (connected()) resolve();
		else if (connectionStatus === "ERROR") reject(/* @__PURE__ */ new Error("Connection already failed, do not try to connect again"));
		else client.connect((err) => {
			if (err) {
				connectionStatus = "ERROR";
				logger.error(`could not connect to postgres: ${(0,external_node_util_.inspect)(err)}`);
				reject(err);
				return;
			}
			connectionStatus = "CONNECTED";
			resolve();
		});
	});
	const query = async (queryTextOrConfig, values) => {
		await createConnection();
		try {
			return await client.query(queryTextOrConfig, values);
		} catch (error) {
			const { message, position } = error;
			const string = typeof queryTextOrConfig === "string" ? queryTextOrConfig : queryTextOrConfig.text;
			if (message && position >= 1) {
				const endLineWrapIndexOf = string.indexOf("\n", position);
				const endLineWrapPos = endLineWrapIndexOf >= 0 ? endLineWrapIndexOf : string.length;
				const stringStart = string.slice(0, endLineWrapPos);
				const stringEnd = string.slice(endLineWrapPos);
				const startLineWrapPos = stringStart.lastIndexOf("\n") + 1;
				const padding = " ".repeat(position - startLineWrapPos - 1);
				logger.error(`Error executing:
${stringStart}
${padding}^^^^${stringEnd}

${message}
`);
			} else logger.error(`Error executing:
${string}
${error}
`);
			throw error;
		}
	};
	const select = async (queryTextOrConfig, values) => {
		const { rows } = await query(queryTextOrConfig, values);
		return rows;
	};
	const column = async (columnName, queryTextOrConfig, values) => {
		return (await select(queryTextOrConfig, values)).map((r) => r[columnName]);
	};
	return {
		createConnection,
		query,
		select,
		column,
		connected,
		addBeforeCloseListener: (listener) => beforeCloseListeners.push(listener),
		close: async () => {
			await beforeCloseListeners.reduce((promise, listener) => promise.then(listener).catch((error) => {
				logger.error(error.stack || error);
			}), Promise.resolve());
			if (!isExternalClient) {
				connectionStatus = "DISCONNECTED";
				client.end();
			}
		}
	};
}

//#endregion
//#region src/runner.ts
/**
* Random but well-known identifier shared by all instances of `node-pg-migrate`.
*/
const PG_MIGRATE_LOCK_ID = 7241865325823964;
const idColumn = "id";
const nameColumn = "name";
const runOnColumn = "run_on";
async function loadMigrations(db, options, logger) {
	try {
		let shorthands = {};
		const absoluteFilePaths = await getMigrationFilePaths(options.dir, {
			ignorePattern: options.ignorePattern,
			useGlob: options.useGlob,
			logger
		});
		const migrations = [];
		const migrationUnits = await loadMigrationUnits(options, absoluteFilePaths);
		for (const { id: filePath, actions } of migrationUnits) {
			shorthands = {
				...shorthands,
				...actions.shorthands
			};
			migrations.push(new Migration(db, filePath, actions, options, { ...shorthands }, logger));
		}
		return migrations;
	} catch (error) {
		if (error instanceof Error) throw new Error(`Error loading migration files: ${error.message}`, { cause: error });
		throw new Error("Error loading migration files: Unknown error", { cause: error });
	}
}
async function lock(db, lockValue = PG_MIGRATE_LOCK_ID, advisoryLockMode = "fail") {
	if (advisoryLockMode === "wait") {
		await db.query(`SELECT pg_advisory_lock(${lockValue})`);
		return;
	}
	const [result] = await db.select(`SELECT pg_try_advisory_lock(${lockValue}) AS "lockObtained"`);
	if (!result.lockObtained) throw new Error("Another migration is already running. Advisory lock mode is set to 'fail'.");
}
async function unlock(db, lockValue = PG_MIGRATE_LOCK_ID) {
	const [result] = await db.select(`SELECT pg_advisory_unlock(${lockValue}) AS "lockReleased"`);
	if (!result.lockReleased) throw new Error("Failed to release migration lock");
}
async function ensureMigrationsTable(db, options) {
	try {
		const schema = getMigrationTableSchema(options);
		const { migrationsTable } = options;
		const fullTableName = createSchemalize({
			shouldDecamelize: Boolean(options.decamelize),
			shouldQuote: true
		})({
			schema,
			name: migrationsTable
		});
		const migrationTables = await db.select(`SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}' AND table_name = '${migrationsTable}'`);
		if (migrationTables && migrationTables.length === 1) {
			const primaryKeyConstraints = await db.select(`SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = '${schema}' AND table_name = '${migrationsTable}' AND constraint_type = 'PRIMARY KEY'`);
			if (!primaryKeyConstraints || primaryKeyConstraints.length !== 1) await db.query(`ALTER TABLE ${fullTableName} ADD PRIMARY KEY (${idColumn})`);
		} else await db.query(`CREATE TABLE ${fullTableName} (${idColumn} SERIAL PRIMARY KEY, ${nameColumn} varchar(255) NOT NULL, ${runOnColumn} timestamp NOT NULL)`);
	} catch (error) {
		throw new Error(`Unable to ensure migrations table: ${error.stack}`);
	}
}
async function getRunMigrations(db, options) {
	const schema = getMigrationTableSchema(options);
	const { migrationsTable } = options;
	const fullTableName = createSchemalize({
		shouldDecamelize: Boolean(options.decamelize),
		shouldQuote: true
	})({
		schema,
		name: migrationsTable
	});
	return db.column(nameColumn, `SELECT ${nameColumn} FROM ${fullTableName} ORDER BY ${runOnColumn}, ${idColumn}`);
}
function getMigrationsToRun(options, runNames, migrations) {
	if (options.direction === "down") {
		const downMigrations = runNames.filter((migrationName) => !options.file || options.file === migrationName).map((migrationName) => migrations.find(({ name }) => name === migrationName) || migrationName);
		const { count = 1 } = options;
		const toRun = (options.timestamp ? downMigrations.filter((migration) => typeof migration === "object" && migration.timestamp >= count) : downMigrations.slice(-Math.abs(count))).toReversed();
		const deletedMigrations = toRun.filter((migration) => typeof migration === "string");
		if (deletedMigrations.length > 0) {
			const deletedMigrationsStr = deletedMigrations.join(", ");
			throw new Error(`Definitions of migrations ${deletedMigrationsStr} have been deleted.`);
		}
		return toRun;
	}
	const upMigrations = migrations.filter(({ name }) => !runNames.includes(name) && (!options.file || options.file === name));
	const { count = Number.POSITIVE_INFINITY } = options;
	return options.timestamp ? upMigrations.filter(({ timestamp }) => timestamp <= count) : upMigrations.slice(0, Math.abs(count));
}
function checkOrder(runNames, migrations) {
	const len = Math.min(runNames.length, migrations.length);
	for (let i = 0; i < len; i += 1) {
		const runName = runNames[i];
		const migrationName = migrations[i].name;
		if (runName !== migrationName) throw new Error(`Not run migration ${migrationName} is preceding already run migration ${runName}`);
	}
}
function runMigrations(toRun, method, direction) {
	return toRun.reduce((promise, migration) => promise.then(() => migration[method](direction)), Promise.resolve());
}
function getLogger(options) {
	const { log, logger, verbose } = options;
	let loggerObject = console;
	if (typeof logger === "object") loggerObject = logger;
	else if (typeof log === "function") loggerObject = {
		debug: log,
		info: log,
		warn: log,
		error: log
	};
	return verbose ? loggerObject : {
		debug: void 0,
		info: loggerObject.info.bind(loggerObject),
		warn: loggerObject.warn.bind(loggerObject),
		error: loggerObject.error.bind(loggerObject)
	};
}
async function runner(options) {
	const logger = getLogger(options);
	const connection = options.dbClient || options.databaseUrl;
	if (connection == null) throw new Error("You must provide either a databaseUrl or a dbClient");
	const db$1 = db(connection, logger);
	try {
		await db$1.createConnection();
		if (!options.noLock) await lock(db$1, options.lockValue, options.advisoryLockMode);
		if (options.schema) {
			const schemas = getSchemas(options.schema);
			if (options.createSchema) await Promise.all(schemas.map((schema) => db$1.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)));
			await db$1.query(`SET search_path TO ${schemas.map((s) => `"${s}"`).join(", ")}`);
		}
		if (options.migrationsSchema && options.createMigrationsSchema) await db$1.query(`CREATE SCHEMA IF NOT EXISTS "${options.migrationsSchema}"`);
		await ensureMigrationsTable(db$1, options);
		const [migrations, runNames] = await Promise.all([loadMigrations(db$1, options, logger), getRunMigrations(db$1, options)]);
		if (options.checkOrder !== false) checkOrder(runNames, migrations);
		const toRun = getMigrationsToRun(options, runNames, migrations);
		if (toRun.length === 0) {
			logger.info("No migrations to run!");
			return [];
		}
		logger.info("> Migrating files:");
		for (const m of toRun) logger.info(`> - ${m.name}`);
		if (options.fake) await runMigrations(toRun, "markAsRun", options.direction);
		else if (options.singleTransaction) {
			await db$1.query("BEGIN");
			try {
				await runMigrations(toRun, "apply", options.direction);
				await db$1.query("COMMIT");
			} catch (error) {
				logger.warn("> Rolling back attempted migration ...");
				await db$1.query("ROLLBACK");
				throw error;
			}
		} else await runMigrations(toRun, "apply", options.direction);
		return toRun.map((m) => ({
			path: m.path,
			name: m.name,
			timestamp: m.timestamp
		}));
	} finally {
		if (db$1.connected()) {
			if (!options.noLock) await unlock(db$1, options.lockValue).catch((error) => {
				logger.warn(error.message);
			});
			await db$1.close();
		}
	}
}

//#endregion

;// CONCATENATED MODULE: ./src/core/duration.ts

const UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Parses a duration such as `250ms`, `5s`, `10m` or `1h` into milliseconds.
 * A bare `0` means "no limit" where the caller allows it. Anything else is refused.
 * @param name the input name, for the error message
 */
function parseDuration(value, name) {
    const text = value.trim();
    if (text === '0')
        return 0;
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/.exec(text);
    if (!match) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is not a duration`, {
            hint: 'use a number with a unit, e.g. 250ms, 5s, 10m or 1h (0 for no limit)',
        });
    }
    const ms = Number(match[1]) * UNITS_MS[match[2]];
    return Math.round(ms);
}
/** Formats milliseconds for people: `850ms`, `2.4s`, `3m 05s`. */
function duration_formatDuration(ms) {
    // Round before choosing the unit, so 999.6ms is 1.0s and 119.5s is 2m 00s, never 1m 60s.
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)}ms`;
    if (Math.round(ms / 100) < 600)
        return `${(ms / 1000).toFixed(1)}s`;
    const total = Math.round(ms / 1000);
    return `${Math.floor(total / 60)}m ${String(total % 60).padStart(2, '0')}s`;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/core/db/pg-error.ts

/** SQLSTATE 55P03: `lock_timeout` expired before a lock was granted. */
const LOCK_NOT_AVAILABLE = '55P03';
function pgErrorFields(error) {
    if (typeof error !== 'object' || error === null)
        return { message: String(error) };
    const e = error;
    const position = typeof e.position === 'string' || typeof e.position === 'number'
        ? Number(e.position)
        : undefined;
    return {
        code: typeof e.code === 'string' ? e.code : undefined,
        message: typeof e.message === 'string' ? e.message : String(error),
        position: position && position > 0 ? position : undefined,
        detail: typeof e.detail === 'string' ? e.detail : undefined,
        hint: typeof e.hint === 'string' ? e.hint : undefined,
    };
}
/** True when PostgreSQL refused a lock within `lock_timeout`: the operation can be retried. */
function isLockTimeout(error) {
    return pgErrorFields(error).code === LOCK_NOT_AVAILABLE;
}
/**
 * Runs a bookkeeping step (reading or creating db-deploy's own tables) and turns a PostgreSQL
 * error into a user error naming the step, so that e.g. a missing privilege is not reported as
 * a bug. Errors that are not from PostgreSQL pass through.
 */
async function databaseStep(what, where, step) {
    try {
        return await step();
    }
    catch (error) {
        const pg = pgErrorFields(error);
        if (!pg.code || !/^[0-9A-Z]{5}$/.test(pg.code))
            throw error;
        const hint = pg.code === '42501'
            ? 'grant the migration role USAGE and CREATE on that schema, or connect as the role that owns it'
            : 'check that the database is healthy and the role may read and write the migrations tables';
        throw new errors/* DbDeployError */.WV('database-error', `${what} failed: ${pg.code} ${pg.message}`, {
            where,
            hint,
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./src/core/db/connect.ts




/**
 * Opens one connection, turning every way a connection can fail into one clear line that
 * names `host:port/database` and never the URL or the password.
 */
async function connect(target, options = {}) {
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    const client = new esm.Client({
        connectionString: target.url,
        connectionTimeoutMillis: connectTimeoutMs,
        application_name: options.applicationName ?? 'db-deploy',
    });
    // An idle connection that the server drops must not crash the process with an unhandled 'error'.
    client.on('error', () => undefined);
    try {
        await client.connect();
    }
    catch (error) {
        await client.end().catch(() => undefined);
        throw connectionError(error, target, connectTimeoutMs);
    }
    return client;
}
/** Closes a client, ignoring errors from a connection that is already gone. */
async function disconnect(client) {
    if (client)
        await client.end().catch(() => undefined);
}
/** Maps a connection failure to a DbDeployError with the action a user should take. */
function connectionError(error, target, connectTimeoutMs) {
    const { code, message } = pgErrorFields(error);
    const where = target.display;
    const user = target.user || '(default user)';
    switch (code) {
        case '28P01':
            return new errors/* DbDeployError */.WV('auth-failed', `authentication failed for user "${user}"`, {
                where,
                hint: 'check the user and password in the database URL secret',
                cause: error,
            });
        case '28000':
            return new errors/* DbDeployError */.WV('auth-failed', `the server refused user "${user}" (pg_hba.conf has no matching entry or the role cannot log in)`, {
                where,
                hint: 'allow this client in pg_hba.conf or use a role with LOGIN',
                cause: error,
            });
        case '3D000':
            return new errors/* DbDeployError */.WV('database-missing', `database "${target.database}" does not exist`, {
                where,
                hint: 'create it first or fix the database name in the URL',
                cause: error,
            });
        case '53300':
            return new errors/* DbDeployError */.WV('too-many-connections', 'the server has no free connection slots', {
                where,
                hint: 'retry later or raise max_connections',
                cause: error,
            });
        case 'ECONNREFUSED':
            return new errors/* DbDeployError */.WV('unreachable', 'connection refused: nothing listens on that host and port', {
                where,
                hint: 'check the host and port, and that the server is running and reachable from the runner',
                cause: error,
            });
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return new errors/* DbDeployError */.WV('unreachable', `host "${target.host}" does not resolve`, {
                where,
                hint: 'check the host name in the database URL',
                cause: error,
            });
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
        case 'ETIMEDOUT':
            return new errors/* DbDeployError */.WV('unreachable', `cannot reach the server (${code})`, {
                where,
                hint: 'check the host, firewall rules and that the runner can reach the database network',
                cause: error,
            });
        default:
            break;
    }
    if (/timeout/i.test(message)) {
        return new errors/* DbDeployError */.WV('unreachable', `no answer from the server within ${duration_formatDuration(connectTimeoutMs)}`, {
            where,
            hint: 'check the host and port and that the runner can reach the database, or raise connect-timeout',
            cause: error,
        });
    }
    if (/SSL/i.test(message)) {
        return new errors/* DbDeployError */.WV('ssl', `SSL negotiation failed: ${message}`, {
            where,
            hint: 'set sslmode in the URL to match the server (e.g. ?sslmode=require or ?sslmode=disable)',
            cause: error,
        });
    }
    return new errors/* DbDeployError */.WV('connect-failed', `cannot connect: ${code ? `${code} ` : ''}${message}`, {
        where,
        hint: 'check the database URL and that the server accepts connections',
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/core/db/queries.ts
/** SQL shared by every concern that talks to the database. One named statement each, with the lock it takes. */
/** Takes a session-level advisory lock if free; never waits. Lock: advisory (no table lock). */
const TRY_ADVISORY_LOCK = 'SELECT pg_try_advisory_lock($1::bigint) AS locked';
/** Releases the session-level advisory lock. */
const ADVISORY_UNLOCK = 'SELECT pg_advisory_unlock($1::bigint) AS unlocked';
/**
 * Who holds an advisory lock on a bigint key (split into classid/objid as PostgreSQL stores it).
 * Reads pg_locks and pg_stat_activity; takes no lock.
 */
const ADVISORY_LOCK_HOLDER = `
SELECT a.pid, a.application_name, now() - a.xact_start AS xact_age,
       extract(epoch FROM now() - a.backend_start)::int AS connected_seconds
  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE l.locktype = 'advisory' AND l.granted
   AND l.classid = (($1::bigint >> 32) & 4294967295)::oid
   AND l.objid = ($1::bigint & 4294967295)::oid
   AND l.objsubid = 1
 LIMIT 1`;
/** The server's major version number (e.g. 170004 for 17.4). Takes no lock. */
const SERVER_VERSION_NUM = "SELECT current_setting('server_version_num')::int AS version";
/** Sets session timeouts; `set_config` accepts bind parameters where SET does not. */
const SET_SESSION_TIMEOUTS = `
SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`;
/** Whether a relation exists (`schema.table`), without taking a lock on it. */
const RELATION_EXISTS = 'SELECT to_regclass($1) IS NOT NULL AS exists';

;// CONCATENATED MODULE: ./src/core/db/advisory-lock.ts



/**
 * node-pg-migrate's own lock key. Using it makes db-deploy and a plain `node-pg-migrate up`
 * exclude each other on the same database.
 */
const MIGRATION_LOCK_KEY = '7241865325823964';
/**
 * Takes a session-level advisory lock by polling `pg_try_advisory_lock`.
 *
 * Why polling: a session blocked inside `pg_advisory_lock()` is an open statement with a
 * snapshot, and `CREATE INDEX CONCURRENTLY` run by the lock holder waits for every such
 * snapshot to end — a deadlock that only a timeout breaks (the same defect was reported
 * against Flyway and golang-migrate). Between polls this session runs nothing.
 * @returns how long it waited, in ms
 */
async function acquireAdvisoryLock(client, key, options, logger) {
    const started = Date.now();
    const label = options.label ?? 'the advisory lock';
    let interval = options.pollMs ?? 100;
    const maxInterval = options.maxPollMs ?? 2000;
    let lastReport = 0;
    for (;;) {
        const { rows } = await client.query(TRY_ADVISORY_LOCK, [key]);
        if (rows[0]?.locked)
            return Date.now() - started;
        const waited = Date.now() - started;
        if (waited >= options.waitTimeoutMs) {
            const holder = await describeHolder(client, key);
            throw new errors/* DbDeployError */.WV('lock-wait-timeout', `gave up waiting for ${label} after ${duration_formatDuration(waited)}${holder ? `: held by ${holder}` : ''}`, {
                hint: 'another deploy is still migrating this database; wait for it or raise lock-wait-timeout',
            });
        }
        if (waited - lastReport >= 10_000 || lastReport === 0) {
            lastReport = waited || 1;
            const holder = await describeHolder(client, key);
            logger.info(`waiting for ${label}${holder ? ` held by ${holder}` : ''} (${duration_formatDuration(waited)} so far)`);
        }
        const jitter = Math.random() * interval * 0.2;
        await sleep(Math.min(interval + jitter, Math.max(0, options.waitTimeoutMs - waited)));
        interval = Math.min(interval * 2, maxInterval);
    }
}
/** Releases the lock; a lost connection releases it anyway, so errors are only logged. */
async function releaseAdvisoryLock(client, key, logger) {
    try {
        await client.query(ADVISORY_UNLOCK, [key]);
    }
    catch (error) {
        logger.debug(`advisory unlock failed (the session end releases it): ${error.message}`);
    }
}
async function describeHolder(client, key) {
    try {
        const { rows } = await client.query(ADVISORY_LOCK_HOLDER, [key]);
        const row = rows[0];
        if (!row)
            return undefined;
        return `pid ${row.pid}${row.application_name ? ` (${row.application_name})` : ''}, connected ${duration_formatDuration(row.connected_seconds * 1000)}`;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/core/migrations/checksum.ts

/**
 * sha256 of a migration's text, normalised so that a checkout with CRLF line endings or a
 * byte-order mark does not look like an edit.
 */
function migrationChecksum(content) {
    const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    return (0,external_node_crypto_.createHash)('sha256').update(normalised, 'utf8').digest('hex');
}

;// CONCATENATED MODULE: ./src/core/migrations/files.ts



/** File endings db-deploy loads as migrations; everything else in the directory is ignored. */
const MIGRATION_EXTENSIONS = ['.sql', '.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'];
/**
 * node-pg-migrate's `ignorePattern` (anchored by it as `^…$`): skip dotfiles, declaration
 * files and anything that is not a migration ending, so a README beside the migrations is harmless.
 */
const IGNORE_PATTERN = '(?:\\..*|.*\\.d\\.[cm]?ts|(?!.*\\.(?:sql|js|cjs|mjs|ts|cts|mts)$).*)';
function isMigrationFile(fileName) {
    if (fileName.startsWith('.'))
        return false;
    if (/\.d\.[cm]?ts$/.test(fileName))
        return false;
    // Case-sensitive, like IGNORE_PATTERN, which node-pg-migrate applies as written.
    return MIGRATION_EXTENSIONS.includes((0,external_node_path_.extname)(fileName));
}
/** A migration's name: its file name without the ending (what node-pg-migrate records). */
function migrationName(filePath) {
    return (0,external_node_path_.basename)(filePath, (0,external_node_path_.extname)(filePath));
}
function numericPrefix(name) {
    const prefix = /^(\d+)/.exec(name)?.[1];
    if (!prefix)
        return undefined;
    if (prefix.length === 17) {
        // node-pg-migrate's `utc` format, YYYYMMDDHHmmssSSS, compares as a point in time.
        const iso = `${prefix.slice(0, 4)}-${prefix.slice(4, 6)}-${prefix.slice(6, 8)}T${prefix.slice(8, 10)}:${prefix.slice(10, 12)}:${prefix.slice(12, 14)}.${prefix.slice(14)}Z`;
        return new Date(iso).valueOf();
    }
    return Number(prefix);
}
/** The order node-pg-migrate applies files in: numeric prefix first, then a numeric-aware name compare. */
function compareMigrationNames(a, b) {
    const pa = numericPrefix(a);
    const pb = numericPrefix(b);
    if (pa !== undefined && pb !== undefined && pa !== pb)
        return pa - pb;
    return a.localeCompare(b, 'en', { usage: 'sort', numeric: true, sensitivity: 'variant' });
}
/**
 * Lists the migration files of a directory in application order.
 * @param dir absolute path
 * @param display how to name the directory in errors (the path the user gave)
 */
async function listMigrationFiles(dir, display) {
    const info = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!info) {
        throw new errors/* DbDeployError */.WV('migrations-dir-missing', `migrations directory "${display}" does not exist`, {
            hint: 'check migrations-dir (--dir in the CLI; relative paths resolve against the repository checkout) and that the workflow ran actions/checkout',
        });
    }
    if (!info.isDirectory()) {
        throw new errors/* DbDeployError */.WV('migrations-dir-missing', `"${display}" is not a directory`, {
            hint: 'point migrations-dir at the folder that holds the migration files',
        });
    }
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const files = entries
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && isMigrationFile(e.name))
        .map((e) => e.name)
        .sort((a, b) => compareMigrationNames(migrationName(a), migrationName(b)) || a.localeCompare(b));
    if (files.length === 0) {
        throw new errors/* DbDeployError */.WV('migrations-dir-empty', `migrations directory "${display}" holds no migration files`, {
            hint: `add files ending in ${MIGRATION_EXTENSIONS.join(', ')} or fix migrations-dir`,
        });
    }
    const seen = new Map();
    for (const file of files) {
        const name = migrationName(file);
        const other = seen.get(name);
        if (other) {
            throw new errors/* DbDeployError */.WV('duplicate-migration', `two migration files share the name "${name}": ${other} and ${file}`, {
                where: display,
                hint: 'rename or remove one of them',
            });
        }
        seen.set(name, file);
    }
    return files.map((f) => (0,external_node_path_.resolve)((0,external_node_path_.join)(dir, f)));
}

;// CONCATENATED MODULE: ./src/core/migrations/sql-file.ts
const markerRegex = (direction) => new RegExp(`^\\s*--[\\s-]*${direction}\\s+migration`, 'im');
/**
 * Splits a node-pg-migrate `.sql` migration on its `-- Up Migration` / `-- Down Migration`
 * markers exactly as node-pg-migrate does (a file without markers is all "up").
 */
function splitSqlMigration(content) {
    const upStart = content.search(markerRegex('up'));
    const downStart = content.search(markerRegex('down'));
    const up = upStart >= 0
        ? {
            sql: content.slice(upStart, downStart < upStart ? undefined : downStart),
            offset: upStart,
        }
        : { sql: downStart >= 0 ? content.slice(0, downStart) : content, offset: 0 };
    const down = downStart >= 0
        ? {
            sql: content.slice(downStart, upStart < downStart ? undefined : upStart),
            offset: downStart,
        }
        : undefined;
    return { up, down, forceNoTransaction: /^\s*--\s*db-deploy:no-transaction\b/im.test(content) };
}
/** True when a section holds nothing but comments and whitespace. */
function isBlankSql(sql) {
    return (
    // One pass, so that whichever comment starts first wins (`/* -- */` is one block comment).
    sql.replace(/\/\*[\s\S]*?\*\/|--[^\n]*/g, '').trim() === '');
}

;// CONCATENATED MODULE: ./src/core/migrations/load.ts








function kindOf(path) {
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    if (ext === '.sql')
        return 'sql';
    if (ext === '.ts' || ext === '.cts' || ext === '.mts')
        return 'ts';
    return 'js';
}
/**
 * Reads every migration file of a directory (no code is executed yet).
 * @param dir absolute directory
 * @param baseDir paths in reports are relative to this (the workspace)
 */
async function readMigrationFiles(dir, baseDir) {
    const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
    const paths = await listMigrationFiles(dir, display);
    return Promise.all(paths.map((path) => readMigrationFile(path, baseDir)));
}
/** Reads one migration file (no code is executed). */
async function readMigrationFile(path, baseDir) {
    const content = await (0,promises_.readFile)(path, 'utf8');
    const kind = kindOf(path);
    return {
        name: migrationName(path),
        path,
        file: (0,external_node_path_.relative)(baseDir, path),
        kind,
        checksum: migrationChecksum(content),
        content,
        sql: kind === 'sql' ? splitSqlMigration(content) : undefined,
    };
}
let tsLoader;
/**
 * Loads a JavaScript or TypeScript migration module. `.js/.cjs/.mjs` use Node's own `import()`
 * (CommonJS and ESM alike); TypeScript goes through jiti, as node-pg-migrate itself does.
 */
async function loadModuleActions(migration) {
    let mod;
    try {
        if (migration.kind === 'ts') {
            tsLoader ??= createJiti(migration.path, {
                fsCache: false,
                moduleCache: false,
                interopDefault: true,
            });
            mod = (await tsLoader.import(migration.path));
        }
        else {
            mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(migration.path).href));
        }
    }
    catch (error) {
        throw new errors/* DbDeployError */.WV('migration-load-failed', `cannot load migration ${migration.name}: ${error.message}`, {
            where: migration.file,
            hint: 'fix the syntax or the imports of the migration file',
            cause: error,
        });
    }
    const actions = (typeof mod.up === 'function' ? mod : mod.default) ??
        {};
    if (typeof actions.up !== 'function') {
        throw new errors/* DbDeployError */.WV('migration-load-failed', `migration ${migration.name} exports no up function`, {
            where: migration.file,
            hint: 'export `up` (and `down`) functions, e.g. `exports.up = (pgm) => { … }`',
        });
    }
    return {
        up: actions.up,
        down: actions.down,
        shorthands: actions.shorthands,
    };
}

// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __nccwpck_require__(2627);
;// CONCATENATED MODULE: ./src/core/sql/parse.ts

let loading;
/** Loads the parser (a WebAssembly build of PostgreSQL's parser) once per process. */
function loadParser() {
    loading ??= (0,wasm.loadModule)();
    return loading;
}
/**
 * Splits and parses SQL with the real PostgreSQL parser. Never throws on bad SQL: a syntax
 * error comes back as `{ ok: false }` with the parser's position. Call `loadParser()` first.
 */
function parseSql(source) {
    let result;
    if (source.trim() === '')
        return { ok: true, statements: [] };
    try {
        result = (0,wasm.parseSync)(source);
    }
    catch (error) {
        const details = error.sqlDetails;
        const cursor = details?.cursorPosition;
        return {
            ok: false,
            message: error.message,
            // libpg_query's cursor counts code points; JavaScript strings index UTF-16 units.
            offset: cursor !== undefined && cursor >= 0 ? codePointIndex(source, cursor) : undefined,
        };
    }
    const statements = [];
    // libpg_query reports byte offsets into the UTF-8 text; JavaScript strings index UTF-16 units.
    // Pure ASCII (the common case) needs no conversion.
    // eslint-disable-next-line no-control-regex
    const ascii = !/[^\x00-\x7f]/.test(source);
    const bytes = ascii ? undefined : Buffer.from(source, 'utf8');
    const total = bytes ? bytes.length : source.length;
    for (const raw of result.stmts ?? []) {
        const byteStart = raw.stmt_location ?? 0;
        const byteEnd = raw.stmt_len ? byteStart + raw.stmt_len : total;
        const chunk = bytes
            ? bytes.subarray(byteStart, byteEnd).toString('utf8')
            : source.slice(byteStart, byteEnd);
        const leading = leadingTriviaLength(chunk);
        const text = chunk.slice(leading).trimEnd();
        const start = (bytes ? charOffset(bytes, byteStart) : byteStart) + leading;
        const [type, node] = Object.entries(raw.stmt ?? {})[0] ?? ['Unknown', {}];
        statements.push({
            text,
            start,
            end: start + text.length,
            type,
            node: node,
        });
    }
    return { ok: true, statements };
}
/** Length of the whitespace and comments before a statement's first token. */
function leadingTriviaLength(chunk) {
    let i = 0;
    for (;;) {
        while (i < chunk.length && /\s/.test(chunk[i]))
            i += 1;
        if (chunk.startsWith('--', i)) {
            const newline = chunk.indexOf('\n', i);
            i = newline < 0 ? chunk.length : newline + 1;
        }
        else if (chunk.startsWith('/*', i)) {
            const close = chunk.indexOf('*/', i + 2);
            i = close < 0 ? chunk.length : close + 2;
        }
        else {
            return i;
        }
    }
}
function charOffset(bytes, byteOffset) {
    return bytes.subarray(0, byteOffset).toString('utf8').length;
}
/** 1-based line and column of a character offset. */
function lineColumn(source, offset) {
    const before = source.slice(0, Math.max(0, offset));
    const lines = before.split('\n');
    return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
/** The UTF-16 index of the `count`-th code point (differs only after characters beyond the BMP, e.g. emoji). */
function codePointIndex(source, count) {
    if (!/[\ud800-\udfff]/.test(source))
        return count;
    let index = 0;
    for (let n = 0; n < count && index < source.length; n += 1)
        index += source.codePointAt(index) > 0xffff ? 2 : 1;
    return index;
}
/**
 * Character offset just after the last statement-ending `;` before `offset`, found with
 * PostgreSQL's own scanner (a `;` inside a string literal or a comment does not count), or 0.
 */
function lastStatementEnd(source, offset) {
    let tokens;
    try {
        tokens = (0,wasm.scanSync)(source).tokens;
    }
    catch {
        return 0;
    }
    const bytes = Buffer.from(source, 'utf8');
    const limit = Buffer.byteLength(source.slice(0, offset), 'utf8');
    let end = 0;
    for (const token of tokens) {
        if (token.start >= limit)
            break;
        if (token.text === ';')
            end = token.end;
    }
    return bytes.subarray(0, end).toString('utf8').length;
}

;// CONCATENATED MODULE: ./src/core/migrations/transaction.ts
/**
 * Why a statement cannot run inside a transaction block, or undefined when it can.
 * PostgreSQL rejects these with "cannot run inside a transaction block" (SQLSTATE 25001);
 * see the Notes of CREATE INDEX, DROP INDEX, REINDEX, VACUUM, CREATE DATABASE, ALTER SYSTEM,
 * ALTER TABLE … DETACH PARTITION … CONCURRENTLY and CREATE SUBSCRIPTION.
 */
function nonTransactionalReason(statement) {
    const node = statement.node;
    switch (statement.type) {
        case 'IndexStmt':
            return node.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
        case 'DropStmt':
            return node.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
        case 'ReindexStmt': {
            const params = node.params ?? [];
            if (params.some((p) => p.DefElem?.defname === 'concurrently'))
                return 'REINDEX CONCURRENTLY';
            const kind = String(node.kind ?? '');
            return kind === 'REINDEX_OBJECT_SYSTEM' || kind === 'REINDEX_OBJECT_DATABASE'
                ? 'REINDEX DATABASE/SYSTEM'
                : undefined;
        }
        case 'VacuumStmt':
            return node.is_vacuumcmd ? 'VACUUM' : undefined;
        case 'CreatedbStmt':
            return 'CREATE DATABASE';
        case 'DropdbStmt':
            return 'DROP DATABASE';
        case 'AlterDatabaseStmt': {
            const options = node.options ?? [];
            return options.some((o) => o.DefElem?.defname === 'tablespace')
                ? 'ALTER DATABASE … SET TABLESPACE'
                : undefined;
        }
        case 'DiscardStmt':
            return node.target === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
        case 'AlterSystemStmt':
            return 'ALTER SYSTEM';
        case 'CreateTableSpaceStmt':
            return 'CREATE TABLESPACE';
        case 'DropTableSpaceStmt':
            return 'DROP TABLESPACE';
        case 'CreateSubscriptionStmt':
            return 'CREATE SUBSCRIPTION';
        case 'DropSubscriptionStmt':
            return 'DROP SUBSCRIPTION';
        case 'ClusterStmt':
            return node.relation ? undefined : 'CLUSTER (all tables)';
        case 'AlterTableStmt': {
            const cmds = node.cmds ?? [];
            const detach = cmds.some((c) => c.AlterTableCmd?.subtype === 'AT_DetachPartition' &&
                c.AlterTableCmd.def?.PartitionCmd?.concurrent);
            return detach ? 'DETACH PARTITION CONCURRENTLY' : undefined;
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/statements.ts


/**
 * Words without which no statement of a section can need to run outside a transaction (see
 * nonTransactionalReason). Their absence spares loading the parser, the costliest part of a
 * run that has little to do; their presence only means "ask the parser".
 */
const MAY_NEED_NO_TRANSACTION = /\b(?:concurrently|vacuum|database|system|tablespace|subscription|cluster)\b/i;
/**
 * Decides how a SQL section runs. Sections with a statement that PostgreSQL refuses inside a
 * transaction block (or with the `-- db-deploy:no-transaction` directive) run statement by
 * statement: ordinary statements in between are grouped into their own short transactions.
 * A section that does not parse runs as one transaction so that PostgreSQL reports the error.
 */
async function sectionMode(section, forceNoTransaction) {
    if (!forceNoTransaction && !MAY_NEED_NO_TRANSACTION.test(section.sql))
        return { kind: 'transaction' };
    await loadParser();
    const parsed = parseSql(section.sql);
    if (!parsed.ok)
        return { kind: 'transaction' };
    const reasons = parsed.statements
        .map(nonTransactionalReason)
        .filter((r) => r !== undefined);
    if (reasons.length === 0 && !forceNoTransaction)
        return { kind: 'transaction' };
    const groups = [];
    for (const statement of parsed.statements) {
        const reason = forceNoTransaction
            ? (nonTransactionalReason(statement) ?? 'db-deploy:no-transaction')
            : nonTransactionalReason(statement);
        const last = groups.at(-1);
        if (reason)
            groups.push({ transactional: false, statements: [statement], reason });
        else if (last?.transactional)
            last.statements.push(statement);
        else
            groups.push({ transactional: true, statements: [statement] });
    }
    return {
        kind: 'statements',
        groups,
        reasons: reasons.length ? [...new Set(reasons)] : ['db-deploy:no-transaction'],
    };
}
/** The index a `CREATE INDEX CONCURRENTLY` statement creates, as `schema.name` or `name`, if it names one. */
function createdIndexName(statement) {
    if (statement.type !== 'IndexStmt' || !statement.node.concurrent)
        return undefined;
    const name = statement.node.idxname;
    if (!name)
        return undefined;
    const schema = statement.node.relation?.schemaname;
    const quote = (s) => `"${s.replace(/"/g, '""')}"`;
    return schema ? `${quote(schema)}.${quote(name)}` : quote(name);
}

;// CONCATENATED MODULE: ./src/core/migrations/retry.ts


const DEFAULT_BACKOFF = { baseMs: 250, maxMs: 5000, factor: 2, jitter: 0.2 };
/**
 * Delay before retry number `attempt` (1-based): base × factorⁿ⁻¹, capped, with jitter.
 * @param random a number in [0, 1); injectable for tests
 */
function backoffDelay(attempt, policy = DEFAULT_BACKOFF, random = Math.random()) {
    const raw = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, attempt - 1));
    const spread = raw * policy.jitter * (random * 2 - 1);
    return Math.max(0, Math.round(raw + spread));
}
/**
 * Runs `attempt` until it succeeds, retrying with backoff while it fails because a lock was not
 * granted within lock_timeout, at most `lockRetries` times. The last error is rethrown as is.
 */
async function withLockRetries(settings, logger, hooks, attempt) {
    for (let retry = 1;; retry += 1) {
        try {
            return await attempt();
        }
        catch (error) {
            const recovered = hooks.recover ? await hooks.recover(error) : true;
            if (!recovered || !isLockTimeout(error) || retry > settings.lockRetries)
                throw error;
            hooks.onRetry?.();
            const delay = backoffDelay(retry, settings.backoff);
            logger.info(`${hooks.label()}: lock not granted within ${duration_formatDuration(settings.lockTimeoutMs)}; retry ${retry} of ${settings.lockRetries} in ${duration_formatDuration(delay)}`);
            await sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/db/sql.ts
/** Quotes an identifier (table, schema, column) for interpolation into SQL. The only way identifiers reach SQL. */
function quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
/** `"schema"."name"`. */
function qualifiedName(schema, name) {
    return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
/**
 * Quotes a string literal. Used only where bind parameters are impossible: statements that
 * node-pg-migrate sends as plain text inside a migration's transaction.
 */
function quoteLiteral(value) {
    if (value.includes('\\'))
        return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
    return `'${value.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./src/core/migrations/queries.ts

/**
 * SQL of the migrate concern. Table names are identifiers chosen by the user (migrations-table,
 * schema), so they are passed through quoteIdent; every value is a bind parameter.
 */
/** Applied migrations in the order they ran. Reads node-pg-migrate's table; ACCESS SHARE lock. */
const selectAppliedMigrations = (schema, table) => `SELECT name, run_on FROM ${qualifiedName(schema, table)} ORDER BY run_on, id`;
/** node-pg-migrate's own table definition, so that either tool can use it. ACCESS EXCLUSIVE on the new table only. */
const createMigrationsTable = (schema, table) => `CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, table)} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`;
/** The checksum table beside node-pg-migrate's. CREATE … IF NOT EXISTS; ACCESS EXCLUSIVE only when it creates it. */
const createChecksumTable = (schema, table) => `CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, table)} (
  name varchar(255) PRIMARY KEY,
  checksum char(64) NOT NULL,
  file text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
)`;
/** All recorded checksums. ACCESS SHARE lock. */
const selectChecksums = (schema, table) => `SELECT name, checksum FROM ${qualifiedName(schema, table)}`;
/** Records (or re-records, with allow-edited) a migration's checksum. ROW EXCLUSIVE lock. */
const upsertChecksum = (schema, table) => `INSERT INTO ${qualifiedName(schema, table)} (name, checksum, file) VALUES ($1, $2, $3)
   ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, file = EXCLUDED.file, recorded_at = now()`;
/** Forgets a rolled-back migration's checksum. ROW EXCLUSIVE lock. */
const deleteChecksum = (schema, table) => `DELETE FROM ${qualifiedName(schema, table)} WHERE name = $1`;
/** Creates the migrations schema if needed. */
const createSchemaIfMissing = (schema) => `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`;
/** Whether a schema exists. Reads pg_namespace; takes no lock. */
const SCHEMA_EXISTS = 'SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists';
/** An index by name (resolved through search_path) and whether it is valid. Reads the catalog; takes no lock. */
const INDEX_VALIDITY = `
SELECT c.oid::regclass::text AS name, i.indisvalid AS valid
  FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
 WHERE c.oid = to_regclass($1)`;
/** Drops an index left INVALID by a failed CREATE INDEX CONCURRENTLY, without blocking writes. */
const dropInvalidIndex = (regclassText) => `DROP INDEX CONCURRENTLY IF EXISTS ${regclassText}`;

;// CONCATENATED MODULE: ./src/core/migrations/execute.ts



/** A failure inside a statement-by-statement section, with where it happened. */
class StatementFailure extends Error {
    cause;
    statementOffset;
    index;
    total;
    appliedBefore;
    invalidIndex;
    constructor(cause, 
    /** Character offset of the failing statement in its section. */
    statementOffset, 
    /** 1-based index of the failing statement and how many there were. */
    index, total, 
    /** How many statements had already been applied (and stay applied). */
    appliedBefore, 
    /** An INVALID index that could not be dropped, if any. */
    invalidIndex) {
        super(cause?.message ?? String(cause));
        this.cause = cause;
        this.statementOffset = statementOffset;
        this.index = index;
        this.total = total;
        this.appliedBefore = appliedBefore;
        this.invalidIndex = invalidIndex;
        this.name = 'StatementFailure';
    }
}
/**
 * Runs the groups of a statement-by-statement section on `client`. Each group is retried on
 * its own when a lock is not granted within lock_timeout; an INVALID index left behind by a
 * failed CREATE INDEX CONCURRENTLY is dropped before the retry (PostgreSQL keeps it, see the
 * "Building Indexes Concurrently" section of the CREATE INDEX documentation).
 * @returns the number of retries taken
 */
async function runStatementGroups(client, groups, settings, logger, label) {
    const total = groups.reduce((n, g) => n + g.statements.length, 0);
    let done = 0;
    let retries = 0;
    for (const group of groups) {
        const indexName = group.transactional ? undefined : createdIndexName(group.statements[0]);
        const existedBefore = indexName ? await indexExists(client, indexName) : true;
        // An INVALID index left by a failed attempt; dropped (under the same lock_timeout) before the next one.
        let leftover;
        let current = 0;
        let cleaning = false;
        try {
            await withLockRetries(settings, logger, {
                label: () => `${label} (${cleaning ? `dropping the INVALID index ${leftover}` : `statement ${done + current + 1} of ${total}`})`,
                recover: async () => {
                    if (group.transactional)
                        await client.query('ROLLBACK').catch(() => undefined);
                    if (indexName && !existedBefore && !cleaning)
                        leftover = await invalidIndex(client, indexName);
                    return true;
                },
                onRetry: () => {
                    retries += 1;
                },
            }, async () => {
                current = 0;
                cleaning = false;
                if (leftover) {
                    cleaning = true;
                    logger.info(`${label}: dropping INVALID index ${leftover} left by the failed CREATE INDEX CONCURRENTLY`);
                    await client.query(dropInvalidIndex(leftover));
                    leftover = undefined;
                    cleaning = false;
                }
                if (group.transactional)
                    await client.query('BEGIN');
                for (const [i, statement] of group.statements.entries()) {
                    current = i;
                    await client.query(statement.text);
                }
                if (group.transactional)
                    await client.query('COMMIT');
            });
        }
        catch (error) {
            const statement = group.statements[current];
            throw new StatementFailure(error, statement.start, done + current + 1, total, done + (group.transactional ? 0 : current), leftover);
        }
        done += group.statements.length;
    }
    return retries;
}
async function indexExists(client, name) {
    const { rows } = await client.query(INDEX_VALIDITY, [name]);
    return rows.length > 0;
}
/** The index's regclass text when it exists and is INVALID (left by a failed CREATE INDEX CONCURRENTLY). */
async function invalidIndex(client, name) {
    const { rows } = await client.query(INDEX_VALIDITY, [name]);
    const row = rows[0];
    return row && !row.valid ? row.name : undefined;
}
/**
 * A client for node-pg-migrate whose every statement is retried on its own when a lock is not
 * granted. Only for migrations that run outside a transaction (a JS/TS migration calling
 * `pgm.noTransaction()`): there each statement commits by itself, so repeating the one that
 * timed out is safe, where repeating the whole migration would repeat applied statements.
 */
function statementRetryingClient(client, settings, logger, label, onRetry) {
    const query = (...args) => withLockRetries(settings, logger, { label: () => label, onRetry }, () => client.query(...args));
    return { query };
}

;// CONCATENATED MODULE: ./src/core/migrations/actions.ts



/**
 * Turns a file into node-pg-migrate actions. `.sql` sections that must run outside a
 * transaction call `pgm.noTransaction()` and run their statements themselves, with retries.
 * With `analyse: false` a `.sql` file is not examined (it is not going to run): the parser is
 * only loaded for migrations that run, so an up-to-date database starts fast.
 */
async function prepareMigration(file, context, analyse = true) {
    if (file.kind !== 'sql' || !file.sql) {
        return { file, actions: await loadModuleActions(file), modes: {}, statementRetries: 0 };
    }
    const prepared = { file, actions: {}, modes: {}, statementRetries: 0 };
    const sql = file.sql;
    const build = async (direction, section) => {
        if (!section)
            return false;
        const mode = analyse
            ? await sectionMode(section, sql.forceNoTransaction)
            : { kind: 'transaction' };
        prepared.modes[direction] = mode;
        if (mode.kind === 'transaction')
            return (pgm) => void pgm.sql(section.sql);
        return async (pgm) => {
            pgm.noTransaction();
            prepared.statementRetries += await runStatementGroups(context.client, mode.groups, context.retry, context.logger, `${file.name} (${direction})`);
        };
    };
    prepared.actions = { up: await build('up', sql.up), down: await build('down', sql.down) };
    return prepared;
}

;// CONCATENATED MODULE: ./src/core/migrations/plan.ts


/** What the database and the directory say, compared; no I/O. */
function inspectMigrations(input) {
    const byName = new Map(input.files.map((f) => [f.name, f]));
    const appliedSet = new Set(input.applied);
    const edited = [];
    const unrecorded = [];
    for (const name of input.applied) {
        const file = byName.get(name);
        const recorded = input.checksums.get(name);
        if (!file)
            edited.push({ name, reason: 'missing' });
        else if (recorded === undefined)
            unrecorded.push(file);
        else if (recorded !== file.checksum)
            edited.push({ name, reason: 'changed', file: file.file });
    }
    const stale = [...input.checksums.keys()].filter((name) => !appliedSet.has(name));
    const pending = input.files.filter((f) => !appliedSet.has(f.name));
    const lastApplied = [...input.applied].sort(compareMigrationNames).at(-1);
    const outOfOrder = lastApplied === undefined
        ? []
        : pending.filter((f) => compareMigrationNames(f.name, lastApplied) < 0);
    return { edited, unrecorded, stale, pending, outOfOrder, lastApplied };
}
/**
 * Decides what a run will do, refusing — before anything is touched — edited or vanished
 * migrations (unless allowed), migrations that would run out of order, and impossible downs.
 */
function planMigrations(input) {
    const { edited, unrecorded, stale, pending, outOfOrder, lastApplied } = inspectMigrations(input);
    if (edited.length > 0 && !input.allowEdited) {
        const list = edited
            .map((e) => `${e.name} (${e.reason === 'changed' ? 'file changed' : 'file missing'})`)
            .join(', ');
        throw new errors/* DbDeployError */.WV('edited-migrations', `applied migrations were edited or removed since they ran: ${list}`, {
            hint: 'restore the original files and add a new migration for the change, or accept the edits with allow-edited: true (--allow-edited in the CLI)',
        });
    }
    if (input.direction === 'up') {
        if (outOfOrder.length > 0) {
            throw new errors/* DbDeployError */.WV('out-of-order', `pending migration ${outOfOrder[0]?.name} sorts before the already applied ${lastApplied}, so it would run out of order`, {
                where: outOfOrder[0]?.file,
                hint: 'rename it with a newer prefix than the last applied migration (e.g. a fresh timestamp)',
            });
        }
        const count = input.count ?? Number.POSITIVE_INFINITY;
        return { direction: 'up', toRun: pending.slice(0, count), pending, edited, unrecorded, stale };
    }
    const count = input.count ?? 1;
    if (input.applied.length === 0) {
        throw new errors/* DbDeployError */.WV('nothing-to-roll-back', 'nothing to roll back: no migration is applied', {
            hint: 'check database-url and migrations-table, or use direction: up',
        });
    }
    if (count > input.applied.length) {
        throw new errors/* DbDeployError */.WV('nothing-to-roll-back', `cannot roll back ${count} migrations: only ${input.applied.length} applied`, {
            hint: `use a count of ${input.applied.length} or less`,
        });
    }
    const byName = new Map(input.files.map((f) => [f.name, f]));
    const names = input.applied.slice(-count).reverse();
    const toRun = names.map((name) => {
        const file = byName.get(name);
        if (!file) {
            throw new errors/* DbDeployError */.WV('migration-missing', `cannot roll back ${name}: its file is missing`, {
                hint: 'restore the migration file from version control',
            });
        }
        if (file.kind === 'sql' && !file.sql?.down) {
            throw new errors/* DbDeployError */.WV('no-down-migration', `cannot roll back ${name}: it has no "-- Down Migration" section`, {
                where: file.file,
                hint: 'add a -- Down Migration section that reverses the up migration',
            });
        }
        return file;
    });
    return { direction: 'down', toRun, pending, edited, unrecorded, stale };
}

;// CONCATENATED MODULE: ./src/core/migrations/failure.ts





/**
 * One line for a migration that failed: its name, the PostgreSQL error code and message, the
 * file position (mapped from PostgreSQL's character position when the file is SQL), and what
 * was left applied.
 */
function migrationFailure(migration, direction, error, context) {
    if (error instanceof errors/* DbDeployError */.WV)
        return error;
    const { file } = migration;
    const inner = error instanceof StatementFailure ? error.cause : error;
    const pg = pgErrorFields(inner);
    const section = file.sql?.[direction];
    let where = file.file;
    if (section) {
        const statementOffset = error instanceof StatementFailure ? error.statementOffset : 0;
        const offset = section.offset + statementOffset + (pg.position ? pg.position - 1 : 0);
        if (pg.position || error instanceof StatementFailure) {
            const { line, column } = lineColumn(file.content, offset);
            where = `${file.file}:${line}:${column}`;
        }
    }
    else if (pg.position) {
        where = `${file.file}, position ${pg.position} of the generated SQL`;
    }
    const code = pg.code ? `${pg.code} ` : '';
    const detail = pg.detail ? ` (${pg.detail})` : '';
    const lockTimedOut = pg.code === '55P03';
    let hint;
    if (lockTimedOut) {
        const leftover = error instanceof StatementFailure && error.invalidIndex
            ? `; drop the INVALID index ${error.invalidIndex} it left (DROP INDEX CONCURRENTLY)`
            : '';
        hint = `a lock was not granted within ${duration_formatDuration(context.lockTimeoutMs)} in ${context.lockRetries + 1} attempts; long transactions hold it — retry later, end them, or raise lock-retries${leftover}`;
    }
    else if (error instanceof StatementFailure && error.invalidIndex) {
        hint = `the INVALID index ${error.invalidIndex} it left could not be dropped; drop it with DROP INDEX CONCURRENTLY ${error.invalidIndex} and run again`;
    }
    else if (error instanceof StatementFailure) {
        const mode = migration.modes[direction];
        const why = mode?.kind === 'statements' ? mode.reasons.join(', ') : 'no-transaction';
        hint =
            error.appliedBefore > 0
                ? `statement ${error.index} of ${error.total} failed; the ${error.appliedBefore} before it stay applied because this migration runs outside a transaction (${why}) — fix it so it can be re-run (e.g. IF NOT EXISTS) and run again`
                : `nothing of it was applied — fix the migration and run again`;
    }
    else {
        hint = context.transactional
            ? 'its transaction was rolled back, nothing of it was applied — fix the migration and run again'
            : 'it runs outside a transaction (pgm.noTransaction()), so the statements before the failing one stay applied — make it re-runnable (e.g. ifNotExists) and run again';
    }
    return new errors/* DbDeployError */.WV(lockTimedOut ? 'lock-timeout' : 'migration-failed', `migration ${file.name} (${direction}) failed: ${code}${pg.message}${detail}`, {
        where,
        hint,
        cause: inner,
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/options.ts

const MIGRATE_DEFAULTS = {
    migrationsDir: 'migrations',
    direction: 'up',
    dryRun: false,
    lockTimeoutMs: 100,
    lockRetries: 20,
    statementTimeoutMs: 0,
    lockWaitTimeoutMs: 600_000,
    connectTimeoutMs: 10_000,
    migrationsTable: 'pgmigrations',
    schema: 'public',
    allowEdited: false,
    backoff: DEFAULT_BACKOFF,
};

;// CONCATENATED MODULE: ./src/core/migrations/state.ts




/** The bookkeeping tables for a migrations table name and schema. */
function migrationTables(options) {
    return {
        schema: options.schema,
        migrations: options.migrationsTable,
        checksums: `${options.migrationsTable}_checksums`,
    };
}
/**
 * Creates the schema, node-pg-migrate's table (same definition as node-pg-migrate's own, so
 * either tool can use it) and the checksum table, if missing. Runs under the migration lock.
 */
async function ensureMigrationTables(client, tables) {
    // Look before creating: CREATE … IF NOT EXISTS still demands the CREATE privilege, which a
    // migration role may lack on a schema or database that already holds everything it needs.
    if (!(await schemaExists(client, tables.schema))) {
        await client.query(createSchemaIfMissing(tables.schema));
    }
    if (!(await relationExists(client, tables.schema, tables.migrations))) {
        await client.query(createMigrationsTable(tables.schema, tables.migrations));
    }
    if (!(await relationExists(client, tables.schema, tables.checksums))) {
        await client.query(createChecksumTable(tables.schema, tables.checksums));
    }
}
async function schemaExists(client, schema) {
    const { rows } = await client.query(SCHEMA_EXISTS, [schema]);
    return rows[0]?.exists ?? false;
}
async function relationExists(client, schema, table) {
    const { rows } = await client.query(RELATION_EXISTS, [
        qualifiedName(schema, table),
    ]);
    return rows[0]?.exists ?? false;
}
/**
 * Reads what has been applied. With `create: false` (dry run, status) missing tables mean
 * "nothing applied yet" and nothing is written.
 */
async function readMigrationState(client, tables, options) {
    if (!options.create && !(await schemaExists(client, tables.schema))) {
        return { applied: [], checksums: new Map() };
    }
    const exists = (table) => relationExists(client, tables.schema, table);
    const applied = (await exists(tables.migrations))
        ? (await client.query(selectAppliedMigrations(tables.schema, tables.migrations))).rows.map((r) => r.name)
        : [];
    const checksums = new Map();
    if (await exists(tables.checksums)) {
        const { rows } = await client.query(selectChecksums(tables.schema, tables.checksums));
        for (const row of rows)
            checksums.set(row.name, row.checksum.trim());
    }
    const duplicates = applied.filter((name, i) => applied.indexOf(name) !== i);
    if (duplicates.length > 0) {
        throw new errors/* DbDeployError */.WV('corrupt-migrations-table', `the migrations table records ${duplicates[0]} more than once`, {
            where: `${tables.schema}.${tables.migrations}`,
            hint: 'delete the duplicate row by hand after checking which run is real',
        });
    }
    return { applied, checksums };
}
/** Records (or re-records) the checksum of a migration that is now applied. */
async function recordChecksum(client, tables, file) {
    await client.query(upsertChecksum(tables.schema, tables.checksums), [
        file.name,
        file.checksum,
        file.file,
    ]);
}
/** Forgets the checksum of a migration that is no longer applied. */
async function forgetChecksum(client, tables, name) {
    await client.query(deleteChecksum(tables.schema, tables.checksums), [name]);
}

;// CONCATENATED MODULE: ./src/core/logger.ts
/** A logger that drops everything (tests, and callers that only want the result). */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
};
/** Collects messages in memory; useful in tests that assert on what was logged. */
function memoryLogger() {
    const lines = [];
    const push = (level) => (message) => {
        lines.push(`${level}: ${message}`);
    };
    return {
        lines,
        debug: push('debug'),
        info: push('info'),
        warn: push('warn'),
        error: push('error'),
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/dry-run.ts


/** Stands in for the database while a JS/TS migration builds its SQL: a dry run must not query. */
const noDatabase = {
    query: () => Promise.reject(new Error('this migration queries the database (pgm.db) and cannot be shown in a dry run')),
    select: () => Promise.reject(new Error('this migration queries the database (pgm.db) and cannot be shown in a dry run')),
};
/**
 * The SQL each planned migration would run, built without a database: `.sql` sections as
 * written, JS/TS migrations through node-pg-migrate's MigrationBuilder (which generates SQL
 * without executing it), including the automatic reverse of an up-only migration.
 */
async function renderDryRun(toRun, prepared, direction) {
    const out = [];
    let shorthands = {};
    for (const migration of prepared.values())
        shorthands = { ...shorthands, ...migration.actions.shorthands };
    for (const file of toRun) {
        const migration = prepared.get(file.path);
        const mode = migration.modes[direction];
        if (file.kind === 'sql') {
            const section = file.sql?.[direction];
            out.push({
                name: file.name,
                file: file.file,
                direction,
                sql: section?.sql.trim() ?? '',
                transactional: mode?.kind !== 'statements',
                reasons: mode?.kind === 'statements' ? mode.reasons : [],
            });
            continue;
        }
        const pgm = new MigrationBuilder(noDatabase, shorthands, false, silentLogger);
        let action = migration.actions[direction];
        if (direction === 'down' && action === undefined) {
            action = migration.actions.up;
            pgm.enableReverseMode();
        }
        let sql;
        try {
            if (typeof action !== 'function')
                throw new Error(`it has no ${direction} migration`);
            if (action.length === 2)
                await new Promise((resolve) => void action(pgm, resolve));
            else
                await action(pgm, () => undefined);
            sql = pgm.getSql().trim();
        }
        catch (error) {
            sql = `-- cannot be shown: ${error.message}`;
        }
        out.push({
            name: file.name,
            file: file.file,
            direction,
            sql,
            transactional: pgm.isUsingTransaction(),
            reasons: pgm.isUsingTransaction() ? [] : ['pgm.noTransaction()'],
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/migrations/run.ts


















/**
 * Applies pending migrations (or rolls back applied ones) with node-pg-migrate's runner, one
 * migration at a time, under db-deploy's guarantees:
 * - runners take turns: the migration lock is awaited by polling, bounded by lockWaitTimeoutMs;
 * - every statement runs under a short lock_timeout and is retried with backoff when a lock is
 *   not granted, so live traffic never queues behind a DDL lock for longer than lock_timeout;
 * - edited or removed migrations are refused before anything runs (checksums);
 * - each migration runs in its own transaction (node-pg-migrate `singleTransaction: false`),
 *   except `.sql` sections that PostgreSQL refuses inside one (CREATE INDEX CONCURRENTLY …).
 * A dry run reads the database, prints the SQL, and writes nothing.
 */
async function migrate(options, logger) {
    const started = Date.now();
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    const baseDir = options.baseDir ?? process.cwd();
    const files = await readMigrationFiles(options.migrationsDir, baseDir);
    const tables = migrationTables(options);
    const result = {
        direction: options.direction,
        dryRun: options.dryRun,
        target: target.display,
        applied: [],
        pending: [],
        lastMigration: undefined,
        planned: [],
        adopted: [],
        acceptedEdits: [],
        lockWaitMs: 0,
        durationMs: 0,
    };
    const client = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
    let locked = false;
    try {
        await options.hooks?.connected?.(client);
        const retry = {
            lockRetries: options.lockRetries,
            lockTimeoutMs: options.lockTimeoutMs,
            backoff: options.backoff ?? MIGRATE_DEFAULTS.backoff,
        };
        // Load (and syntax-check) every migration before touching anything.
        const context = { client, retry, logger };
        const prepared = new Map();
        for (const file of files)
            prepared.set(file.path, await prepareMigration(file, context, false));
        // Only the migrations that will run are examined for statements that need no transaction.
        const analyse = async (toRun) => {
            for (const file of toRun) {
                if (file.kind === 'sql')
                    prepared.set(file.path, await prepareMigration(file, context));
            }
        };
        const readPlan = async (create) => {
            const state = await readMigrationState(client, tables, { create });
            const { direction, count, allowEdited } = options;
            return { state, plan: planMigrations({ files, ...state, direction, count, allowEdited }) };
        };
        if (options.dryRun) {
            const { state, plan } = await readPlan(false);
            await analyse(plan.toRun);
            result.planned = await renderDryRun(plan.toRun, prepared, options.direction);
            result.pending = plan.pending.map((f) => f.name);
            result.lastMigration = state.applied.at(-1);
            for (const p of result.planned)
                logger.info(`-- ${p.name} (${p.direction})${p.transactional ? '' : ` — outside a transaction: ${p.reasons.join(', ')}`}\n${p.sql}`);
            if (result.planned.length === 0)
                logger.info('dry run: nothing to do, the database is up to date');
            return finish(result, started);
        }
        result.lockWaitMs = await acquireAdvisoryLock(client, MIGRATION_LOCK_KEY, { waitTimeoutMs: options.lockWaitTimeoutMs, label: 'the migration lock' }, logger);
        locked = true;
        if (result.lockWaitMs > 1000)
            logger.info(`migration lock acquired after waiting ${duration_formatDuration(result.lockWaitMs)}`);
        const where = `${tables.schema}.${tables.migrations} on ${target.display}`;
        const { state, plan } = await databaseStep('preparing the migrations tables', where, async () => {
            await ensureMigrationTables(client, tables);
            const read = await readPlan(true);
            await reconcileChecksums(client, tables, read.plan, files, logger, result);
            return read;
        });
        if (plan.toRun.length === 0)
            logger.info('up to date: no migration to run');
        await analyse(plan.toRun);
        const applied = new Set(state.applied);
        try {
            for (const file of plan.toRun) {
                const migration = prepared.get(file.path);
                const run = await applyOne(context, migration, options, tables, prepared);
                result.applied.push(run);
                if (options.direction === 'up')
                    applied.add(file.name);
                else
                    applied.delete(file.name);
            }
        }
        catch (error) {
            if (error instanceof errors/* DbDeployError */.WV) {
                result.error = error.toLine();
                error.partial = finish(summariseState(result, files, applied), started);
            }
            throw error;
        }
        return finish(summariseState(result, files, applied), started);
    }
    finally {
        if (locked)
            await releaseAdvisoryLock(client, MIGRATION_LOCK_KEY, logger);
        await disconnect(client);
    }
}
function summariseState(result, files, applied) {
    result.pending = files.filter((f) => !applied.has(f.name)).map((f) => f.name);
    result.lastMigration = files.filter((f) => applied.has(f.name)).at(-1)?.name;
    return result;
}
function finish(result, started) {
    result.durationMs = Date.now() - started;
    return result;
}
/** Records checksums of migrations applied before db-deploy and forgets those of rolled-back ones. */
async function reconcileChecksums(client, tables, plan, files, logger, result) {
    for (const file of plan.unrecorded) {
        await recordChecksum(client, tables, file);
        result.adopted.push(file.name);
    }
    if (plan.unrecorded.length > 0)
        logger.info(`recorded checksums of ${plan.unrecorded.length} migration(s) applied before db-deploy tracked them`);
    for (const name of plan.stale)
        await forgetChecksum(client, tables, name);
    for (const edit of plan.edited) {
        if (edit.reason === 'changed') {
            const file = files.find((f) => f.name === edit.name);
            logger.warn(`allow-edited: accepting the edited migration ${edit.name}; its new checksum is recorded`);
            if (file)
                await recordChecksum(client, tables, file);
        }
        else {
            logger.warn(`allow-edited: the applied migration ${edit.name} has no file any more`);
        }
        result.acceptedEdits.push(edit.name);
    }
}
/** Runs one migration through node-pg-migrate's runner, retrying the whole transaction when a lock is not granted. */
async function applyOne({ client, retry, logger }, migration, options, tables, prepared) {
    const { file } = migration;
    const direction = options.direction;
    const mode = migration.modes[direction];
    // A JS/TS migration may call pgm.noTransaction(); building its SQL without a database tells.
    // Such a migration is not retried as a whole: statements before the failure stay applied.
    const transactional = file.kind === 'sql'
        ? mode?.kind !== 'statements'
        : ((await renderDryRun([file], prepared, direction))[0]?.transactional ?? true);
    logger.info(`${direction === 'up' ? 'applying' : 'rolling back'} ${file.name}${transactional ? '' : ` (outside a transaction: ${mode?.kind === 'statements' ? mode.reasons.join(', ') : ''})`}`);
    let retries = 0;
    const started = Date.now();
    migration.statementRetries = 0;
    // A JS/TS migration outside a transaction gets its statements retried one by one.
    const db = transactional || file.kind === 'sql'
        ? observedClient(client, options, file.name)
        : statementRetryingClient(client, retry, logger, file.name, () => {
            migration.statementRetries += 1;
        });
    const runnerLog = makeRunnerLogger(logger);
    try {
        await withLockRetries(retry, logger, {
            label: () => `${file.name} (rolled back)`,
            recover: async () => {
                // node-pg-migrate leaves a failed transaction open on an external client.
                await client.query('ROLLBACK').catch(() => undefined);
                return transactional;
            },
            onRetry: () => {
                retries += 1;
            },
        }, async () => {
            await client.query(SET_SESSION_TIMEOUTS, [
                `${options.lockTimeoutMs}ms`,
                `${options.statementTimeoutMs}ms`,
            ]);
            const ran = await runner(runnerOptions(db, options, tables, prepared, direction, file.name, runnerLog));
            if (ran.length !== 1 || ran[0]?.name !== file.name) {
                throw new Error(`node-pg-migrate ran ${ran.map((r) => r.name).join(', ') || 'nothing'} instead of ${file.name}`);
            }
        });
    }
    catch (error) {
        throw migrationFailure(migration, direction, error, {
            lockRetries: options.lockRetries,
            lockTimeoutMs: options.lockTimeoutMs,
            transactional,
        });
    }
    const durationMs = Date.now() - started;
    if (direction === 'up')
        await recordChecksum(client, tables, file);
    else
        await forgetChecksum(client, tables, file.name);
    const total = retries + migration.statementRetries;
    logger.info(`${direction === 'up' ? 'applied' : 'rolled back'} ${file.name} in ${duration_formatDuration(durationMs)}${total ? ` after ${total} lock retr${total === 1 ? 'y' : 'ies'}` : ''}`);
    return { name: file.name, file: file.file, direction, durationMs, retries: total, transactional };
}
/** The client node-pg-migrate runs on; with a beforeCommit hook, the hook runs before its COMMIT. */
function observedClient(client, options, name) {
    const beforeCommit = options.hooks?.beforeCommit;
    if (!beforeCommit)
        return client;
    const query = async (...args) => {
        if (typeof args[0] === 'string' && /^\s*COMMIT\b/i.test(args[0]))
            await beforeCommit(client, name);
        return client.query(...args);
    };
    return { query };
}
/**
 * node-pg-migrate options, set explicitly (its library defaults differ from its CLI):
 * - `noLock: true`: db-deploy holds the lock itself, by polling (see advisory-lock.ts);
 * - `singleTransaction: false`: each migration commits on its own, so a lock retry repeats one
 *   migration and locks are never held across migrations;
 * - `checkOrder: false`: db-deploy checks order and edits itself, before anything runs, with
 *   clearer errors (node-pg-migrate's positional check cannot tell a removed file from a reorder);
 * - `file` + `count: 1`: run exactly the planned migration.
 */
function runnerOptions(client, options, tables, prepared, direction, name, logger) {
    const loader = async (paths) => paths.flatMap((path) => {
        const unit = prepared.get(path);
        return unit ? [{ id: path, filePaths: [path], actions: unit.actions }] : [];
    });
    return {
        dbClient: client,
        dir: options.migrationsDir,
        ignorePattern: IGNORE_PATTERN,
        migrationsTable: tables.migrations,
        migrationsSchema: tables.schema,
        schema: tables.schema,
        direction,
        count: 1,
        file: name,
        noLock: true,
        singleTransaction: false,
        checkOrder: false,
        createSchema: false,
        decamelize: false,
        verbose: false,
        logger,
        migrationLoaderStrategies: [{ extensions: [...MIGRATION_EXTENSIONS], loader }],
    };
}
/** node-pg-migrate's chatter goes to debug; its "Error executing" report too (we report errors ourselves). */
function makeRunnerLogger(logger) {
    return {
        debug: (m) => logger.debug(m),
        info: (m) => logger.debug(m),
        warn: (m) => logger.debug(m),
        error: (m) => logger.debug(String(m)),
    };
}

;// CONCATENATED MODULE: ./src/core/report/markdown.ts
/** Small pure helpers for Markdown reports. */
/** Escapes text for a Markdown table cell. */
function markdown_cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Inline code that survives backticks in the text. */
function markdown_code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text}${fence}`;
}
function table(headers, align, rows) {
    const head = `| ${headers.join(' | ')} |`;
    const sep = `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`;
    return [head, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run inside. */
function fenced(language, body) {
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body}\n${fence}`;
}
function markdown_footer(version) {
    return `<sub>db-deploy v${version}</sub>`;
}

;// CONCATENATED MODULE: ./src/core/report/failure.ts


/** The job summary of a step that failed before it produced any result. */
function renderFailure(action, line) {
    const title = `## ❌ db-deploy${action ? ` ${action}` : ''} failed`;
    return [title, ...(line ? ['', `> ${markdown_cell(line)}`] : []), '', markdown_footer(VERSION)].join('\n');
}

;// CONCATENATED MODULE: ./src/core/report/migrate.ts




/**
 * The migrate job summary: verdict first, then what ran (name, duration, lock retries), what is
 * still pending, and for a dry run the SQL of every migration. Pure: result in, Markdown out.
 * @param error the one-line failure, when the run failed
 */
function renderMigrateSummary(result, error) {
    const parts = [];
    if (!result)
        return renderFailure('migrate', error);
    const verb = result.direction === 'up' ? 'applied' : 'rolled back';
    const n = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    if (error)
        parts.push(`## ❌ db-deploy migrate failed`, '', `> ${markdown_cell(error)}`);
    else if (result.dryRun)
        parts.push(`## 🔎 db-deploy migrate (dry run): ${result.planned.length ? `${n(result.planned.length, 'migration')} would run` : 'up to date'}`);
    else if (result.applied.length === 0)
        parts.push('## ✅ db-deploy migrate: up to date', '', 'No migration to run.');
    else
        parts.push(`## ✅ db-deploy migrate: ${n(result.applied.length, 'migration')} ${verb}`);
    parts.push('', `Target ${markdown_code(result.target)} · direction **${result.direction}** · took ${duration_formatDuration(result.durationMs)}` +
        (result.lockWaitMs >= 1000
            ? ` · waited ${duration_formatDuration(result.lockWaitMs)} for another runner`
            : ''));
    if (result.applied.length > 0) {
        parts.push('', table(['Migration', 'Duration', 'Lock retries', 'Transaction'], ['l', 'r', 'r', 'l'], result.applied.map((m) => [
            markdown_cell(markdown_code(m.name)),
            duration_formatDuration(m.durationMs),
            String(m.retries),
            m.transactional ? 'yes' : 'no (statement by statement)',
        ])));
    }
    if (result.planned.length > 0) {
        parts.push('');
        for (const p of result.planned) {
            const note = p.transactional ? '' : ` — outside a transaction (${p.reasons.join(', ')})`;
            parts.push(details(`${markdown_code(p.name)} (${p.direction})${note}`, fenced('sql', p.sql || '-- (empty)')));
        }
    }
    if (!result.dryRun || result.planned.length > 0) {
        const pending = result.pending;
        parts.push('', `**Pending${result.dryRun ? '' : ' after the run'}:** ${pending.length === 0 ? 'none' : pending.map(markdown_code).join(', ')}`);
    }
    if (result.adopted.length > 0)
        parts.push('', `Checksums recorded for ${n(result.adopted.length, 'migration')} applied before db-deploy tracked them.`);
    if (result.acceptedEdits.length > 0)
        parts.push('', `⚠️ Edited migrations accepted (allow-edited): ${result.acceptedEdits.map(markdown_code).join(', ')}`);
    parts.push('', markdown_footer(VERSION));
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/args.ts






/** Parses argv strictly: an unknown option or a missing value is a usage error (exit code 2). */
function parseCommandArgs(argv, options, command, allowPositionals = false) {
    const config = {
        args: argv,
        options: { ...options, help: { type: 'boolean', short: 'h' } },
        strict: true,
        allowPositionals,
    };
    try {
        return (0,external_node_util_.parseArgs)(config);
    }
    catch (error) {
        throw new UsageError(`${error.message.split('\n')[0]}`, command);
    }
}
/** A command line that cannot be understood; the CLI prints it with a pointer to --help and exits 2. */
class UsageError extends errors/* DbDeployError */.WV {
    constructor(message, command) {
        super('usage', message, { hint: `run db-deploy ${command} --help` });
    }
}
function durationOption(value, name, fallback) {
    return value === undefined ? fallback : parseDuration(value, `--${name}`);
}
function integerOption(value, name, min) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min) {
        throw new errors/* DbDeployError */.WV('bad-input', `--${name}: "${value}" is not a whole number of at least ${min}`, { hint: `pass e.g. --${name} ${Math.max(min, 1)}` });
    }
    return Number(value);
}
function pathOption(value, fallback) {
    const path = value ?? fallback;
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(process.cwd(), path);
}
/** --database-url, or $DATABASE_URL. */
function databaseUrlOption(value) {
    const url = value ?? process.env.DATABASE_URL;
    if (!url) {
        throw new errors/* DbDeployError */.WV('bad-input', 'no database URL given', {
            hint: 'pass --database-url URL or set DATABASE_URL',
        });
    }
    return url;
}
/** Options shared by every command that connects to the migrations' database. */
const CONNECTION_OPTIONS = {
    'database-url': { type: 'string' },
    dir: { type: 'string' },
    'connect-timeout': { type: 'string' },
    'migrations-table': { type: 'string' },
    schema: { type: 'string' },
    json: { type: 'boolean' },
};
/**
 * The options every command takes to find the migrations and their database, parsed once; the
 * URL's secrets are registered for redaction before anything else can print.
 */
function connectionOptions(v, secrets) {
    const d = MIGRATE_DEFAULTS;
    const databaseUrl = databaseUrlOption(v['database-url']);
    secrets.push(...(0,db_url/* secretsOf */.Fj)(databaseUrl));
    return {
        databaseUrl,
        migrationsDir: pathOption(v.dir, d.migrationsDir),
        baseDir: process.cwd(),
        connectTimeoutMs: durationOption(v['connect-timeout'], 'connect-timeout', d.connectTimeoutMs),
        migrationsTable: v['migrations-table'] ?? d.migrationsTable,
        schema: v.schema ?? d.schema,
    };
}
/** One of a fixed set of values; anything else is a usage error (exit code 2). */
function choiceOption(value, allowed, name, command) {
    if (!allowed.includes(value))
        throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`, command);
    return value;
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __nccwpck_require__(6657);
;// CONCATENATED MODULE: ./src/cli/commands/migrate.ts






const MIGRATE_HELP = `Usage: db-deploy migrate [options]

Applies pending migrations (or rolls back applied ones) exactly as the migrate action does.

Options:
  --database-url URL        connection URL (default: $DATABASE_URL)
  --dir DIR                 migrations directory (default: migrations)
  --down                    roll back instead of applying (newest first)
  --count N                 how many to run (default: all pending; 1 with --down)
  --dry-run                 print the SQL that would run; change nothing
  --lock-timeout D          lock_timeout per statement (default: 100ms)
  --lock-retries N          retries when a lock is not granted (default: 20)
  --statement-timeout D     statement_timeout, 0 for none (default: 0)
  --lock-wait-timeout D     wait for another runner this long (default: 10m)
  --connect-timeout D       connection timeout (default: 10s)
  --migrations-table NAME   node-pg-migrate's table (default: pgmigrations)
  --schema NAME             schema of the tables and search_path (default: public)
  --allow-edited            run even if applied migrations were edited
  --json                    print the result as JSON on stdout
  --verbose                 print debug output
  -h, --help                show this help
Durations: 250ms, 5s, 10m.`;
const OPTIONS = {
    ...CONNECTION_OPTIONS,
    down: { type: 'boolean' },
    count: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'lock-timeout': { type: 'string' },
    'lock-retries': { type: 'string' },
    'statement-timeout': { type: 'string' },
    'lock-wait-timeout': { type: 'string' },
    'allow-edited': { type: 'boolean' },
    verbose: { type: 'boolean' },
};
/** `db-deploy migrate`: argv → the same options as the action → the same core call. Returns the exit code. */
async function migrateCommand(argv, io) {
    const { values: v } = parseCommandArgs(argv, OPTIONS, 'migrate');
    if (v.help) {
        io.out(MIGRATE_HELP);
        return 0;
    }
    const d = MIGRATE_DEFAULTS;
    const options = {
        ...connectionOptions(v, io.secrets),
        direction: v.down ? 'down' : 'up',
        count: integerOption(v.count, 'count', 1),
        dryRun: v['dry-run'] ?? false,
        lockTimeoutMs: durationOption(v['lock-timeout'], 'lock-timeout', d.lockTimeoutMs),
        lockRetries: integerOption(v['lock-retries'], 'lock-retries', 0) ?? d.lockRetries,
        statementTimeoutMs: durationOption(v['statement-timeout'], 'statement-timeout', d.statementTimeoutMs),
        lockWaitTimeoutMs: durationOption(v['lock-wait-timeout'], 'lock-wait-timeout', d.lockWaitTimeoutMs),
        allowEdited: v['allow-edited'] ?? false,
    };
    const result = await migrate(options, (0,output/* cliLogger */.$)(io, v.verbose ?? false));
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(result, null, 2) : renderMigrateSummary(result), io.secrets));
    return 0;
}

;// CONCATENATED MODULE: ./src/core/migrations/status.ts





/**
 * Applied, pending and edited migrations, read without writing anything (no lock, no table
 * creation). `unrecorded` marks an applied migration whose checksum db-deploy has not recorded yet.
 */
async function migrationStatus(options) {
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    const files = await readMigrationFiles(options.migrationsDir, options.baseDir ?? process.cwd());
    const client = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
    try {
        const state = await readMigrationState(client, migrationTables(options), { create: false });
        const { edited, unrecorded, pending, outOfOrder } = inspectMigrations({ files, ...state });
        const byName = new Map(files.map((f) => [f.name, f]));
        const stateOf = (name) => {
            const edit = edited.find((e) => e.name === name);
            if (edit)
                return edit.reason;
            return unrecorded.some((f) => f.name === name) ? 'unrecorded' : 'ok';
        };
        return {
            target: target.display,
            applied: state.applied.map((name) => ({
                name,
                state: stateOf(name),
                file: byName.get(name)?.file,
            })),
            pending: pending.map((f) => ({
                name: f.name,
                file: f.file,
                outOfOrder: outOfOrder.includes(f),
            })),
        };
    }
    finally {
        await disconnect(client);
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts



const STATUS_HELP = `Usage: db-deploy status [options]

Lists applied, pending and edited migrations. Reads only: takes no lock, creates nothing.

Options:
  --database-url URL        connection URL (default: $DATABASE_URL)
  --dir DIR                 migrations directory (default: migrations)
  --connect-timeout D       connection timeout (default: 10s)
  --migrations-table NAME   node-pg-migrate's table (default: pgmigrations)
  --schema NAME             schema of the tables (default: public)
  --json                    print JSON on stdout
  -h, --help                show this help
Exit code: 0 when nothing is edited or missing, 1 otherwise.`;
const LABELS = {
    ok: 'applied',
    changed: 'EDITED since applied',
    missing: 'MISSING file',
    unrecorded: 'applied (checksum not yet recorded)',
};
/** Renders the status as a fixed-width text table. */
function renderStatus(status) {
    const rows = [
        ...status.applied.map((a) => [a.name, LABELS[a.state]]),
        ...status.pending.map((p) => [
            p.name,
            p.outOfOrder ? 'pending (OUT OF ORDER: older than an applied one)' : 'pending',
        ]),
    ];
    const width = Math.max(9, ...rows.map((r) => r[0].length));
    const lines = [
        `${status.target}`,
        `${'MIGRATION'.padEnd(width)}  STATE`,
        ...rows.map(([n, s]) => `${n.padEnd(width)}  ${s}`),
    ];
    const edited = status.applied.filter((a) => a.state === 'changed' || a.state === 'missing').length;
    lines.push('', `${status.applied.length} applied, ${status.pending.length} pending${edited ? `, ${edited} edited or missing` : ''}`);
    return lines.join('\n');
}
/** `db-deploy status`. Returns the exit code. */
async function statusCommand(argv, io) {
    const { values: v } = parseCommandArgs(argv, CONNECTION_OPTIONS, 'status');
    if (v.help) {
        io.out(STATUS_HELP);
        return 0;
    }
    const status = await migrationStatus(connectionOptions(v, io.secrets));
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(status, null, 2) : renderStatus(status), io.secrets));
    return status.applied.some((a) => a.state === 'changed' || a.state === 'missing') ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/core/lint/ast.ts
/** `{ "ColumnDef": {...} }` → `['ColumnDef', {...}]`. */
function unwrap(node) {
    const type = nodeType(node);
    if (type === undefined)
        return undefined;
    const value = node[type];
    return value && typeof value === 'object' ? [type, value] : undefined;
}
/**
 * The single key of a wrapped node, or undefined. Hot: rules call it for every node they look
 * at, so it allocates nothing (no Object.entries).
 */
function nodeType(node) {
    if (!node || typeof node !== 'object' || Array.isArray(node))
        return undefined;
    let type;
    for (const key in node) {
        if (type !== undefined)
            return undefined;
        type = key;
    }
    return type;
}
/** The inner fields of a node of the given type, or undefined when it is another type. */
function nodeOf(node, type) {
    if (!node || typeof node !== 'object')
        return undefined;
    const value = node[type];
    if (!value || typeof value !== 'object' || nodeType(node) !== type)
        return undefined;
    return value;
}
/** A list field as an array (absent lists come back empty). */
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** The string values of a list of `String` nodes (`names`, `funcname`, …). */
function names(value) {
    return list(value).map((item) => {
        const s = nodeOf(item, 'String');
        return typeof s?.sval === 'string' ? s.sval : '';
    });
}
/** A RangeVar (`schema.table`) as a normalised key; the schema defaults to `public`. */
function tableKey(rangeVar) {
    const rv = (nodeOf(rangeVar, 'RangeVar') ?? rangeVar);
    const schema = typeof rv?.schemaname === 'string' ? rv.schemaname : 'public';
    const table = typeof rv?.relname === 'string' ? rv.relname : '?';
    return `${schema}.${table}`;
}
/** A RangeVar as written (`orders`, `sales.orders`), for messages. */
function tableName(rangeVar) {
    const rv = (nodeOf(rangeVar, 'RangeVar') ?? rangeVar);
    const table = typeof rv?.relname === 'string' ? rv.relname : '?';
    return typeof rv?.schemaname === 'string' ? `${rv.schemaname}.${table}` : table;
}
/** A TypeName as SQL-ish text: `int4`, `varchar(255)`, `timestamp`, `bigserial`. */
function typeNameText(typeName) {
    const tn = (nodeOf(typeName, 'TypeName') ?? typeName);
    const parts = names(tn?.names).filter((n) => n !== 'pg_catalog');
    const mods = list(tn?.typmods)
        .map((m) => {
        const constant = nodeOf(m, 'A_Const');
        const ival = nodeOf(constant?.ival, 'Integer') ?? constant?.ival;
        return ival && typeof ival.ival === 'number' ? String(ival.ival) : '';
    })
        .filter(Boolean);
    const array = list(tn?.arrayBounds).length > 0 ? '[]' : '';
    return `${parts.join('.')}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}
/** Visits every node below `root` (depth first), with its type name. */
function walk(root, visit) {
    if (Array.isArray(root)) {
        for (const item of root)
            walk(item, visit);
        return;
    }
    if (!root || typeof root !== 'object')
        return;
    for (const [key, value] of Object.entries(root)) {
        if (value && typeof value === 'object' && !Array.isArray(value) && /^[A-Z]/.test(key)) {
            visit(key, value);
        }
        walk(value, visit);
    }
}
/** The AST `location` of a node (a byte offset in the parsed source), when it has one. */
function locationOf(node) {
    return typeof node?.location === 'number' && node.location >= 0 ? node.location : undefined;
}
/**
 * A qualified name list (`['sales', 'orders']`, from DropStmt objects or a RenameStmt object) as a
 * TableKey; the schema defaults to `public`, a leading database name is ignored.
 */
function qualifiedNameKey(parts) {
    const table = parts[parts.length - 1] ?? '?';
    const schema = parts.length >= 2 ? parts[parts.length - 2] : 'public';
    return `${schema}.${table}`;
}
/**
 * Whether the relation `key` was created earlier in this migration: by CREATE TABLE / CREATE
 * TABLE AS / CREATE MATERIALIZED VIEW (the engine's `createdTables`), or by CREATE VIEW, which
 * the engine does not track. A relation that is new is not yet used by running code.
 */
function createdInMigration(context, key) {
    if (context.createdTables.has(key))
        return true;
    return context.statements
        .slice(0, context.index)
        .some((s) => s.type === 'ViewStmt' && tableKey(s.node.view) === key);
}
/** Whether a schema was created by an earlier CREATE SCHEMA of this migration. */
function schemaCreatedInMigration(context, schema) {
    return context.statements
        .slice(0, context.index)
        .some((s) => s.type === 'CreateSchemaStmt' && s.node.schemaname === schema);
}
/** The `AlterTableCmd` fields of an AlterTableStmt's `cmds` (subtype, name, def, missing_ok, …). */
function alterTableCmds(alterTableStmt) {
    return list(alterTableStmt.cmds)
        .map((c) => nodeOf(c, 'AlterTableCmd'))
        .filter((c) => c !== undefined);
}
/** The `location` of a RangeVar, wrapped (`{ RangeVar: {...} }`, in lists) or bare (`relation` fields). */
function rangeVarLocation(rangeVar) {
    return locationOf((nodeOf(rangeVar, 'RangeVar') ?? rangeVar));
}
/** The `Constraint` fields of a ColumnDef's `constraints` (DEFAULT, NOT NULL, REFERENCES, …). */
function columnConstraints(columnDef) {
    return list(columnDef?.constraints)
        .map((c) => nodeOf(c, 'Constraint'))
        .filter((c) => c !== undefined);
}
/**
 * The earlier AlterTableCmds of this migration on table `key`, oldest first (for rules whose
 * verdict depends on an earlier step, like SET NOT NULL after a validated CHECK).
 */
function earlierAlterCmds(context, key) {
    return context.statements
        .slice(0, context.index)
        .filter((s) => s.type === 'AlterTableStmt' && tableKey(s.node.relation) === key)
        .flatMap((s) => alterTableCmds(s.node));
}

;// CONCATENATED MODULE: ./src/core/lint/rules/indexes.ts

/**
 * CREATE INDEX without CONCURRENTLY takes a SHARE lock on the table for the whole build:
 * every INSERT, UPDATE and DELETE waits (PostgreSQL docs, CREATE INDEX, "Building Indexes
 * Concurrently"). An index on a table created earlier in the same migration is harmless.
 */
const requireConcurrentIndex = {
    id: 'require-concurrent-index',
    severity: 'error',
    description: 'CREATE INDEX without CONCURRENTLY blocks every write to the table while it builds.',
    nodeTypes: ['IndexStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.concurrent)
            return [];
        if (context.createdTables.has(tableKey(node.relation)))
            return [];
        const table = tableName(node.relation);
        return [
            {
                message: `CREATE ${node.unique ? 'UNIQUE ' : ''}INDEX on ${table} without CONCURRENTLY blocks writes to ${table} until the index is built`,
                hint: 'use CREATE INDEX CONCURRENTLY (db-deploy runs it outside a transaction and drops an INVALID index left by a failed attempt)',
            },
        ];
    },
};
/** Indexes (as `schema.index` keys) built by earlier statements on tables new in this migration. */
function newIndexes(context) {
    const keys = new Set();
    for (const s of context.statements.slice(0, context.index)) {
        if (s.type !== 'IndexStmt' || typeof s.node.idxname !== 'string')
            continue;
        const table = tableKey(s.node.relation);
        if (!context.createdTables.has(table))
            continue;
        keys.add(`${table.slice(0, table.lastIndexOf('.'))}.${s.node.idxname}`);
    }
    return keys;
}
/**
 * DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: reads and
 * writes queue behind it, and behind any long query it waits for (PostgreSQL docs, DROP INDEX,
 * CONCURRENTLY). The concurrent form takes one index and no CASCADE, else it fails.
 */
const requireConcurrentIndexDrop = {
    id: 'require-concurrent-index-drop',
    severity: 'error',
    description: 'DROP INDEX without CONCURRENTLY locks the table against reads and writes.',
    nodeTypes: ['DropStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.removeType !== 'OBJECT_INDEX')
            return [];
        const indexes = list(node.objects).map((o) => names(nodeOf(o, 'List')?.items));
        const shown = indexes.map((parts) => parts.join('.')).join(', ');
        if (node.concurrent) {
            if (indexes.length > 1 || node.behavior === 'DROP_CASCADE')
                return [
                    {
                        message: `DROP INDEX CONCURRENTLY ${shown} fails: the concurrent form drops exactly one index and does not support CASCADE`,
                        hint: 'write one DROP INDEX CONCURRENTLY statement per index, without CASCADE (drop dependent objects first)',
                    },
                ];
            return [];
        }
        const created = newIndexes(context);
        if (indexes.every((parts) => created.has(qualifiedNameKey(parts))))
            return [];
        return [
            {
                message: `DROP INDEX ${shown} without CONCURRENTLY locks its table against reads and writes, and queues them behind any running query until the drop is done`,
                hint: 'use DROP INDEX CONCURRENTLY IF EXISTS <index>, one index per statement (db-deploy runs it outside a transaction)',
            },
        ];
    },
};
/** Whether a statement is one of the CONCURRENTLY forms, with its SQL for messages. */
function concurrentForm(type, node) {
    if (type === 'IndexStmt' && node.concurrent)
        return 'CREATE INDEX CONCURRENTLY';
    if (type === 'DropStmt' && node.concurrent && node.removeType === 'OBJECT_INDEX')
        return 'DROP INDEX CONCURRENTLY';
    if (type === 'ReindexStmt' && reindexIsConcurrent(node))
        return 'REINDEX CONCURRENTLY';
    return undefined;
}
function reindexIsConcurrent(node) {
    return list(node.params).some((p) => nodeOf(p, 'DefElem')?.defname === 'concurrently');
}
/**
 * The CONCURRENTLY forms cannot run inside a transaction block: PostgreSQL rejects them with
 * "cannot run inside a transaction block" (PostgreSQL docs, CREATE INDEX, DROP INDEX and REINDEX,
 * CONCURRENTLY). A JS/TS migration runs in one unless it calls `pgm.noTransaction()`.
 */
const banConcurrentIndexInTransaction = {
    id: 'ban-concurrent-index-in-transaction',
    severity: 'error',
    description: 'CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY fail inside a transaction.',
    nodeTypes: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
    check(statement, context) {
        const form = concurrentForm(statement.type, statement.node);
        if (!form || !context.transactional)
            return [];
        return [
            {
                message: `${form} fails inside a transaction block ("cannot run inside a transaction block"), and this migration runs in one`,
                hint: 'call pgm.noTransaction() in this migration (or move the statement to its own migration that does), so it runs outside a transaction',
            },
        ];
    },
};
/**
 * REINDEX without CONCURRENTLY locks out writes to the table (and reads that would use the index)
 * while it rebuilds (PostgreSQL docs, REINDEX, "Rebuilding Indexes Concurrently", PostgreSQL 12+).
 */
const requireConcurrentReindex = {
    id: 'require-concurrent-reindex',
    severity: 'error',
    description: 'REINDEX without CONCURRENTLY blocks writes (and index reads) while it rebuilds.',
    nodeTypes: ['ReindexStmt'],
    check(statement, context) {
        const node = statement.node;
        if (reindexIsConcurrent(node))
            return [];
        const kind = String(node.kind ?? '').replace('REINDEX_OBJECT_', '');
        const target = node.relation ? tableName(node.relation) : String(node.name ?? '');
        if (kind === 'TABLE' && context.createdTables.has(tableKey(node.relation)))
            return [];
        if (kind === 'INDEX' && newIndexes(context).has(tableKey(node.relation)))
            return [];
        const hint = kind === 'SYSTEM'
            ? 'REINDEX SYSTEM has no concurrent form: run it in a maintenance window, not in a migration'
            : context.pgVersion >= 12
                ? `use REINDEX (CONCURRENTLY) ${kind} ${target} (db-deploy runs it outside a transaction)`
                : `REINDEX CONCURRENTLY needs PostgreSQL 12 (this is ${context.pgVersion}): build a copy with CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY the old one, then rename the copy`;
        return [
            {
                message: `REINDEX ${kind} ${target} without CONCURRENTLY blocks writes to the ${kind === 'INDEX' ? "index's table" : kind === 'TABLE' ? target : `${kind.toLowerCase()}'s tables`} and reads that use the indexes until every index is rebuilt`,
                hint,
            },
        ];
    },
};
/**
 * A B-tree is used efficiently from its leading columns; a non-unique index with more than three
 * columns rarely beats a narrower one and costs space and write time (PostgreSQL docs,
 * "Multicolumn Indexes"; strong_migrations' "keeping non-unique indexes to three columns or less").
 */
const indexTooManyColumns = {
    id: 'index-too-many-columns',
    severity: 'notice',
    description: 'A non-unique index with more than three columns rarely helps and slows writes.',
    nodeTypes: ['IndexStmt'],
    check(statement) {
        const node = statement.node;
        const columns = list(node.indexParams).length;
        if (node.unique || columns <= 3)
            return [];
        return [
            {
                message: `non-unique index on ${tableName(node.relation)} has ${columns} key columns: queries use it efficiently only from its leading columns, and every write pays for all of them`,
                hint: 'start the index with the columns that narrow results the most and keep it to three columns or less (move payload columns to INCLUDE, or use a partial index)',
            },
        ];
    },
};
const indexRules = [
    requireConcurrentIndex,
    requireConcurrentIndexDrop,
    banConcurrentIndexInTransaction,
    requireConcurrentReindex,
    indexTooManyColumns,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/not-null.ts

/** ` name` of a named constraint, for messages. */
const named = (c) => (typeof c.conname === 'string' ? ` ${c.conname}` : '');
/** Whether PostgreSQL will check existing rows: not NOT VALID, and enforced (PostgreSQL 18). */
const validatesRows = (c) => !c.skip_validation && c.is_enforced !== false;
/** Columns a CHECK expression proves NOT NULL: `c IS NOT NULL`, alone or AND-ed with others. */
function notNullColumns(expr) {
    const test = nodeOf(expr, 'NullTest');
    if (test?.nulltesttype === 'IS_NOT_NULL') {
        const fields = names(nodeOf(test.arg, 'ColumnRef')?.fields);
        return fields.length ? [fields[fields.length - 1]] : [];
    }
    const bool = nodeOf(expr, 'BoolExpr');
    return bool?.boolop === 'AND_EXPR' ? list(bool.args).flatMap(notNullColumns) : [];
}
/**
 * Whether an earlier statement validated a constraint proving `column` NOT NULL on `key`: a
 * CHECK (column IS NOT NULL) (or a PostgreSQL 18 NOT NULL constraint) added with validation, or
 * added NOT VALID and then VALIDATEd. A VALIDATE of a constraint defined in an earlier migration
 * counts when its name mentions the column (the usual `<table>_<column>_not_null`).
 */
function provenNotNull(context, key, column) {
    const proving = new Map();
    let proven = false;
    for (const cmd of earlierAlterCmds(context, key)) {
        const c = nodeOf(cmd.def, 'Constraint');
        if (cmd.subtype === 'AT_AddConstraint' && c) {
            const covers = (c.contype === 'CONSTR_CHECK' && notNullColumns(c.raw_expr).includes(column)) ||
                (c.contype === 'CONSTR_NOTNULL' && names(c.keys).includes(column));
            if (typeof c.conname === 'string')
                proving.set(c.conname, covers);
            if (covers && validatesRows(c))
                proven = true;
        }
        if (cmd.subtype === 'AT_ValidateConstraint' && typeof cmd.name === 'string') {
            const known = proving.get(cmd.name);
            if (known ?? cmd.name.toLowerCase().includes(column.toLowerCase()))
                proven = true;
        }
    }
    return proven;
}
function notNullHint(table, column, pgVersion) {
    if (pgVersion < 12)
        return `PostgreSQL ${pgVersion} always scans for SET NOT NULL (12+ can use a validated CHECK instead): run it while ${table} is small or in a maintenance window, or keep a CHECK (${column} IS NOT NULL) NOT VALID constraint and VALIDATE it instead`;
    const recipe = `ALTER TABLE ${table} ADD CONSTRAINT <name> CHECK (${column} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT <name>; ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL (no scan now); ALTER TABLE ${table} DROP CONSTRAINT <name>`;
    return pgVersion >= 18
        ? `on PostgreSQL 18: ALTER TABLE ${table} ADD CONSTRAINT <name> NOT NULL ${column} NOT VALID, then ALTER TABLE ${table} VALIDATE CONSTRAINT <name> (lets writes through); or ${recipe}`
        : recipe;
}
/**
 * SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, unless (PostgreSQL 12+) a
 * valid CHECK constraint already proves the column has no NULLs (PostgreSQL docs, ALTER TABLE,
 * SET/DROP NOT NULL). PostgreSQL 18 adds NOT NULL constraints that can be NOT VALID.
 */
const setNotNullScansTable = {
    id: 'set-not-null-scans-table',
    severity: 'error',
    description: 'SET NOT NULL blocks reads and writes while it scans the table, unless a validated CHECK proves it.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        const node = statement.node;
        const key = tableKey(node.relation);
        if (context.createdTables.has(key))
            return [];
        const table = tableName(node.relation);
        return alterTableCmds(node).flatMap((cmd) => {
            const c = nodeOf(cmd.def, 'Constraint');
            const isNotNullConstraint = cmd.subtype === 'AT_AddConstraint' && c?.contype === 'CONSTR_NOTNULL';
            if (isNotNullConstraint && context.pgVersion < 18)
                return [
                    {
                        message: `ADD CONSTRAINT${named(c)} NOT NULL on ${table} fails before PostgreSQL 18 (this is ${context.pgVersion})`,
                        hint: notNullHint(table, names(c.keys).join(', ') || '<column>', context.pgVersion),
                        location: locationOf(c),
                    },
                ];
            const column = isNotNullConstraint
                ? names(c.keys)[0]
                : cmd.subtype === 'AT_SetNotNull'
                    ? cmd.name
                    : undefined;
            if (typeof column !== 'string' || (c && !validatesRows(c)))
                return [];
            if (context.pgVersion >= 12 && provenNotNull(context, key, column))
                return [];
            return [
                {
                    message: `${isNotNullConstraint ? `ADD CONSTRAINT${named(c)} NOT NULL ${column}` : `ALTER COLUMN ${column} SET NOT NULL`} on ${table} scans every row of ${table} while blocking its reads and writes`,
                    hint: notNullHint(table, column, context.pgVersion),
                    location: locationOf(c),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/core/lint/rules/constraints.ts


/** Constraints added by an ALTER TABLE on a table that existed before this migration. */
function addedConstraints(statement, context) {
    const node = statement.node;
    if (statement.type !== 'AlterTableStmt' || context.createdTables.has(tableKey(node.relation)))
        return [];
    const table = tableName(node.relation);
    return alterTableCmds(node).flatMap((cmd) => {
        if (cmd.subtype === 'AT_AddConstraint') {
            const constraint = nodeOf(cmd.def, 'Constraint');
            return constraint ? [{ table, constraint }] : [];
        }
        if (cmd.subtype !== 'AT_AddColumn')
            return [];
        const column = nodeOf(cmd.def, 'ColumnDef');
        return columnConstraints(column).map((constraint) => ({
            table,
            constraint,
            column: String(column?.colname ?? '?'),
            columnDef: column,
        }));
    });
}
/** A rule over each added constraint of one `contype`. */
function perConstraint(contypes, hit) {
    return (statement, context) => addedConstraints(statement, context)
        .filter((added) => contypes.includes(String(added.constraint.contype)))
        .flatMap((added) => {
        const result = hit(added, context);
        return result ? [{ ...result, location: locationOf(added.constraint) }] : [];
    });
}
/** Whether a new column starts with values in existing rows (a default, identity, generated, serial). */
function filledColumn(column) {
    const filling = ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'];
    return (columnConstraints(column).some((c) => filling.includes(String(c.contype))) ||
        /serial/.test(typeNameText(column?.typeName)));
}
/**
 * Adding a FOREIGN KEY checks every existing row while holding SHARE ROW EXCLUSIVE locks on both
 * tables, so writes to both wait. NOT VALID skips the check; VALIDATE CONSTRAINT later checks
 * under SHARE UPDATE EXCLUSIVE, which lets writes through (PostgreSQL docs, ALTER TABLE, ADD
 * table_constraint [ NOT VALID ] and VALIDATE CONSTRAINT). `ADD COLUMN … REFERENCES` without a
 * default is not checked at all: every value is NULL, so PostgreSQL marks it valid without a scan
 * (parse_utilcmd.c, transformFKConstraints; measured on PostgreSQL 18: 4 ms on 3M rows, 690 ms
 * with a DEFAULT).
 */
const foreignKeyMissingNotValid = {
    id: 'foreign-key-missing-not-valid',
    severity: 'error',
    description: 'ADD FOREIGN KEY without NOT VALID blocks writes to both tables while it checks every row.',
    nodeTypes: ['AlterTableStmt'],
    check: perConstraint(['CONSTR_FOREIGN'], (added) => {
        const { table, constraint, column } = added;
        if (!validatesRows(constraint) || (column && !filledColumn(added.columnDef)))
            return undefined;
        const referenced = tableName(constraint.pktable);
        const target = `${referenced}${list(constraint.pk_attrs).length ? ` (${names(constraint.pk_attrs).join(', ')})` : ''}`;
        const what = column
            ? `ADD COLUMN ${column} … REFERENCES ${referenced}`
            : `ADD CONSTRAINT${named(constraint)} FOREIGN KEY … REFERENCES ${referenced}`;
        return {
            message: `${what} on ${table} checks every row of ${table} while blocking writes to ${table} and ${referenced}`,
            hint: column
                ? `add the column without the DEFAULT (a new all-NULL column's foreign key needs no check), or without REFERENCES and then ALTER TABLE ${table} ADD CONSTRAINT <name> FOREIGN KEY (${column}) REFERENCES ${target} NOT VALID, then ALTER TABLE ${table} VALIDATE CONSTRAINT <name> in a later statement or migration`
                : `add it with NOT VALID (only new rows are checked), then ALTER TABLE ${table} VALIDATE CONSTRAINT <name> in a later statement or migration (it lets writes through)`,
        };
    }),
};
/**
 * Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock. NOT VALID plus
 * a later VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE) does the same without blocking (PostgreSQL
 * docs, ALTER TABLE, Notes: "scanning … while holding … ACCESS EXCLUSIVE" and NOT VALID).
 */
const checkConstraintMissingNotValid = {
    id: 'check-constraint-missing-not-valid',
    severity: 'error',
    description: 'ADD CHECK without NOT VALID blocks reads and writes while it scans the table.',
    nodeTypes: ['AlterTableStmt'],
    check: perConstraint(['CONSTR_CHECK'], ({ table, constraint, column }) => {
        if (!validatesRows(constraint))
            return undefined;
        return {
            message: `${column ? `ADD COLUMN ${column} … CHECK` : `ADD CONSTRAINT${named(constraint)} CHECK`} on ${table} scans every row of ${table} while blocking its reads and writes`,
            hint: `${column ? 'add the column without the CHECK, then ' : ''}ALTER TABLE ${table} ADD CONSTRAINT <name> CHECK (…) NOT VALID, then ALTER TABLE ${table} VALIDATE CONSTRAINT <name> in a later statement or migration`,
        };
    }),
};
/**
 * ADD UNIQUE / PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock. Building the index
 * CONCURRENTLY first and attaching it with USING INDEX only takes the lock briefly (PostgreSQL
 * docs, ALTER TABLE, "ADD table_constraint_using_index").
 */
const uniqueConstraintWithoutIndex = {
    id: 'unique-constraint-without-index',
    severity: 'error',
    description: 'ADD UNIQUE / PRIMARY KEY without USING INDEX blocks reads and writes while the index builds.',
    nodeTypes: ['AlterTableStmt'],
    check: perConstraint(['CONSTR_UNIQUE', 'CONSTR_PRIMARY'], ({ table, constraint, column }) => {
        if (typeof constraint.indexname === 'string')
            return undefined;
        const kind = constraint.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE';
        const columns = column ?? (names(constraint.keys).join(', ') || '…');
        return {
            message: `${column ? `ADD COLUMN ${column} … ${kind}` : `ADD CONSTRAINT${named(constraint)} ${kind}`} on ${table} builds a unique index while blocking reads and writes to ${table}`,
            hint: `${column ? 'add the column without the constraint, then ' : ''}CREATE UNIQUE INDEX CONCURRENTLY <index> ON ${table} (${columns}), then ALTER TABLE ${table} ADD CONSTRAINT <name> ${kind} USING INDEX <index>${kind === 'PRIMARY KEY' ? ' (make the columns NOT NULL first, or it scans the table)' : ''}`,
        };
    }),
};
/**
 * An EXCLUDE constraint builds its index and checks every row under an ACCESS EXCLUSIVE lock, and
 * there is no USING INDEX or NOT VALID form for it (PostgreSQL docs, ALTER TABLE, ADD
 * table_constraint: "EXCLUDE … cannot be NOT VALID"; CREATE TABLE, EXCLUDE).
 */
const banExclusionConstraint = {
    id: 'ban-exclusion-constraint',
    severity: 'error',
    description: 'ADD EXCLUDE blocks reads and writes while it builds its index; there is no online form.',
    nodeTypes: ['AlterTableStmt'],
    check: perConstraint(['CONSTR_EXCLUSION'], ({ table, constraint }) => ({
        message: `ADD CONSTRAINT${named(constraint)} EXCLUDE on ${table} locks ${table} against reads and writes while it builds the index and checks every row; PostgreSQL has no online way to add it`,
        hint: `add it while ${table} is small or in a maintenance window, or enforce the rule in a new table created with the constraint and move the data over`,
    })),
};
const constraintRules = [
    foreignKeyMissingNotValid,
    checkConstraintMissingNotValid,
    uniqueConstraintWithoutIndex,
    banExclusionConstraint,
    setNotNullScansTable,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/column-types.ts

function parseType(typeName) {
    const text = typeNameText(typeName);
    const match = /^(.*?)(?:\(([\d,]*)\))?(\[\])?$/.exec(text);
    return {
        name: match?.[1] ?? text,
        mods: (match?.[2] ?? '').split(',').filter(Boolean).map(Number),
        array: Boolean(match?.[3]),
    };
}
const REWRITES = 'rewrites the table and rebuilds its indexes while blocking reads and writes, and running code may break on the new type';
const TEXTUAL = new Set(['varchar', 'text']);
/** Whether `from` → `to` is a catalog-only change (timestamp ↔ timestamptz aside). */
function inPlace(from, to) {
    if (from.array !== to.array)
        return false;
    if (from.name === to.name && from.mods.join() === to.mods.join())
        return true;
    if (from.array)
        return false;
    const [n, s = 0] = from.mods;
    const [m, t = 0] = to.mods;
    if (TEXTUAL.has(from.name) && TEXTUAL.has(to.name))
        return (to.name === 'text' ||
            m === undefined ||
            (from.name === 'varchar' && n !== undefined && n <= m));
    if (from.name === 'numeric' && to.name === 'numeric')
        return m === undefined || (n !== undefined && s === t && n <= m);
    if (from.name === 'varbit' && to.name === 'varbit')
        return m === undefined || (n !== undefined && n <= m);
    return from.name === 'cidr' && to.name === 'inet';
}
const TIMESTAMPS = new Set(['timestamp', 'timestamptz']);
function timestampSwap(from, to) {
    return (TIMESTAMPS.has(from.name) &&
        TIMESTAMPS.has(to.name) &&
        from.name !== to.name &&
        !from.array &&
        !to.array &&
        (to.mods.length === 0 || to.mods.join() === from.mods.join()));
}
/** What the old type must be for a change to `to` to happen in place, when one exists. */
function safeOrigins(to, pgVersion) {
    if (to.array)
        return undefined;
    const [m, t = 0] = to.mods;
    switch (to.name) {
        case 'text':
            return 'varchar(n) or varchar';
        case 'varchar':
            return m === undefined ? 'varchar(n) or text' : `varchar(n) with n ≤ ${m}`;
        case 'numeric':
            return m === undefined ? 'numeric(p,s)' : `numeric(p,${t}) with p ≤ ${m}`;
        case 'varbit':
            return m === undefined ? 'varbit(n)' : `varbit(n) with n ≤ ${m}`;
        case 'inet':
            return 'cidr';
        case 'timestamp':
        case 'timestamptz':
            return pgVersion >= 12
                ? `${to.name === 'timestamp' ? 'timestamptz' : 'timestamp'}, with the session TimeZone set to UTC`
                : undefined;
        default:
            return undefined;
    }
}
/** Whether a USING expression only relabels the column (`c` or `c::type`), which does not force a rewrite. */
function trivialUsing(using, column) {
    if (using === undefined)
        return true;
    const inner = nodeOf(using, 'TypeCast')?.arg ?? using;
    const fields = names(nodeOf(inner, 'ColumnRef')?.fields);
    return fields.length > 0 && fields[fields.length - 1] === column;
}
/**
 * The verdict on changing a column to `to`. `from` is the old type when the migration itself
 * shows it (an earlier ADD COLUMN / ALTER TYPE); otherwise only the new type is known.
 */
function changedTypeVerdict(from, to, using, column, pgVersion) {
    if (!trivialUsing(using, column))
        return {
            kind: 'rewrite',
            why: `the USING expression computes a new value for every row: it ${REWRITES}`,
        };
    if (from) {
        if (inPlace(from, to))
            return { kind: 'safe' };
        if (timestampSwap(from, to) && pgVersion >= 12)
            return {
                kind: 'maybe',
                why: `${from.name} → ${to.name} is done in place only when the session TimeZone is UTC (PostgreSQL 12+); otherwise it ${REWRITES}`,
            };
        return { kind: 'rewrite', why: `${from.name} → ${to.name} ${REWRITES}` };
    }
    const origins = safeOrigins(to, pgVersion);
    if (origins)
        return {
            kind: 'maybe',
            why: `done in place only if the current type is ${origins} (this migration does not show it); any other change ${REWRITES}`,
        };
    return { kind: 'rewrite', why: `it ${REWRITES}` };
}
/** The type a column had according to earlier statements of this migration, if it says. */
function earlierType(context, key, column) {
    let type;
    for (const cmd of earlierAlterCmds(context, key)) {
        const def = nodeOf(cmd.def, 'ColumnDef');
        if (cmd.subtype === 'AT_AddColumn' && def?.colname === column)
            type = def.typeName;
        if (cmd.subtype === 'AT_AlterColumnType' && cmd.name === column)
            type = def?.typeName;
    }
    return type;
}
/**
 * ALTER COLUMN TYPE rewrites the table (and rebuilds its indexes) under an ACCESS EXCLUSIVE lock,
 * and running code may break on the new type, except for binary-coercible changes PostgreSQL
 * does in the catalog only (PostgreSQL docs, ALTER TABLE, Notes: "changing the type of an existing
 * column will require the entire table and its indexes to be rewritten", with the exceptions).
 */
const changingColumnType = {
    id: 'changing-column-type',
    severity: 'error',
    description: 'ALTER COLUMN TYPE rewrites the table and can break running code, except safe widenings.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        const key = tableKey(statement.node.relation);
        if (context.createdTables.has(key))
            return [];
        const table = tableName(statement.node.relation);
        return alterTableCmds(statement.node)
            .filter((cmd) => cmd.subtype === 'AT_AlterColumnType')
            .flatMap((cmd) => {
            const column = nodeOf(cmd.def, 'ColumnDef') ?? {};
            const name = String(cmd.name);
            const to = parseType(column.typeName);
            const from = earlierType(context, key, name);
            const verdict = changedTypeVerdict(from && parseType(from), to, column.raw_default, name, context.pgVersion);
            if (verdict.kind === 'safe')
                return [];
            return [
                {
                    message: `ALTER COLUMN ${name} TYPE ${typeNameText(column.typeName)} on ${table}: ${verdict.why}`,
                    hint: `${verdict.kind === 'maybe' ? `if it is a safe widening, mark it \`-- db-deploy-ignore changing-column-type: <old> → <new> is in place\`; otherwise ` : ''}add a new column of the new type, write to both, backfill in batches, move reads to the new column, then drop the old one`,
                    severity: verdict.kind === 'rewrite' ? 'error' : 'warning',
                    location: locationOf(column),
                },
            ];
        });
    },
};
/**
 * Volatility from pg_proc.provolatile (checked on PostgreSQL 18) and the uuid-ossp / pgcrypto
 * extensions. Volatile defaults are evaluated per row; stable and immutable ones once.
 */
const VOLATILE = new Set('random random_normal gen_random_uuid uuidv4 uuidv7 uuid_generate_v1 uuid_generate_v1mc uuid_generate_v4 gen_random_bytes clock_timestamp timeofday nextval currval lastval setval'.split(' '));
const NOT_VOLATILE = new Set('now transaction_timestamp statement_timestamp txid_current pg_current_xact_id current_setting current_database current_schema lower upper btrim ltrim rtrim length char_length substr replace left right lpad rpad md5 concat concat_ws format abs round trunc floor ceil date_trunc date_part make_date make_interval make_timestamp make_timestamptz to_timestamp to_date to_char to_json to_jsonb json_build_object jsonb_build_object json_build_array jsonb_build_array json_object jsonb_object array_fill timezone'.split(' '));
/** The volatile (or unknown) functions a default expression calls. */
function defaultVolatility(expr) {
    const result = { volatile: [], unknown: [] };
    walk({ expr }, (type, node) => {
        if (type !== 'FuncCall')
            return;
        const name = names(node.funcname).at(-1)?.toLowerCase() ?? '?';
        if (VOLATILE.has(name))
            result.volatile.push(`${name}()`);
        else if (!NOT_VOLATILE.has(name))
            result.unknown.push(`${name}()`);
    });
    return result;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/columns.ts


/** The column commands of `subtype` in an ALTER TABLE on a pre-existing table. */
function columnCmds(node, context, subtype) {
    if (context.createdTables.has(tableKey(node.relation)))
        return [];
    const table = tableName(node.relation);
    return alterTableCmds(node)
        .filter((cmd) => cmd.subtype === subtype)
        .map((cmd) => ({ table, cmd, column: nodeOf(cmd.def, 'ColumnDef') ?? {} }));
}
const constraintOf = (column, contype) => columnConstraints(column).find((c) => c.contype === contype);
const isNullConstant = (expr) => nodeOf(expr, 'A_Const')?.isnull === true;
/**
 * Since PostgreSQL 11, ADD COLUMN with a non-volatile DEFAULT stores the value in the catalog and
 * does not rewrite; a volatile default (or any default before 11) rewrites the table under an
 * ACCESS EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, Notes: "Adding a column with a volatile
 * DEFAULT … will require the entire table and its indexes to be rewritten").
 */
const addColumnDefaultRewrite = {
    id: 'add-column-default-rewrite',
    severity: 'error',
    description: 'ADD COLUMN with a volatile DEFAULT (any DEFAULT before PostgreSQL 11) rewrites the table.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        return columnCmds(statement.node, context, 'AT_AddColumn').flatMap(({ table, column }) => {
            const def = constraintOf(column, 'CONSTR_DEFAULT');
            if (!def || isNullConstant(def.raw_expr))
                return [];
            const name = String(column.colname);
            const hint = `add ${name} without a DEFAULT, then ALTER TABLE ${table} ALTER COLUMN ${name} SET DEFAULT … (new rows only), then backfill existing rows in batches`;
            const at = { location: locationOf(def) };
            if (context.pgVersion < 11)
                return [
                    {
                        ...at,
                        hint,
                        message: `ADD COLUMN ${name} with a DEFAULT rewrites ${table} on PostgreSQL ${context.pgVersion} (before 11), blocking its reads and writes until done`,
                    },
                ];
            const { volatile, unknown } = defaultVolatility(def.raw_expr);
            if (volatile.length)
                return [
                    {
                        ...at,
                        hint,
                        message: `ADD COLUMN ${name} with the volatile DEFAULT ${volatile.join(', ')} rewrites ${table} (a value per row), blocking its reads and writes until done`,
                    },
                ];
            if (unknown.length)
                return [
                    {
                        ...at,
                        hint,
                        severity: 'warning',
                        message: `ADD COLUMN ${name} on ${table}: the DEFAULT calls ${unknown.join(', ')}, which may be volatile; a volatile default rewrites ${table} under a lock that blocks reads and writes`,
                    },
                ];
            return [];
        });
    },
};
/**
 * ADD COLUMN … NOT NULL without a DEFAULT fails on a table that has rows ("column contains null
 * values"): existing rows would be NULL (PostgreSQL docs, ALTER TABLE, ADD COLUMN).
 */
const addingRequiredField = {
    id: 'adding-required-field',
    severity: 'error',
    description: 'ADD COLUMN … NOT NULL without a DEFAULT fails on a table that has rows.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        return columnCmds(statement.node, context, 'AT_AddColumn').flatMap(({ table, column }) => {
            const notNull = constraintOf(column, 'CONSTR_NOTNULL');
            const filled = ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].some((t) => constraintOf(column, t));
            if (!notNull || filled || /serial/.test(typeNameText(column.typeName)))
                return [];
            const name = String(column.colname);
            return [
                {
                    message: `ADD COLUMN ${name} … NOT NULL without a DEFAULT on ${table} fails as soon as ${table} has a row`,
                    hint: `add ${name} with a constant DEFAULT (no rewrite on PostgreSQL 11+), or add it nullable, backfill, then make it NOT NULL with the CHECK … NOT VALID → VALIDATE → SET NOT NULL recipe`,
                    location: locationOf(notNull),
                },
            ];
        });
    },
};
/**
 * A serial column's default is nextval() and an identity column fills every row: both rewrite
 * the table under an ACCESS EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, Notes; CREATE TABLE,
 * GENERATED … AS IDENTITY; Data Types, "Serial Types").
 */
const addColumnAutoIncrement = {
    id: 'add-column-auto-increment',
    severity: 'error',
    description: 'ADD COLUMN serial / GENERATED AS IDENTITY rewrites the whole table.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        return columnCmds(statement.node, context, 'AT_AddColumn').flatMap(({ table, column }) => {
            const type = typeNameText(column.typeName);
            const identity = constraintOf(column, 'CONSTR_IDENTITY');
            if (!identity && !/^(small|big)?serial[248]?$/.test(type))
                return [];
            const name = String(column.colname);
            return [
                {
                    message: `ADD COLUMN ${name} ${identity ? 'GENERATED AS IDENTITY' : type} fills every existing row of ${table}: it rewrites ${table} while blocking its reads and writes`,
                    hint: `add ${name} as a plain nullable bigint, attach a sequence with ALTER COLUMN ${name} SET DEFAULT nextval(…) (new rows only), backfill existing rows in batches, then add constraints online (CHECK NOT VALID, unique index CONCURRENTLY)`,
                    location: locationOf(identity ?? column),
                },
            ];
        });
    },
};
/**
 * A STORED generated column is computed for every existing row: the table is rewritten under an
 * ACCESS EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, Notes; "Generated Columns"). PostgreSQL 18's
 * VIRTUAL generated columns are computed on read and do not rewrite.
 */
const addColumnStoredGenerated = {
    id: 'add-column-stored-generated',
    severity: 'error',
    description: 'ADD COLUMN … GENERATED ALWAYS AS (…) STORED rewrites the whole table.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        return columnCmds(statement.node, context, 'AT_AddColumn').flatMap(({ table, column }) => {
            const generated = constraintOf(column, 'CONSTR_GENERATED');
            if (generated?.generated_kind !== 's')
                return [];
            const name = String(column.colname);
            return [
                {
                    message: `ADD COLUMN ${name} GENERATED ALWAYS AS (…) STORED computes ${name} for every row: it rewrites ${table} while blocking its reads and writes`,
                    hint: `add a plain nullable column filled by a trigger (or by the application), backfill it in batches${context.pgVersion >= 18 ? ', or use a VIRTUAL generated column (PostgreSQL 18, no rewrite)' : ''}`,
                    location: locationOf(generated),
                },
            ];
        });
    },
};
/**
 * `json` keeps the text as written and has no equality operator, so SELECT DISTINCT, UNION and
 * GROUP BY on it fail; `jsonb` is the usual choice (PostgreSQL docs, "JSON Types"; strong_migrations).
 */
const preferJsonb = {
    id: 'prefer-jsonb',
    severity: 'notice',
    description: 'A json column has no equality operator (DISTINCT, UNION fail); prefer jsonb.',
    nodeTypes: ['CreateStmt', 'AlterTableStmt'],
    check(statement) {
        const node = statement.node;
        const columns = statement.type === 'CreateStmt'
            ? list(node.tableElts).flatMap((e) => {
                const column = nodeOf(e, 'ColumnDef');
                return column ? [column] : [];
            })
            : alterTableCmds(node)
                .filter((c) => c.subtype === 'AT_AddColumn' || c.subtype === 'AT_AlterColumnType')
                .map((c) => ({ colname: c.name, ...nodeOf(c.def, 'ColumnDef') }));
        return columns
            .filter((c) => parseType(c.typeName).name === 'json')
            .map((c) => ({
            message: `column ${String(c.colname)} of ${tableName(node.relation)} is json: json has no equality operator, so SELECT DISTINCT, UNION and GROUP BY on it fail, and it is re-parsed on every read`,
            hint: 'use jsonb',
            location: locationOf(c),
        }));
    },
};
/**
 * DROP NOT NULL is instant, but code that reads the column may assume it is never NULL
 * (squawk's ban-drop-not-null). Not traffic-blocking, so a notice.
 */
const dropNotNull = {
    id: 'drop-not-null',
    severity: 'notice',
    description: 'DROP NOT NULL lets NULLs in where running code may not expect them.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        return columnCmds(statement.node, context, 'AT_DropNotNull').map(({ table, cmd }) => ({
            message: `ALTER COLUMN ${String(cmd.name)} DROP NOT NULL on ${table}: code reading ${String(cmd.name)} may not expect NULLs once writers stop filling it`,
            hint: 'make sure every reader handles NULL before any writer stores one',
        }));
    },
};
const columnRules = [
    addColumnDefaultRewrite,
    addingRequiredField,
    addColumnAutoIncrement,
    addColumnStoredGenerated,
    changingColumnType,
    preferJsonb,
    dropNotNull,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/data.ts

const IGNORE = (id) => `mark it \`-- db-deploy-ignore ${id}: <why it is safe>\``;
/** Names of the dropped objects of a DropStmt (`orders`, `sales.orders`) with their keys. */
function droppedRelations(node) {
    return list(node.objects).map((object) => {
        const parts = names(nodeOf(object, 'List')?.items);
        return { name: parts.join('.'), key: qualifiedNameKey(parts) };
    });
}
/** Whether every relation was created earlier in this migration (new, empty, unused by code). */
function allNew(relations, context) {
    return relations.every((r) => createdInMigration(context, tableKey(r)));
}
/**
 * DROP TABLE deletes the table's rows for good, and running code that still queries the table
 * fails at once (PostgreSQL docs, DROP TABLE). A table created earlier in the same migration holds
 * no data yet. Rails' `create_table force: true` is the same DROP (strong_migrations).
 */
const banDropTable = {
    id: 'ban-drop-table',
    severity: 'error',
    description: 'DROP TABLE destroys the data and breaks code that still queries the table.',
    nodeTypes: ['DropStmt'],
    check(statement, context) {
        if (statement.node.removeType !== 'OBJECT_TABLE')
            return [];
        return droppedRelations(statement.node)
            .filter((t) => !createdInMigration(context, t.key))
            .map((t) => ({
            message: `DROP TABLE ${t.name} destroys its data, and running code that still queries ${t.name} fails`,
            hint: `remove every use of ${t.name} from the code and deploy that first; back the data up (the backup action); drop the table in a later migration and ${IGNORE('ban-drop-table')}`,
        }));
    },
};
/**
 * DROP COLUMN deletes the column's values, and the running application still selects or inserts
 * it until the new code is deployed: `column does not exist` errors (PostgreSQL docs, ALTER TABLE,
 * DROP COLUMN; strong_migrations "Removing a column": ORMs cache the column list).
 */
const banDropColumn = {
    id: 'ban-drop-column',
    severity: 'error',
    description: 'DROP COLUMN destroys the data and breaks running code that still reads or writes it.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        const node = statement.node;
        if (createdInMigration(context, tableKey(node.relation)))
            return [];
        const table = tableName(node.relation);
        return alterTableCmds(node)
            .filter((cmd) => cmd.subtype === 'AT_DropColumn')
            .map((cmd) => ({
            message: `DROP COLUMN ${table}.${String(cmd.name)} destroys its data, and running code that still selects or inserts ${String(cmd.name)} fails until the new code is deployed`,
            hint: `stop using ${String(cmd.name)} in the code (e.g. ignore it in the ORM) and deploy that first; then drop the column in a later migration and ${IGNORE('ban-drop-column')}`,
            location: rangeVarLocation(node.relation),
        }));
    },
};
/** DROP SCHEMA removes the schema (with CASCADE, every table in it) (PostgreSQL docs, DROP SCHEMA). */
const banDropSchema = {
    id: 'ban-drop-schema',
    severity: 'error',
    description: 'DROP SCHEMA destroys what the schema holds and breaks code that uses it.',
    nodeTypes: ['DropStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.removeType !== 'OBJECT_SCHEMA')
            return [];
        const cascade = node.behavior === 'DROP_CASCADE';
        return names(node.objects)
            .filter((schema) => !schemaCreatedInMigration(context, schema))
            .map((schema) => ({
            message: `DROP SCHEMA ${schema}${cascade ? ' CASCADE destroys every table in it and their data' : ' destroys the schema'}, and running code that uses ${schema} fails`,
            hint: `move what code still needs out of ${schema} and deploy that first; back up; drop the schema in a later migration and ${IGNORE('ban-drop-schema')}`,
        }));
    },
};
/** DROP DATABASE removes a whole database and cannot be undone (PostgreSQL docs, DROP DATABASE). */
const banDropDatabase = {
    id: 'ban-drop-database',
    severity: 'error',
    description: 'DROP DATABASE destroys a whole database.',
    nodeTypes: ['DropdbStmt'],
    check(statement) {
        const db = String(statement.node.dbname);
        return [
            {
                message: `DROP DATABASE ${db} destroys the whole database; a migration should never do this`,
                hint: `drop databases by hand, after a backup, outside the migration history`,
            },
        ];
    },
};
/**
 * DROP … CASCADE also drops every object that depends on the dropped one: views, foreign keys,
 * column defaults, and for a type or a domain the columns of that type with their data
 * (PostgreSQL docs, 5.15 Dependency Tracking). Tables and schemas are reported by their own rules.
 */
const banDropCascade = {
    id: 'ban-drop-cascade',
    severity: 'error',
    description: 'DROP … CASCADE silently drops dependent objects, even columns and their data.',
    nodeTypes: ['DropStmt'],
    check(statement) {
        const node = statement.node;
        if (node.behavior !== 'DROP_CASCADE')
            return [];
        if (node.removeType === 'OBJECT_TABLE' || node.removeType === 'OBJECT_SCHEMA')
            return [];
        const kind = String(node.removeType)
            .replace(/^OBJECT_/, '')
            .replace('MATVIEW', 'MATERIALIZED VIEW')
            .replace(/_/g, ' ');
        return [
            {
                message: `DROP ${kind} … CASCADE also drops everything that depends on it (views, foreign keys, defaults, for a type the columns of that type and their data), without listing them`,
                hint: 'drop the dependent objects explicitly in earlier statements, then drop this one without CASCADE: PostgreSQL then refuses if something still depends on it',
            },
        ];
    },
};
/**
 * TRUNCATE empties tables at once under an ACCESS EXCLUSIVE lock (PostgreSQL docs, TRUNCATE).
 * Tables created earlier in the same migration are empty anyway.
 */
const banTruncate = {
    id: 'ban-truncate',
    severity: 'error',
    description: 'TRUNCATE deletes every row of the table.',
    nodeTypes: ['TruncateStmt'],
    check(statement, context) {
        return list(statement.node.relations)
            .filter((r) => !createdInMigration(context, tableKey(r)))
            .map((r) => ({
            message: `TRUNCATE ${tableName(r)} deletes every row of ${tableName(r)} and blocks reads and writes while it runs`,
            hint: `back the data up first and truncate by hand, or delete the rows you mean in batches outside the migration; if it is intended, ${IGNORE('ban-truncate')}`,
            location: rangeVarLocation(r),
        }));
    },
};
/**
 * TRUNCATE … CASCADE also empties every table that has a foreign key to the truncated ones, and
 * the tables referencing those, recursively (PostgreSQL docs, TRUNCATE, CASCADE).
 */
const banTruncateCascade = {
    id: 'ban-truncate-cascade',
    severity: 'error',
    description: 'TRUNCATE … CASCADE also empties every table that references the truncated ones.',
    nodeTypes: ['TruncateStmt'],
    check(statement) {
        if (statement.node.behavior !== 'DROP_CASCADE')
            return [];
        const tables = list(statement.node.relations).map(tableName).join(', ');
        return [
            {
                message: `TRUNCATE ${tables} CASCADE also deletes every row of each table with a foreign key to ${tables}, recursively`,
                hint: 'remove CASCADE and list exactly the tables to empty: PostgreSQL then refuses if another table references them',
            },
        ];
    },
};
/** A DELETE or UPDATE that touches every row of an existing table, or undefined. */
function everyRow(statement, context) {
    const node = statement.node;
    if (node.whereClause)
        return undefined;
    if (allNew([node.relation], context))
        return undefined;
    return tableName(node.relation);
}
/** DELETE without WHERE removes every row (PostgreSQL docs, DELETE). */
const banDeleteWithoutWhere = {
    id: 'ban-delete-without-where',
    severity: 'error',
    description: 'DELETE without WHERE deletes every row of the table.',
    nodeTypes: ['DeleteStmt'],
    check(statement, context) {
        const table = everyRow(statement, context);
        if (!table)
            return [];
        return [
            {
                message: `DELETE FROM ${table} without WHERE deletes every row of ${table}, holding a row lock on each until the migration commits`,
                hint: `add the WHERE clause you mean; delete large sets in batches outside the migration; if emptying ${table} is intended, ${IGNORE('ban-delete-without-where')}`,
                location: rangeVarLocation(statement.node.relation),
            },
        ];
    },
};
/**
 * UPDATE without WHERE writes a new version of every row: row locks on the whole table until the
 * migration commits (every concurrent UPDATE/DELETE of those rows waits), twice the table size in
 * dead tuples and WAL (PostgreSQL docs, 13.3.2 Row-Level Locks; 24.1 Routine Vacuuming).
 */
const banUpdateWithoutWhere = {
    id: 'ban-update-without-where',
    severity: 'error',
    description: 'UPDATE without WHERE rewrites and locks every row until the migration commits.',
    nodeTypes: ['UpdateStmt'],
    check(statement, context) {
        const table = everyRow(statement, context);
        if (!table)
            return [];
        return [
            {
                message: `UPDATE ${table} without WHERE rewrites every row of ${table} and holds a lock on each row until the migration commits: concurrent writes to ${table} wait, and the table bloats`,
                hint: `backfill in batches (e.g. 1000 rows by primary key range, one transaction each) from a script or job outside the schema migration, and make the code handle both old and new values meanwhile`,
                location: rangeVarLocation(statement.node.relation),
            },
        ];
    },
};
/**
 * A data backfill (UPDATE/DELETE/MERGE with a WHERE) inside a schema migration keeps its row locks
 * until the whole migration commits (strong_migrations "Backfilling data"; PostgreSQL docs, 13.3.2).
 */
const dataBackfillInMigration = {
    id: 'data-backfill-in-migration',
    severity: 'notice',
    description: 'Data changes in a schema migration hold their row locks for the whole migration.',
    nodeTypes: ['UpdateStmt', 'DeleteStmt', 'MergeStmt'],
    check(statement, context) {
        const node = statement.node;
        const relation = node.relation;
        if (statement.type !== 'MergeStmt' && !node.whereClause)
            return []; // the ban-* rules report it
        if (allNew([relation], context))
            return [];
        const verb = statement.type.replace(/Stmt$/, '').toUpperCase();
        return [
            {
                message: `${verb} on ${tableName(relation)} in a schema migration keeps every changed row locked until the migration commits`,
                hint: 'for more than a few thousand rows, backfill in batches outside the migration (a script or job, one short transaction per batch)',
                location: rangeVarLocation(relation),
            },
        ];
    },
};
const dataRules = [
    banDropTable,
    banDropColumn,
    banDropSchema,
    banDropDatabase,
    banDropCascade,
    banTruncate,
    banTruncateCascade,
    banDeleteWithoutWhere,
    banUpdateWithoutWhere,
    dataBackfillInMigration,
];
/**
 * Rules whose finding means data is dropped or truncated: the validate report's `destructive`
 * flag. UPDATE without WHERE rewrites rows but keeps them, so it is not in the set.
 */
const DESTRUCTIVE_RULES = new Set([
    banDropTable.id,
    banDropColumn.id,
    banDropSchema.id,
    banDropDatabase.id,
    banDropCascade.id,
    banTruncate.id,
    banTruncateCascade.id,
    banDeleteWithoutWhere.id,
]);

;// CONCATENATED MODULE: ./src/core/lint/rules/locks.ts

/** PostgreSQL's lock modes as LockStmt numbers them (src/include/storage/lockdefs.h). */
const LOCK_MODES = ',ACCESS SHARE,ROW SHARE,ROW EXCLUSIVE,SHARE UPDATE EXCLUSIVE,SHARE,SHARE ROW EXCLUSIVE,EXCLUSIVE,ACCESS EXCLUSIVE'.split(',');
const SHARE_LOCK = 5;
const ACCESS_EXCLUSIVE_LOCK = 8;
function isNew(relation, context) {
    return createdInMigration(context, tableKey(relation));
}
/**
 * LOCK TABLE in SHARE mode or stronger blocks every INSERT/UPDATE/DELETE (ACCESS EXCLUSIVE: every
 * SELECT too) until the migration commits (PostgreSQL docs, 13.3.1 Table-Level Locks, LOCK).
 */
const banLockTable = {
    id: 'ban-lock-table',
    severity: 'error',
    description: 'LOCK TABLE in SHARE mode or stronger blocks writes until the migration commits.',
    nodeTypes: ['LockStmt'],
    check(statement, context) {
        const mode = Number(statement.node.mode);
        if (mode < SHARE_LOCK)
            return [];
        const blocks = mode === ACCESS_EXCLUSIVE_LOCK ? 'reads and writes' : 'writes';
        return list(statement.node.relations)
            .filter((r) => !isNew(r, context))
            .map((r) => ({
            message: `LOCK TABLE ${tableName(r)} IN ${LOCK_MODES[mode] ?? mode} MODE blocks ${blocks} to ${tableName(r)} until the migration commits`,
            hint: 'remove the explicit lock: each DDL statement takes the lock it needs; do data changes in batches outside the migration',
            location: rangeVarLocation(r),
        }));
    },
};
/**
 * REFRESH MATERIALIZED VIEW without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on the view for the
 * whole query: every SELECT on it waits (PostgreSQL docs, REFRESH MATERIALIZED VIEW).
 */
const requireConcurrentRefresh = {
    id: 'require-concurrent-refresh',
    severity: 'error',
    description: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks reads of the view.',
    nodeTypes: ['RefreshMatViewStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.concurrent || isNew(node.relation, context))
            return [];
        const view = tableName(node.relation);
        return [
            {
                message: `REFRESH MATERIALIZED VIEW ${view} without CONCURRENTLY blocks every read of ${view} until the refresh is done`,
                hint: `use REFRESH MATERIALIZED VIEW CONCURRENTLY ${view} (it needs a unique index on the view, and a view that is already populated)`,
                location: rangeVarLocation(node.relation),
            },
        ];
    },
};
const COPY = 'create a new table, keep it in sync with a trigger, backfill it in batches and switch code to it';
/** A rule for a command that copies a whole relation under an ACCESS EXCLUSIVE lock. */
function rewriteRule(id, sql, nodeTypes, hint, find) {
    return {
        id,
        severity: 'error',
        description: `${sql} copies the whole table under an ACCESS EXCLUSIVE lock: reads and writes wait.`,
        nodeTypes,
        check(statement, context) {
            return find(statement.node)
                .filter((r) => r.relation === undefined || !isNew(r.relation, context))
                .map((r) => {
                const what = r.relation === undefined ? 'every table' : tableName(r.relation);
                return {
                    message: `${r.command} rewrites ${what} under an ACCESS EXCLUSIVE lock: every read and write of ${what} waits until the copy is done`,
                    hint,
                    location: rangeVarLocation(r.relation),
                };
            });
        },
    };
}
function alterCommands(node, subtypes) {
    if (node.orig_tablespacename !== undefined)
        return [{ command: 'ALTER … ALL IN TABLESPACE' }];
    return alterTableCmds(node)
        .filter((cmd) => subtypes[String(cmd.subtype)] !== undefined)
        .map((cmd) => ({
        command: `ALTER … ${subtypes[String(cmd.subtype)]}`,
        relation: node.relation,
    }));
}
/**
 * VACUUM FULL writes a new copy of the table under an ACCESS EXCLUSIVE lock (PostgreSQL docs,
 * VACUUM; 24.1.2 Recovering Disk Space). Plain VACUUM and ANALYZE take no lock that blocks traffic.
 */
const banVacuumFull = rewriteRule('ban-vacuum-full', 'VACUUM FULL', ['VacuumStmt'], `use plain VACUUM (it blocks neither reads nor writes), or pg_repack / pg_squeeze to reclaim space online`, (node) => {
    const full = list(node.options)
        .map((o) => nodeOf(o, 'DefElem'))
        .find((o) => o?.defname === 'full');
    const arg = nodeOf(full?.arg, 'String')?.sval ?? nodeOf(full?.arg, 'Integer')?.ival;
    if (!full || ['false', 'off', '0', 0].includes(arg))
        return [];
    const rels = list(node.rels).map((r) => nodeOf(r, 'VacuumRelation')?.relation);
    return (rels.length ? rels : [undefined]).map((relation) => ({
        command: 'VACUUM FULL',
        relation,
    }));
});
/** CLUSTER writes a sorted copy of the table under an ACCESS EXCLUSIVE lock (PostgreSQL docs, CLUSTER). */
const banCluster = rewriteRule('ban-cluster', 'CLUSTER', ['ClusterStmt'], 'reorder online with pg_repack --order-by, or leave the physical order alone', (node) => [{ command: 'CLUSTER', relation: node.relation }]);
/**
 * SET TABLESPACE copies the table's files under an ACCESS EXCLUSIVE lock (PostgreSQL docs, ALTER
 * TABLE, SET TABLESPACE; ALTER INDEX and ALTER MATERIALIZED VIEW alike).
 */
const banSetTablespace = rewriteRule('ban-set-tablespace', 'SET TABLESPACE', ['AlterTableStmt', 'AlterTableMoveAllStmt'], `move it online with pg_repack --tablespace, or ${COPY}`, (node) => alterCommands(node, { AT_SetTableSpace: 'SET TABLESPACE' }));
/**
 * SET LOGGED / SET UNLOGGED rewrite the table (and, for LOGGED, write it all to WAL) under an ACCESS
 * EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, SET { LOGGED | UNLOGGED }).
 */
const banSetLogged = rewriteRule('ban-set-logged', 'SET LOGGED / UNLOGGED', ['AlterTableStmt'], `give new tables the persistence they need from the start; to change an existing one, ${COPY}`, (node) => alterCommands(node, { AT_SetLogged: 'SET LOGGED', AT_SetUnLogged: 'SET UNLOGGED' }));
/** String literals ('…') in the statements after the current one. */
function laterStrings(context) {
    const found = new Set();
    for (const s of context.statements.slice(context.index + 1))
        walk(s.node, (type, node) => {
            const literal = type === 'A_Const' ? (nodeOf(node.sval, 'String') ?? node.sval) : undefined;
            const value = literal?.sval;
            if (typeof value === 'string')
                found.add(value);
        });
    return found;
}
/**
 * ALTER TYPE … ADD VALUE cannot run in a transaction block before PostgreSQL 12; from 12 on it can,
 * but the new value cannot be used until that transaction commits (PostgreSQL docs, ALTER TYPE, Notes).
 */
const enumAddValueInTransaction = {
    id: 'enum-add-value-in-transaction',
    severity: 'error',
    description: 'ALTER TYPE … ADD VALUE fails in a transaction before PostgreSQL 12, or when the value is used before commit.',
    nodeTypes: ['AlterEnumStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.oldVal !== undefined || !context.transactional)
            return [];
        const type = names(node.typeName).join('.');
        const value = String(node.newVal);
        const hint = `put ALTER TYPE ${type} ADD VALUE in its own migration that runs without a transaction (JS/TS: pgm.noTransaction()), before the migration that uses '${value}'`;
        if (context.pgVersion < 12)
            return [
                {
                    message: `ALTER TYPE ${type} ADD VALUE cannot run inside a transaction block on PostgreSQL ${context.pgVersion}: the migration fails`,
                    hint,
                },
            ];
        if (!laterStrings(context).has(value))
            return [];
        return [
            {
                severity: 'warning',
                message: `'${value}' is added to ${type} and used later in the same transaction: PostgreSQL rejects a new enum value until the transaction that added it commits`,
                hint,
            },
        ];
    },
};
/** Whether an earlier statement of this migration validated a CHECK constraint on `key`. */
function checkValidatedEarlier(context, key) {
    return context.statements.slice(0, context.index).some((s) => s.type === 'AlterTableStmt' &&
        tableKey(s.node.relation) === key &&
        alterTableCmds(s.node).some((cmd) => {
            if (cmd.subtype === 'AT_ValidateConstraint')
                return true;
            const constraint = nodeOf(cmd.def, 'Constraint');
            return constraint?.contype === 'CONSTR_CHECK' && !constraint.skip_validation;
        }));
}
/**
 * ATTACH PARTITION scans the whole partition to prove its rows fit the bound, under an ACCESS
 * EXCLUSIVE lock on the partition (and on the parent before PostgreSQL 12), unless a valid CHECK
 * constraint implies the bound (PostgreSQL docs, ALTER TABLE, ATTACH PARTITION; 5.12.2.2).
 */
const attachPartitionWithoutCheck = {
    id: 'attach-partition-without-check',
    severity: 'warning',
    description: 'ATTACH PARTITION scans the partition under lock unless a validated CHECK implies the bound.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        const node = statement.node;
        const parent = tableName(node.relation);
        return alterTableCmds(node)
            .filter((cmd) => cmd.subtype === 'AT_AttachPartition')
            .map((cmd) => nodeOf(cmd.def, 'PartitionCmd')?.name)
            .filter((p) => !isNew(p, context) && !checkValidatedEarlier(context, tableKey(p)))
            .map((p) => ({
            message: `ATTACH PARTITION ${tableName(p)} to ${parent} scans every row of ${tableName(p)} under an ACCESS EXCLUSIVE lock${context.pgVersion < 12 ? `, and locks ${parent} ACCESS EXCLUSIVE meanwhile` : ''}, unless ${tableName(p)} already has a validated CHECK constraint matching the bound`,
            hint: `first add a CHECK matching the bound to ${tableName(p)} as NOT VALID and VALIDATE it (a SHARE UPDATE EXCLUSIVE lock) in an earlier migration, then attach and drop the CHECK; a DEFAULT partition of ${parent} is scanned too`,
            location: rangeVarLocation(p),
        }));
    },
};
/**
 * DISABLE TRIGGER takes a SHARE ROW EXCLUSIVE lock (blocks writes while waiting and until commit)
 * and lets concurrent writes skip the trigger; DISABLE TRIGGER ALL also skips foreign-key checks
 * (PostgreSQL docs, ALTER TABLE, DISABLE/ENABLE TRIGGER). ENABLE TRIGGER alone is a normal step.
 */
const banDisableTrigger = {
    id: 'ban-disable-trigger',
    severity: 'warning',
    description: 'DISABLE TRIGGER lets concurrent writes skip the trigger (with ALL, foreign-key checks too).',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        const node = statement.node;
        if (isNew(node.relation, context))
            return [];
        const table = tableName(node.relation);
        return alterTableCmds(node)
            .filter((cmd) => /^AT_DisableTrig/.test(String(cmd.subtype)))
            .map((cmd) => ({
            message: `DISABLE TRIGGER ${cmd.subtype === 'AT_DisableTrigAll' ? 'ALL (foreign-key checks included)' : String(cmd.name ?? 'USER')} on ${table}: every write to ${table} by running code skips it until it is enabled again, and writes wait for the lock until the migration commits`,
            hint: 'change the trigger function to skip the rows you mean (e.g. on a session setting) instead of disabling it for everyone',
            location: rangeVarLocation(node.relation),
        }));
    },
};
/** Whether an earlier statement of this migration created the domain `name`. */
function domainIsNew(context, name) {
    return context.statements
        .slice(0, context.index)
        .some((s) => s.type === 'CreateDomainStmt' && names(s.node.domainname).join('.') === name);
}
/**
 * ALTER DOMAIN ADD CONSTRAINT (without NOT VALID) and SET NOT NULL check every column of the domain
 * type in every table, holding a SHARE lock on each: writes wait (PostgreSQL docs, ALTER DOMAIN).
 */
const banAlterDomainWithAddConstraint = {
    id: 'ban-alter-domain-with-add-constraint',
    severity: 'error',
    description: 'ALTER DOMAIN ADD CONSTRAINT scans every column of the domain while blocking writes.',
    nodeTypes: ['AlterDomainStmt'],
    check(statement, context) {
        const node = statement.node;
        const domain = names(node.typeName).join('.');
        const constraint = nodeOf(node.def, 'Constraint');
        const scans = (node.subtype === 'C' && !constraint?.skip_validation) || node.subtype === 'O';
        if (!scans || domainIsNew(context, domain))
            return [];
        return [
            {
                message: `ALTER DOMAIN ${domain} ${node.subtype === 'O' ? 'SET NOT NULL' : 'ADD CONSTRAINT'} checks every column of type ${domain} in every table, blocking writes to those tables while it scans`,
                hint: 'add CHECK constraints to the tables instead (NOT VALID, then VALIDATE CONSTRAINT), or ADD CONSTRAINT … NOT VALID to the domain and validate it off-peak',
            },
        ];
    },
};
const SAVEPOINT_KINDS = ['TRANS_STMT_SAVEPOINT', 'TRANS_STMT_RELEASE', 'TRANS_STMT_ROLLBACK_TO'];
/**
 * db-deploy wraps each migration in its own transaction (or runs it statement by statement): a
 * BEGIN inside it is ignored with a warning, a COMMIT ends it early so later statements run outside
 * it and cannot be rolled back (PostgreSQL docs, BEGIN, COMMIT, 3.4 Transactions). A savepoint
 * inside db-deploy's transaction is harmless; outside one it fails.
 */
const transactionNesting = {
    id: 'transaction-nesting',
    severity: 'error',
    description: 'BEGIN/COMMIT/ROLLBACK in a migration fight the transaction db-deploy manages.',
    nodeTypes: ['TransactionStmt'],
    check(statement, context) {
        const kind = String(statement.node.kind);
        if (SAVEPOINT_KINDS.includes(kind) && context.transactional)
            return [];
        const what = kind.replace('TRANS_STMT_', '').replace('_', ' ');
        return [
            {
                message: `${what} in a migration: db-deploy manages the transaction (${context.transactional ? 'this one runs in a transaction; a COMMIT/ROLLBACK would end it early and leave the rest outside it' : 'this one runs statement by statement; a BEGIN would put the statements that cannot run in a transaction into one'})`,
                hint: 'remove transaction control from the file; to run a migration without a transaction, put only statements that need it (e.g. CREATE INDEX CONCURRENTLY) in it',
            },
        ];
    },
};
const lockRules = [
    banLockTable,
    requireConcurrentRefresh,
    banVacuumFull,
    banCluster,
    banSetTablespace,
    banSetLogged,
    enumAddValueInTransaction,
    attachPartitionWithoutCheck,
    banDisableTrigger,
    banAlterDomainWithAddConstraint,
    transactionNesting,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/partitions.ts

/**
 * DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the parent table: every read
 * and write of the partitioned table waits (PostgreSQL docs, ALTER TABLE, "DETACH PARTITION";
 * CONCURRENTLY exists since PostgreSQL 14 and runs outside a transaction).
 */
const requireConcurrentDetach = {
    id: 'require-concurrent-partition-detach',
    severity: 'error',
    description: 'DETACH PARTITION without CONCURRENTLY locks the whole partitioned table against reads and writes.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        const node = statement.node;
        if (createdInMigration(context, tableKey(node.relation)))
            return [];
        return alterTableCmds(node)
            .filter((cmd) => cmd.subtype === 'AT_DetachPartition')
            .filter((cmd) => !nodeOf(cmd.def, 'PartitionCmd')?.concurrent)
            .map(() => ({
            message: `DETACH PARTITION on ${tableName(node.relation)} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table: reads and writes wait`,
            hint: context.pgVersion >= 14
                ? 'use ALTER TABLE … DETACH PARTITION … CONCURRENTLY (PostgreSQL 14+; db-deploy runs it outside a transaction)'
                : 'PostgreSQL before 14 has no online DETACH: schedule it for a quiet window, or upgrade and use DETACH PARTITION … CONCURRENTLY',
        }));
    },
};
const partitionRules = [requireConcurrentDetach];

;// CONCATENATED MODULE: ./src/core/lint/rules/renames.ts

/*
 * During a deploy the old application version keeps running until the new one has replaced it: it
 * still queries the old name, and gets `relation/column does not exist` the moment a rename commits.
 * A rename is safe only for objects created in the same migration, which no running code uses yet.
 */
const KINDS = {
    OBJECT_TABLE: 'TABLE',
    OBJECT_VIEW: 'VIEW',
    OBJECT_MATVIEW: 'MATERIALIZED VIEW',
    OBJECT_FOREIGN_TABLE: 'FOREIGN TABLE',
};
/** Whether a later statement of this migration creates a view under the old name (the safe recipe). */
function viewKeepsOldName(context, key) {
    return context.statements
        .slice(context.index + 1)
        .some((s) => s.type === 'ViewStmt' && tableKey(s.node.view) === key);
}
/** Whether an earlier statement of this migration created the type `key`. */
function typeCreatedInMigration(context, key) {
    return context.statements.slice(0, context.index).some((s) => {
        if (s.type === 'CompositeTypeStmt')
            return tableKey(s.node.typevar) === key;
        const parts = s.type === 'CreateEnumStmt'
            ? s.node.typeName
            : s.type === 'CreateDomainStmt'
                ? s.node.domainname
                : undefined;
        return parts !== undefined && qualifiedNameKey(names(parts)) === key;
    });
}
/**
 * ALTER TABLE/VIEW/MATERIALIZED VIEW … RENAME TO breaks every running query that names the
 * relation (PostgreSQL docs, ALTER TABLE, RENAME; strong_migrations "Renaming a table").
 * Following the rename with CREATE VIEW <old name> AS SELECT * FROM <new name> keeps old code
 * working: a simple view is updatable (PostgreSQL docs, CREATE VIEW, Updatable Views).
 */
const renames_renameTable = {
    id: 'rename-table',
    severity: 'error',
    description: 'Renaming a table or view breaks running code that still uses the old name.',
    nodeTypes: ['RenameStmt'],
    check(statement, context) {
        const node = statement.node;
        const kind = KINDS[String(node.renameType)];
        if (!kind)
            return [];
        const key = tableKey(node.relation);
        if (createdInMigration(context, key) || viewKeepsOldName(context, key))
            return [];
        const old = tableName(node.relation);
        const renamed = String(node.newname);
        return [
            {
                message: `ALTER ${kind} ${old} RENAME TO ${renamed} breaks running code: the old version still queries ${old} until the deploy completes`,
                hint: `in the same migration, CREATE VIEW ${old} AS SELECT * FROM ${renamed} (a simple view is updatable), switch the code to ${renamed} and deploy, then DROP VIEW ${old} in a later migration; or create ${renamed}, write to both, backfill, switch reads, drop ${old}`,
                location: rangeVarLocation(node.relation),
            },
        ];
    },
};
/**
 * RENAME COLUMN breaks every running query that names the column (PostgreSQL docs, ALTER TABLE,
 * RENAME; strong_migrations "Renaming a column").
 */
const renames_renameColumn = {
    id: 'rename-column',
    severity: 'error',
    description: 'Renaming a column breaks running code that still reads or writes the old name.',
    nodeTypes: ['RenameStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.renameType !== 'OBJECT_COLUMN')
            return [];
        if (createdInMigration(context, tableKey(node.relation)))
            return [];
        const table = tableName(node.relation);
        const [old, renamed] = [String(node.subname), String(node.newname)];
        return [
            {
                message: `RENAME COLUMN ${table}.${old} TO ${renamed} breaks running code: the old version still reads and writes ${old} until the deploy completes`,
                hint: `expand and contract: add ${renamed}, keep both in sync (a trigger or writes to both), backfill ${renamed} in batches, switch reads to ${renamed} and deploy, stop writing ${old}, then drop ${old} in a later migration`,
                location: rangeVarLocation(node.relation),
            },
        ];
    },
};
/** ALTER SCHEMA … RENAME breaks every query that names the schema (PostgreSQL docs, ALTER SCHEMA). */
const renames_renameSchema = {
    id: 'rename-schema',
    severity: 'error',
    description: 'Renaming a schema breaks running code that still uses the old name.',
    nodeTypes: ['RenameStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.renameType !== 'OBJECT_SCHEMA')
            return [];
        const old = String(node.subname);
        if (schemaCreatedInMigration(context, old))
            return [];
        const renamed = String(node.newname);
        return [
            {
                message: `ALTER SCHEMA ${old} RENAME TO ${renamed} breaks running code that still names ${old}, and every search_path that lists it`,
                hint: `create ${renamed} and move or re-create the objects behind views left in ${old}, switch code and search_path to ${renamed} and deploy, then drop ${old} in a later migration`,
            },
        ];
    },
};
/**
 * ALTER TYPE … RENAME VALUE: running code that writes or compares the old label gets `invalid input
 * value for enum` (PostgreSQL docs, ALTER TYPE, RENAME VALUE; 8.7 Enumerated Types).
 */
const renameEnumValue = {
    id: 'rename-enum-value',
    severity: 'warning',
    description: 'Renaming an enum value breaks running code that still writes or compares the old label.',
    nodeTypes: ['AlterEnumStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.oldVal === undefined)
            return [];
        const parts = names(node.typeName);
        if (typeCreatedInMigration(context, qualifiedNameKey(parts)))
            return [];
        const type = parts.join('.');
        const [old, renamed] = [String(node.oldVal), String(node.newVal)];
        return [
            {
                message: `renaming '${old}' to '${renamed}' in ${type}: running code that writes or compares '${old}' fails with "invalid input value for enum" until the deploy completes`,
                hint: `ADD VALUE '${renamed}', make the code accept both and write '${renamed}' and deploy, update the rows in batches, then stop using '${old}' (enum values cannot be dropped: keep it, or move to a new type later)`,
            },
        ];
    },
};
/**
 * ALTER TYPE/DOMAIN … RENAME TO breaks running code that casts to the old name
 * (`'x'::old_name`) or declares it in functions (PostgreSQL docs, ALTER TYPE, RENAME).
 */
const renames_renameType = {
    id: 'rename-type',
    severity: 'warning',
    description: 'Renaming a type breaks running code that casts to or declares the old name.',
    nodeTypes: ['RenameStmt'],
    check(statement, context) {
        const node = statement.node;
        if (node.renameType !== 'OBJECT_TYPE' && node.renameType !== 'OBJECT_DOMAIN')
            return [];
        const parts = names(nodeOf(node.object, 'List')?.items ?? node.object);
        if (typeCreatedInMigration(context, qualifiedNameKey(parts)))
            return [];
        const old = parts.join('.');
        return [
            {
                message: `renaming type ${old} to ${String(node.newname)} breaks running code that casts to ${old} or uses it in SQL it sends`,
                hint: `remove casts to ${old} from the code (columns keep working: they refer to the type by OID) and deploy, then rename it in a later migration`,
            },
        ];
    },
};
const renameRules = [
    renames_renameTable,
    renames_renameColumn,
    renames_renameSchema,
    renameEnumValue,
    renames_renameType,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/hygiene.ts

/** Built-in type name of a TypeName (`pg_catalog.int4` or `serial`), or undefined for others. */
function builtinType(typeName) {
    const parts = names(nodeOf(typeName, 'TypeName')?.names ?? typeName?.names);
    if (parts.length === 2 && parts[0] === 'pg_catalog')
        return parts[1];
    return parts.length === 1 ? parts[0]?.toLowerCase() : undefined;
}
function columnType(def, column) {
    const columnDef = nodeOf(def, 'ColumnDef');
    const typeName = columnDef?.typeName;
    const type = builtinType(typeName);
    if (!columnDef || !type)
        return undefined;
    const mods = list(typeName?.typmods).length;
    return { column, type, mods, location: locationOf(typeName) };
}
/** The column types a statement declares, with the table they belong to. */
/** Computed once per statement: every type rule asks for the same list. */
const columnTypesCache = new WeakMap();
function columnTypes(statement) {
    let types = columnTypesCache.get(statement);
    if (!types) {
        types = readColumnTypes(statement);
        columnTypesCache.set(statement, types);
    }
    return types;
}
function readColumnTypes(statement) {
    const node = statement.node;
    const table = tableName(node.relation);
    const found = [];
    if (statement.type === 'CreateStmt')
        for (const element of list(node.tableElts)) {
            const colname = String(nodeOf(element, 'ColumnDef')?.colname);
            found.push(columnType(element, `${table}.${colname}`));
        }
    if (statement.type === 'AlterTableStmt')
        for (const cmd of alterTableCmds(node)) {
            if (cmd.subtype === 'AT_AddColumn') {
                const colname = String(nodeOf(cmd.def, 'ColumnDef')?.colname);
                found.push(columnType(cmd.def, `${table}.${colname}`));
            }
            if (cmd.subtype === 'AT_AlterColumnType')
                found.push(columnType(cmd.def, `${table}.${String(cmd.name)}`));
        }
    return found.filter((c) => c !== undefined);
}
/** A notice rule over the column types of CREATE TABLE / ADD COLUMN / ALTER COLUMN TYPE. */
function typeRule(id, description, report) {
    return {
        id,
        severity: 'notice',
        description,
        nodeTypes: ['CreateStmt', 'AlterTableStmt'],
        check(statement) {
            return columnTypes(statement).flatMap((c) => {
                const hit = report(c);
                return hit ? [{ ...hit, location: c.location }] : [];
            });
        },
    };
}
const OVERFLOW = (max) => `it overflows at ${max}, and widening it later rewrites the table under an ACCESS EXCLUSIVE lock`;
/**
 * An integer column overflows at 2^31-1; changing it to bigint later rewrites the table
 * (PostgreSQL docs, 8.1.1 Integer Types; ALTER TABLE, Notes). squawk: prefer-bigint-over-int.
 */
const preferBigintOverInt = typeRule('prefer-bigint-over-int', 'A 32-bit integer column can run out of values; widening it later rewrites the table.', (c) => ['int4', 'int', 'integer', 'serial', 'serial4'].includes(c.type)
    ? {
        message: `${c.column} is ${c.type}: ${OVERFLOW('2,147,483,647')}`,
        hint: `use bigint${c.type.startsWith('serial') ? ' GENERATED BY DEFAULT AS IDENTITY' : ''} (4 more bytes per row)`,
    }
    : undefined);
/** A smallint column overflows at 32,767 (PostgreSQL docs, 8.1.1). squawk: prefer-bigint-over-smallint. */
const preferBigintOverSmallint = typeRule('prefer-bigint-over-smallint', 'A 16-bit integer column can run out of values; widening it later rewrites the table.', (c) => ['int2', 'smallint', 'smallserial', 'serial2'].includes(c.type)
    ? {
        message: `${c.column} is ${c.type}: ${OVERFLOW('32,767')}`,
        hint: 'use bigint (or integer when the range is truly bounded)',
    }
    : undefined);
/**
 * serial creates a separate sequence with its own owner and grants; an identity column is part of
 * the table and follows it (PostgreSQL docs, 8.1.4 Serial Types; CREATE TABLE, GENERATED … AS
 * IDENTITY). squawk: prefer-identity.
 */
const preferIdentity = typeRule('prefer-identity', 'serial columns need separate grants and sequence management; identity columns do not.', (c) => ['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial'].includes(c.type)
    ? {
        message: `${c.column} is ${c.type}: its sequence needs its own grants and is easy to get out of step when copying data`,
        hint: 'use bigint GENERATED BY DEFAULT AS IDENTITY (or GENERATED ALWAYS AS IDENTITY)',
    }
    : undefined);
/**
 * varchar(n) gains nothing over text in PostgreSQL, and raising n later needs ALTER COLUMN TYPE
 * (PostgreSQL docs, 8.3 Character Types, Tip). squawk: prefer-text-field.
 */
const preferTextField = typeRule('prefer-text-field', 'varchar(n) is no faster than text, and changing n later takes an ACCESS EXCLUSIVE lock.', (c) => c.type === 'varchar' && c.mods > 0
    ? {
        message: `${c.column} is varchar(n): changing the limit later needs ALTER COLUMN TYPE under an ACCESS EXCLUSIVE lock`,
        hint: 'use text, with a CHECK (char_length(col) <= n) constraint when a limit is needed (it can be replaced NOT VALID, online)',
    }
    : undefined);
/**
 * timestamp (without time zone) stores wall-clock time with no zone: values depend on the writer's
 * settings (PostgreSQL docs, 8.5.1.3 Time Stamps; wiki "Don't Do This"). squawk: prefer-timestamptz.
 */
const preferTimestamptz = typeRule('prefer-timestamptz', 'timestamp without time zone stores ambiguous wall-clock times.', (c) => c.type === 'timestamp'
    ? {
        message: `${c.column} is timestamp without time zone: its values mean different instants for clients in different time zones`,
        hint: 'use timestamptz (same 8 bytes; stored as UTC)',
    }
    : undefined);
/**
 * char(n) pads with spaces and is no faster than text (PostgreSQL docs, 8.3 Character Types, Tip;
 * wiki "Don't Do This"). squawk: ban-char-field.
 */
const banCharField = typeRule('ban-char-field', 'char(n) pads values with spaces and is no faster than text.', (c) => c.type === 'bpchar'
    ? {
        message: `${c.column} is char(n): values are padded with spaces, which surprises comparisons and clients`,
        hint: 'use text (with a CHECK on the length when it must be fixed)',
    }
    : undefined);
/**
 * A domain's CHECK or NOT NULL can only be changed later with ALTER DOMAIN, which scans every
 * table using it (PostgreSQL docs, CREATE DOMAIN, Notes): table constraints are easier to evolve.
 */
const banCreateDomainWithConstraint = {
    id: 'ban-create-domain-with-constraint',
    severity: 'notice',
    description: 'A domain constraint can only be changed later by a blocking scan of every table using it.',
    nodeTypes: ['CreateDomainStmt'],
    check(statement) {
        const node = statement.node;
        const constrained = list(node.constraints).some((c) => ['CONSTR_CHECK', 'CONSTR_NOTNULL'].includes(String(nodeOf(c, 'Constraint')?.contype)));
        if (!constrained)
            return [];
        const domain = names(node.domainname).join('.');
        return [
            {
                message: `domain ${domain} has a constraint: changing it later needs ALTER DOMAIN, which scans and locks every table that uses ${domain}`,
                hint: 'put the CHECK / NOT NULL on the table columns instead; they can be added NOT VALID and validated online',
            },
        ];
    },
};
/** CREATE statements that accept IF NOT EXISTS (or OR REPLACE), with the field that says so. */
const CREATES = {
    CreateStmt: { sql: 'CREATE TABLE', flag: 'if_not_exists', name: (n) => tableName(n.relation) },
    CreateTableAsStmt: {
        sql: 'CREATE TABLE/MATERIALIZED VIEW … AS',
        flag: 'if_not_exists',
        name: (n) => tableName(nodeOf(n.into, 'IntoClause')?.rel ?? n.into?.rel),
    },
    IndexStmt: { sql: 'CREATE INDEX', flag: 'if_not_exists', name: (n) => String(n.idxname) },
    CreateSeqStmt: {
        sql: 'CREATE SEQUENCE',
        flag: 'if_not_exists',
        name: (n) => tableName(n.sequence),
    },
    CreateSchemaStmt: {
        sql: 'CREATE SCHEMA',
        flag: 'if_not_exists',
        name: (n) => String(n.schemaname),
    },
    CreateExtensionStmt: {
        sql: 'CREATE EXTENSION',
        flag: 'if_not_exists',
        name: (n) => String(n.extname),
    },
    ViewStmt: { sql: 'CREATE VIEW', flag: 'replace', name: (n) => tableName(n.view) },
    CreateFunctionStmt: {
        sql: 'CREATE FUNCTION',
        flag: 'replace',
        name: (n) => names(n.funcname).join('.'),
    },
};
/** Whether an earlier statement dropped the constraint `name` IF EXISTS (the re-runnable ADD CONSTRAINT). */
function droppedIfExistsEarlier(context, name) {
    return context.statements
        .slice(0, context.index)
        .some((s) => s.type === 'AlterTableStmt' &&
        alterTableCmds(s.node).some((cmd) => cmd.subtype === 'AT_DropConstraint' && cmd.missing_ok && cmd.name === name));
}
/** What in a statement fails when it runs a second time. */
function notRerunnable(statement, context) {
    const node = statement.node;
    const create = CREATES[statement.type];
    if (create)
        return node[create.flag]
            ? []
            : [
                {
                    what: `${create.sql} ${create.name(node)}`,
                    fix: create.flag === 'replace' ? 'CREATE OR REPLACE' : 'IF NOT EXISTS',
                },
            ];
    if (statement.type === 'DropStmt')
        return node.missing_ok
            ? []
            : [{ what: `DROP ${String(node.removeType).replace(/^OBJECT_/, '')}`, fix: 'IF EXISTS' }];
    if (statement.type !== 'AlterTableStmt')
        return [];
    const table = tableName(node.relation);
    return alterTableCmds(node).flatMap((cmd) => {
        const column = String(nodeOf(cmd.def, 'ColumnDef')?.colname ?? cmd.name);
        if (cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok)
            return [{ what: `ADD COLUMN ${table}.${column}`, fix: 'ADD COLUMN IF NOT EXISTS' }];
        if (cmd.subtype === 'AT_DropColumn' && !cmd.missing_ok)
            return [{ what: `DROP COLUMN ${table}.${column}`, fix: 'DROP COLUMN IF EXISTS' }];
        if (cmd.subtype === 'AT_DropConstraint' && !cmd.missing_ok)
            return [{ what: `DROP CONSTRAINT ${String(cmd.name)}`, fix: 'DROP CONSTRAINT IF EXISTS' }];
        const constraint = nodeOf(cmd.def, 'Constraint');
        if (cmd.subtype === 'AT_AddConstraint' && !droppedIfExistsEarlier(context, constraint?.conname))
            return [
                {
                    what: `ADD CONSTRAINT ${String(constraint?.conname ?? '')} on ${table}`,
                    fix: 'a preceding ALTER TABLE … DROP CONSTRAINT IF EXISTS',
                },
            ];
        return [];
    });
}
/**
 * A migration that runs outside a transaction stops half-way when a statement fails; the next
 * attempt re-runs the statements that already succeeded (PostgreSQL docs, 3.4 Transactions; CREATE
 * INDEX, Building Indexes Concurrently). squawk: prefer-robust-stmts. Inside a transaction a failure
 * rolls everything back, so the rule stays silent there.
 */
const preferRobustStmts = {
    id: 'prefer-robust-stmts',
    severity: 'notice',
    description: 'In a migration without a transaction, statements should succeed when re-run after a failure.',
    nodeTypes: [...Object.keys(CREATES), 'DropStmt', 'AlterTableStmt'],
    check(statement, context) {
        if (context.transactional)
            return [];
        return notRerunnable(statement, context).map(({ what, fix }) => ({
            message: `${what} fails when the migration is re-run: it runs without a transaction, so statements before a failure stay applied`,
            hint: `write ${fix} so a retry after a failure gets past this statement`,
        }));
    },
};
const hygieneRules = [
    preferBigintOverInt,
    preferBigintOverSmallint,
    preferIdentity,
    preferTextField,
    preferTimestamptz,
    banCharField,
    preferRobustStmts,
    banCreateDomainWithConstraint,
];

;// CONCATENATED MODULE: ./src/core/lint/registry.ts








/** Every rule, in the order findings are reported for one statement. */
const RULES = [
    ...indexRules,
    ...constraintRules,
    ...columnRules,
    ...dataRules,
    ...lockRules,
    ...partitionRules,
    ...renameRules,
    ...hygieneRules,
];
/** Ids the engine itself reports (not rules that can be switched off one by one). */
const ENGINE_RULE_IDS = (/* unused pure expression or super */ null && ([
    'syntax-error',
    'unknown-rule',
    'ignore-without-reason',
    'malformed-ignore',
    'migration-load-failed',
    'not-analysable',
]));
const RULE_IDS = new Set(RULES.map((r) => r.id));

;// CONCATENATED MODULE: ./src/core/lint/suppress.ts
const suppress_IGNORE = /^\s*(?:--|\/\/)\s*db-deploy-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*))?$/i;
const IGNORE_START = /^\s*(?:--|\/\/)\s*db-deploy-ignore\b/i;
/** The suppression a comment line holds, if it is a db-deploy-ignore comment. */
function parseIgnore(text, line) {
    const match = suppress_IGNORE.exec(text);
    if (match) {
        return {
            rules: (match[1] ?? '').split(',').map((r) => r.trim().toLowerCase()),
            reason: (match[2] ?? '').trim(),
            line,
        };
    }
    return IGNORE_START.test(text) ? { rules: [], reason: '', line, malformed: true } : undefined;
}
/**
 * The suppressions written in the block of `--` comment lines that ends right above `line`
 * (1-based line of the statement's first token). A blank line ends the block.
 */
function suppressionsAbove(lines, line) {
    const found = [];
    for (let i = line - 2; i >= 0; i -= 1) {
        const text = lines[i] ?? '';
        if (!/^\s*--/.test(text))
            break;
        const suppression = parseIgnore(text, i + 1);
        if (suppression)
            found.push(suppression);
    }
    return found;
}
/** Every `// db-deploy-ignore …` (or `--`) comment line of a JS/TS migration. */
function moduleSuppressions(content) {
    return content.split('\n').flatMap((text, i) => parseIgnore(text, i + 1) ?? []);
}
/** Notices about a suppression itself: not understood, an unknown rule, or no reason given. */
function suppressionNotices(file, suppression, knownRules) {
    const notice = (rule, message, hint) => ({
        file,
        line: suppression.line,
        column: 1,
        endLine: suppression.line,
        rule,
        severity: 'notice',
        message,
        hint,
    });
    if (suppression.malformed) {
        return [
            notice('malformed-ignore', 'this db-deploy-ignore comment is not understood, so it silences nothing', 'write it as `-- db-deploy-ignore <rule-id>[, <rule-id>]: reason`'),
        ];
    }
    const notices = suppression.rules
        .filter((rule) => !knownRules.has(rule))
        .map((rule) => notice('unknown-rule', `db-deploy-ignore names an unknown rule "${rule}"`, 'use a rule id from `db-deploy lint --list-rules`'));
    if (!suppression.reason)
        notices.push(notice('ignore-without-reason', 'db-deploy-ignore without a reason', 'write why it is safe after a colon: `-- db-deploy-ignore <rule>: the table is empty`'));
    return notices;
}

;// CONCATENATED MODULE: ./src/core/lint/engine.ts






/** Newest PostgreSQL major the linter knows; the CLI's default `--pg-version`. */
const NEWEST_PG_VERSION = 18;
/**
 * Lints SQL with the real PostgreSQL parser. Never throws on bad SQL: a statement that does not
 * parse becomes a `syntax-error` finding at the parser's position. Call `loadParser()` first.
 */
function lintSql(source, options) {
    const offset = options.offset ?? 0;
    const fileText = options.fileText ?? source;
    const fileLines = fileText.split('\n');
    const locate = lineLocator(fileText);
    const position = (charOffset) => {
        if (options.fixedLine !== undefined)
            return { line: options.fixedLine, column: 1 };
        return locate(offset + charOffset);
    };
    let parsed = parseSql(source);
    let syntaxError;
    if (!parsed.ok) {
        const at = position(parsed.offset ?? 0);
        syntaxError = {
            file: options.file,
            line: at.line,
            column: at.column,
            endLine: at.line,
            rule: 'syntax-error',
            severity: 'error',
            message: (0,errors/* oneLine */.TN)(`PostgreSQL cannot parse this: ${parsed.message}`),
            hint: 'fix the SQL; the statements after a syntax error are not checked',
        };
        // The statements before the broken one are still worth checking.
        const cut = lastStatementEnd(source, parsed.offset ?? 0);
        parsed = cut > 0 ? parseSql(source.slice(0, cut)) : { ok: true, statements: [] };
        if (!parsed.ok)
            return [syntaxError];
    }
    const statements = parsed.statements;
    const transactional = options.transactional ?? !statements.some((s) => nonTransactionalReason(s) !== undefined);
    const byType = options.rules ? engine_indexRules(options.rules) : RULES_BY_TYPE;
    const createdTables = new Set();
    const findings = [];
    const toChar = byteToChar(source);
    for (const [index, statement] of statements.entries()) {
        const context = {
            pgVersion: options.pgVersion,
            statements,
            index,
            createdTables,
            transactional,
        };
        const start = position(statement.start);
        const end = position(statement.end);
        const ignored = new Set(options.ignoredRules);
        if (options.fixedLine === undefined) {
            for (const suppression of suppressionsAbove(fileLines, start.line)) {
                findings.push(...suppressionNotices(options.file, suppression, RULE_IDS));
                for (const rule of suppression.rules)
                    ignored.add(rule);
            }
        }
        for (const rule of byType.get(statement.type) ?? byType.get('*') ?? []) {
            for (const hit of rule.check(statement, context)) {
                const at = hit.location === undefined ? start : position(toChar(hit.location));
                const finding = {
                    file: options.file,
                    line: at.line,
                    column: at.column,
                    endLine: Math.max(end.line, at.line),
                    rule: rule.id,
                    severity: hit.severity ?? rule.severity,
                    message: hit.message,
                    hint: hit.hint,
                };
                if (!ignored.has(rule.id))
                    findings.push(finding);
                else
                    options.onSuppressed?.(finding);
            }
        }
        for (const created of createdBy(statement))
            createdTables.add(created);
    }
    if (syntaxError)
        findings.push(syntaxError);
    return findings;
}
/** Tables a statement creates (they are new and empty for the rest of the migration). */
function createdBy(statement) {
    const node = statement.node;
    // CREATE TABLE IF NOT EXISTS may name a table that exists and holds rows: not known to be new.
    if (node.if_not_exists)
        return [];
    if (statement.type === 'CreateStmt')
        return [tableKey(node.relation)];
    if (statement.type === 'CreateTableAsStmt') {
        const into = node.into;
        const rel = into && 'IntoClause' in into ? into.IntoClause?.rel : into?.rel;
        return rel ? [tableKey(rel)] : [];
    }
    return [];
}
/** 1-based line and column of character offsets in `text` (binary search over line starts). */
function lineLocator(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    };
}
/** Rules by the node type they look at (`*`: every type), in registry order. */
function engine_indexRules(rules) {
    const byType = new Map();
    const types = new Set(rules.flatMap((r) => r.nodeTypes));
    for (const type of types) {
        byType.set(type, rules.filter((r) => r.nodeTypes.includes(type) || r.nodeTypes.includes('*')));
    }
    byType.set('*', rules.filter((r) => r.nodeTypes.includes('*')));
    return byType;
}
const RULES_BY_TYPE = engine_indexRules(RULES);
/** libpg_query's `location`s are byte offsets in UTF-8; findings need character offsets. */
function byteToChar(source) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(source))
        return (b) => b;
    const bytes = Buffer.from(source, 'utf8');
    return (b) => bytes.subarray(0, b).toString('utf8').length;
}

;// CONCATENATED MODULE: ./src/core/lint/types.ts
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
/** Severity rank, highest first: error 3, warning 2, notice 1. */
function severityRank(severity) {
    return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
}

;// CONCATENATED MODULE: ./src/core/lint/files.ts











/**
 * Lints one migration: a `.sql` file by its up section (the whole file when it has no
 * `-- Up Migration` marker); a JS/TS migration through the SQL node-pg-migrate generates for
 * its `up` (built without a database), reported at the line of its `up` function.
 */
async function lintMigration(file, options) {
    await loadParser();
    if (file.kind === 'sql' && file.sql) {
        const section = file.sql.up;
        return lintSql(section.sql, {
            file: file.file,
            pgVersion: options.pgVersion,
            offset: section.offset,
            fileText: file.content,
            // A `-- db-deploy:no-transaction` file runs statement by statement.
            transactional: file.sql.forceNoTransaction ? false : undefined,
            onSuppressed: options.onSuppressed,
        });
    }
    const line = upFunctionLine(file.content);
    let generated;
    try {
        const actions = await loadModuleActions(file);
        const prepared = new Map([[file.path, { file, actions, modes: {}, statementRetries: 0 }]]);
        generated = (await renderDryRun([file], prepared, 'up'))[0];
    }
    catch (error) {
        const message = error instanceof errors/* DbDeployError */.WV ? error.message : error.message;
        return [
            syntheticFinding(file, line, 'migration-load-failed', 'error', message, 'fix the migration module so that it loads'),
        ];
    }
    if (!generated || generated.sql.startsWith('-- cannot be shown')) {
        return [
            syntheticFinding(file, line, 'not-analysable', 'notice', `the SQL of ${file.name} cannot be built without a database (${generated?.sql.replace(/^-- cannot be shown: /, '') ?? 'no up function'}), so it was not linted`, 'keep data-dependent logic out of schema migrations, or lint it by applying it in validate'),
        ];
    }
    const suppressions = moduleSuppressions(file.content);
    return [
        ...suppressions.flatMap((s) => suppressionNotices(file.file, s, RULE_IDS)),
        ...lintSql(generated.sql, {
            file: file.file,
            pgVersion: options.pgVersion,
            fixedLine: line,
            transactional: generated.transactional,
            ignoredRules: suppressions.flatMap((s) => s.rules),
            onSuppressed: options.onSuppressed,
        }),
    ];
}
/** Lints migrations, in order, and returns every finding. */
async function lintMigrations(files, options) {
    const findings = [];
    for (const file of files)
        findings.push(...(await lintMigration(file, options)));
    return findings;
}
/**
 * The migration files named on a command line: files as given, directories expanded to their
 * migration files in application order.
 */
async function collectMigrationFiles(paths, baseDir) {
    const files = [];
    for (const given of paths) {
        const path = (0,external_node_path_.resolve)(baseDir, given);
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info) {
            throw new errors/* DbDeployError */.WV('path-missing', `"${given}" does not exist`, {
                hint: 'name migration files or directories that exist (relative to the current directory)',
            });
        }
        if (info.isDirectory()) {
            files.push(...(await readMigrationFiles(path, baseDir)));
        }
        else if (isMigrationFile((0,external_node_path_.relative)((0,external_node_path_.resolve)(path, '..'), path))) {
            files.push(await readMigrationFile(path, baseDir));
        }
        else {
            throw new errors/* DbDeployError */.WV('not-a-migration', `"${given}" is not a migration file`, {
                hint: 'migration files end in .sql, .js, .cjs, .mjs, .ts, .cts or .mts',
            });
        }
    }
    return files;
}
/** Highest severity first, then file and line. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column);
}
/** 1-based line of a JS/TS migration's `up` function (1 when it cannot be found). */
function upFunctionLine(content) {
    const lines = content.split('\n');
    const index = lines.findIndex((l) => /\b(?:exports\.up|export\s+(?:async\s+)?function\s+up|export\s+const\s+up|up\s*[:=]\s*(?:async\s*)?\(?)/.test(l));
    return index >= 0 ? index + 1 : 1;
}
function syntheticFinding(file, line, rule, severity, message, hint) {
    return {
        file: file.file,
        line,
        column: 1,
        endLine: line,
        rule,
        severity,
        message: (0,errors/* oneLine */.TN)(message),
        hint,
    };
}

;// CONCATENATED MODULE: ./src/core/lint/verdict.ts

const FAIL_ON = ['error', 'warning', 'never'];
/** Whether any finding is at or above the threshold. */
function reachesFailOn(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}

;// CONCATENATED MODULE: ./src/core/report/lint.ts


const LINT_FORMATS = ['text', 'json', 'github', 'sarif'];
/** Renders findings in one of the CLI's formats. */
function formatFindings(findings, format, rules) {
    switch (format) {
        case 'text':
            return formatText(findings);
        case 'json':
            return JSON.stringify(findings, null, 2);
        case 'github':
            return findings.map(githubCommand).join('\n');
        case 'sarif':
            return JSON.stringify(sarif(findings, rules), null, 2);
        default:
            return (0,errors/* assertNever */.xb)(format);
    }
}
/** `file:line:col  severity  rule  message` plus the hint, then a count line. */
function formatText(findings) {
    const lines = findings.flatMap((f) => [
        `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message}`,
        `    hint: ${f.hint}`,
    ]);
    const count = (s) => findings.filter((f) => f.severity === s).length;
    lines.push(findings.length === 0
        ? 'no findings'
        : `${findings.length} finding(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`);
    return lines.join('\n');
}
/** A GitHub workflow command (`::error file=…,line=…::message`), escaped as the runner expects. */
function githubCommand(f) {
    const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
    const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `endLine=${f.endLine}`,
        `col=${f.column}`,
        `title=${escapeProperty(f.rule)}`,
    ].join(',');
    return `::${command} ${props}::${escapeData(`${f.message} — ${f.hint}`)}`;
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`). */
function sarif(findings, rules) {
    const level = (s) => (s === 'notice' ? 'note' : s);
    const known = new Set(findings.map((f) => f.rule));
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'db-deploy',
                        version: VERSION,
                        rules: [...known].sort().map((id) => {
                            const rule = rules.find((r) => r.id === id);
                            return {
                                id,
                                shortDescription: { text: rule?.description ?? id },
                                defaultConfiguration: {
                                    level: level(rule?.severity ?? findings.find((f) => f.rule === id)?.severity ?? 'error'),
                                },
                            };
                        }),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.rule,
                    level: level(f.severity),
                    message: { text: `${f.message}. ${f.hint}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file.split('\\').join('/') },
                                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine },
                            },
                        },
                    ],
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/lint.ts






const LINT_HELP = `Usage: db-deploy lint [files or directories...] [options]

Lints migrations with PostgreSQL's own parser: locks that block traffic, table rewrites,
data loss, changes that break running code. A directory is expanded to its migration files;
a node-pg-migrate .sql file is linted by its up section, JS/TS migrations through the SQL
they generate. Default: the directory "migrations".

Options:
  --format F        text (default), json, github (workflow annotations) or sarif
  --pg-version N    PostgreSQL major the migrations will run on (default: ${NEWEST_PG_VERSION})
  --fail-on LEVEL   exit 1 on findings at or above: error (default), warning, never
  --list-rules      print every rule with its severity and exit
  -h, --help        show this help
Silence one statement: put "-- db-deploy-ignore <rule-id>: reason" on the line above it.
Exit code: 0 when nothing reaches --fail-on, 1 otherwise, 2 on a usage error.`;
const lint_OPTIONS = {
    format: { type: 'string' },
    'pg-version': { type: 'string' },
    'fail-on': { type: 'string' },
    'list-rules': { type: 'boolean' },
};
/** `db-deploy lint`. Returns the exit code. */
async function lintCommand(argv, io) {
    const { values: v, positionals } = parseCommandArgs(argv, lint_OPTIONS, 'lint', true);
    if (v.help) {
        io.out(LINT_HELP);
        return 0;
    }
    if (v['list-rules']) {
        io.out(RULES.map((r) => `${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.description}`).join('\n'));
        return 0;
    }
    const format = choiceOption(v.format ?? 'text', LINT_FORMATS, 'format', 'lint');
    const failOn = choiceOption(v['fail-on'] ?? 'error', FAIL_ON, 'fail-on', 'lint');
    const pgVersion = integerOption(v['pg-version'], 'pg-version', 9) ?? NEWEST_PG_VERSION;
    const files = await collectMigrationFiles(positionals.length ? positionals : ['migrations'], process.cwd());
    const findings = sortFindings(await lintMigrations(files, { pgVersion }));
    const output = formatFindings(findings, format, RULES);
    if (output)
        io.out(output);
    return reachesFailOn(findings, failOn) ? 1 : 0;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/core/verify/command.ts

/** Output kept from a command, characters (the end is what explains a failure). */
const KEEP = 4000;
/**
 * Runs a shell command (seed-command, test-command) with extra environment variables, e.g.
 * DATABASE_URL of the scratch database. Never throws for a failing command.
 */
function runCommand(command, options) {
    const started = Date.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('sh', ['-c', command], {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        const keep = (chunk) => {
            const text = chunk.toString('utf8');
            options.onOutput?.(text);
            output = (output + text).slice(-KEEP);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('error', (error) => resolve({ exitCode: null, output: error.message, durationMs: Date.now() - started }));
        child.on('close', (code) => resolve({ exitCode: code, output: output.trimEnd(), durationMs: Date.now() - started }));
    });
}

;// CONCATENATED MODULE: ./src/core/db/catalog.ts
/**
 * Catalog reads shared by validate (scratch database) and its stats lookups. Read-only; each
 * takes only AccessShareLock on the catalogs it reads.
 */
/** Schemas that are PostgreSQL's own, never the user's. */
const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
/**
 * Storage identity of every user table, index and materialized view: a changed relfilenode
 * means PostgreSQL rewrote it. Run inside a migration's transaction it sees the uncommitted
 * change, so a rewrite hidden in a DO block or a function is still caught.
 */
const RELATION_FILES = `
SELECT c.oid::bigint AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind,
       c.relfilenode::bigint AS filenode, i.indrelid::bigint AS table_oid
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_index i ON i.indexrelid = c.oid
 WHERE ${USER_SCHEMA} AND c.relkind IN ('r', 'i', 'm', 'p', 'S', 'v', 'f')`;
/** Relation locks granted to the current backend (the migration's own connection). */
const OWN_RELATION_LOCKS = `
SELECT l.relation::bigint AS oid, l.mode
  FROM pg_locks l
 WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
/** Relation locks granted to another backend ($1 = its pid), sampled while it runs. */
const BACKEND_RELATION_LOCKS = `
SELECT l.relation::bigint AS oid, l.mode
  FROM pg_locks l
 WHERE l.pid = $1 AND l.locktype = 'relation' AND l.granted`;
/** The current backend's process id. */
const BACKEND_PID = 'SELECT pg_backend_pid() AS pid';
/** User tables of the database ($1 = schemas to leave out), for the scratch-database guard. */
const USER_TABLES = `
SELECT n.nspname AS schema, c.relname AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ${USER_SCHEMA} AND c.relkind IN ('r', 'p', 'm', 'v', 'f')
   AND NOT (n.nspname = ANY ($1::text[]))
 ORDER BY 1, 2`;
/** User schemas of the database (to reset a scratch database validate owns). */
const USER_SCHEMAS = `
SELECT n.nspname AS name FROM pg_namespace n WHERE ${USER_SCHEMA} ORDER BY 1`;
/** Whether a schema exists. */
const catalog_SCHEMA_EXISTS = 'SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists';
/**
 * Size and row estimate of tables by name ($1 schemas, $2 names, pairwise), from catalog
 * statistics only: pg_total_relation_size and reltuples read no rows.
 */
const TABLE_SIZES = `
SELECT n.nspname AS schema, c.relname AS name,
       pg_total_relation_size(c.oid)::bigint AS total_bytes, c.reltuples::bigint AS row_estimate
  FROM unnest($1::text[], $2::text[]) AS want(schema, name)
  JOIN pg_namespace n ON n.nspname = want.schema
  JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = want.name`;

;// CONCATENATED MODULE: ./src/core/verify/diff.ts
/**
 * A line-based unified diff (the `diff -u` format) for schema snapshots: Myers' O(ND) algorithm in
 * its linear-space form (E. W. Myers, "An O(ND) Difference Algorithm and Its Variations", 1986,
 * section 4b: find the middle snake, recurse on both halves).
 *
 * Two things keep it fast on 20,000-line schemas: lines are compared as integers (each distinct line
 * gets an id once), and lines that occur on one side only are marked changed before Myers runs —
 * they can never be part of a common subsequence, so leaving them out changes nothing but the work
 * (GNU diff does the same with its "confusing lines").
 */
/**
 * Unified diff of two texts with `context` unchanged lines around each change (default 3), headed
 * `--- before` / `+++ after` and `@@ -l,s +l,s @@` hunks; '' when the texts are equal. A missing
 * final newline is reported as `\ No newline at end of file`, like diff(1).
 */
function unifiedDiff(before, after, labels, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = diffLines(a, b);
    const hunks = renderHunks(ops, Math.max(0, Math.floor(context)));
    if (hunks.length === 0)
        return '';
    return [`--- ${labels.before}`, `+++ ${labels.after}`, ...hunks].join('\n') + '\n';
}
function splitLines(text) {
    if (text === '')
        return [];
    const parts = text.split('\n');
    const noNewline = parts[parts.length - 1] !== '';
    if (!noNewline)
        parts.pop();
    return parts.map((line, i) => ({ text: line, noNewline: noNewline && i === parts.length - 1 }));
}
/** The edit script: every line of `a` and `b` once, deletions before insertions within a change. */
function diffLines(a, b) {
    const ids = new Map();
    const idOf = (line) => {
        const key = line.noNewline ? `${line.text}\n` : line.text;
        let id = ids.get(key);
        if (id === undefined) {
            id = ids.size;
            ids.set(key, id);
        }
        return id;
    };
    const aIds = Int32Array.from(a, idOf);
    const bIds = Int32Array.from(b, idOf);
    const { removed, added } = changedLines(aIds, bIds);
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && removed[i])
            ops.push({ kind: '-', line: a[i++] });
        else if (j < b.length && added[j])
            ops.push({ kind: '+', line: b[j++] });
        else {
            ops.push({ kind: ' ', line: a[i] });
            i += 1;
            j += 1;
        }
    }
    return ops;
}
/**
 * Marks the lines of `a` that are removed and of `b` that are added. Lines found on one side only
 * are marked at once; Myers runs on the rest, and its indexes are mapped back.
 */
function changedLines(a, b) {
    const removed = new Uint8Array(a.length);
    const added = new Uint8Array(b.length);
    const inA = new Set(a);
    const inB = new Set(b);
    const aKept = keptIndexes(a, inB, removed);
    const bKept = keptIndexes(b, inA, added);
    const myers = new Myers(Int32Array.from(aKept, (i) => a[i]), Int32Array.from(bKept, (i) => b[i]));
    myers.compare(0, aKept.length, 0, bKept.length);
    myers.removed.forEach((flag, k) => {
        if (flag)
            removed[aKept[k]] = 1;
    });
    myers.added.forEach((flag, k) => {
        if (flag)
            added[bKept[k]] = 1;
    });
    return { removed, added };
}
/** Indexes of `ids` whose line occurs on the other side; the others are flagged in `changed`. */
function keptIndexes(ids, other, changed) {
    const kept = [];
    ids.forEach((id, i) => {
        if (other.has(id))
            kept.push(i);
        else
            changed[i] = 1;
    });
    return kept;
}
/** Linear-space Myers over two integer sequences, flagging removed and added positions. */
class Myers {
    a;
    b;
    removed;
    added;
    constructor(a, b) {
        this.a = a;
        this.b = b;
        this.removed = new Uint8Array(a.length);
        this.added = new Uint8Array(b.length);
    }
    /** Diffs a[a0, a1) against b[b0, b1): trims equal ends, then splits at the middle snake. */
    compare(a0, a1, b0, b1) {
        while (a0 < a1 && b0 < b1 && this.a[a0] === this.b[b0]) {
            a0 += 1;
            b0 += 1;
        }
        while (a0 < a1 && b0 < b1 && this.a[a1 - 1] === this.b[b1 - 1]) {
            a1 -= 1;
            b1 -= 1;
        }
        if (a0 === a1 || b0 === b1) {
            this.added.fill(1, b0, b1);
            this.removed.fill(1, a0, a1);
            return;
        }
        const split = this.middle(a0, a1, b0, b1);
        const progress = split !== undefined &&
            !(split[0] === a0 && split[1] === b0) &&
            !(split[0] === a1 && split[1] === b1);
        if (!progress) {
            // No common line left in the box (or, defensively, a split that would not shrink it).
            this.removed.fill(1, a0, a1);
            this.added.fill(1, b0, b1);
            return;
        }
        this.compare(a0, split[0], b0, split[1]);
        this.compare(split[0], a1, split[1], b1);
    }
    /**
     * A point on an optimal edit path through the box, found where the forward search from
     * (a0, b0) and the backward search from (a1, b1) first overlap; undefined when they never do.
     * v[offset + k] holds the furthest x reached on diagonal k = x - y (counted from the far corner
     * for the backward search); -1 marks a diagonal not reached yet. Paths that leave the box shrink
     * the diagonal range (fStart/fEnd, bStart/bEnd), which keeps each step within the box. Gives up
     * on optimality past TOO_EXPENSIVE steps.
     */
    middle(a0, a1, b0, b1) {
        const n = a1 - a0;
        const m = b1 - b0;
        const maxD = Math.ceil((n + m) / 2);
        const offset = maxD;
        const forward = new Int32Array(2 * maxD + 2).fill(-1);
        const backward = new Int32Array(2 * maxD + 2).fill(-1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        const delta = n - m;
        const odd = (delta & 1) !== 0;
        const range = { fStart: 0, fEnd: 0, bStart: 0, bEnd: 0 };
        const { a, b } = this;
        for (let d = 0; d < maxD; d += 1) {
            for (let k = -d + range.fStart; k <= d - range.fEnd; k += 2) {
                let end = step(forward, offset + k, k, d);
                let y = end - k;
                while (end < n && y < m && a[a0 + end] === b[b0 + y]) {
                    end += 1;
                    y += 1;
                }
                forward[offset + k] = end;
                if (end > n)
                    range.fEnd += 2;
                else if (y > m)
                    range.fStart += 2;
                else if (odd) {
                    const other = backward[offset + delta - k] ?? -1;
                    if (other !== -1 && end >= n - other)
                        return [a0 + end, b0 + y];
                }
            }
            for (let k = -d + range.bStart; k <= d - range.bEnd; k += 2) {
                let end = step(backward, offset + k, k, d);
                let y = end - k;
                while (end < n && y < m && a[a1 - 1 - end] === b[b1 - 1 - y]) {
                    end += 1;
                    y += 1;
                }
                backward[offset + k] = end;
                if (end > n)
                    range.bEnd += 2;
                else if (y > m)
                    range.bStart += 2;
                else if (!odd) {
                    const fx = forward[offset + delta - k] ?? -1;
                    if (fx !== -1 && fx >= n - end)
                        return [a0 + fx, b0 + fx - (delta - k)];
                }
            }
            if (d >= TOO_EXPENSIVE)
                return furthest(forward, offset, d, range.fStart, range.fEnd, a0, b0);
        }
        return undefined;
    }
}
/**
 * Edit distance (per box) past which the search stops looking for the optimal split and takes the
 * furthest point the forward search reached instead: the diff stays correct, possibly not minimal,
 * and the worst case (e.g. 20,000 lines reordered in blocks) stays within a second or two instead of
 * growing with N·D. GNU diff bounds its search the same way (its "too_expensive" heuristic).
 */
const TOO_EXPENSIVE = 2048;
/** The forward-search point with the most progress (largest x + y) at step d, in absolute indexes. */
function furthest(v, offset, d, kStart, kEnd, a0, b0) {
    let best = [a0, b0];
    for (let k = -d + kStart; k <= d - kEnd; k += 2) {
        const x = v[offset + k] ?? -1;
        if (x >= 0 && 2 * x - k > best[0] - a0 + (best[1] - b0))
            best = [a0 + x, b0 + x - k];
    }
    return best;
}
/** Where diagonal k starts at step d: one down from k + 1 (an insertion) or one right from k - 1 (a deletion). */
function step(v, index, k, d) {
    const left = v[index - 1] ?? -1;
    const right = v[index + 1] ?? -1;
    return k === -d || (k !== d && left < right) ? right : left + 1;
}
/** Groups the edit script into hunks, each with `context` lines around its changes. */
function renderHunks(ops, context) {
    const hunks = [];
    const changes = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
    let start = 0;
    while (start < changes.length) {
        let end = start;
        while (end + 1 < changes.length && changes[end + 1] - changes[end] <= 2 * context + 1)
            end += 1;
        const from = Math.max(0, changes[start] - context);
        const to = Math.min(ops.length, changes[end] + context + 1);
        hunks.push(renderHunk(ops, from, to));
        start = end + 1;
    }
    return hunks;
}
function renderHunk(ops, from, to) {
    let oldBefore = 0;
    let newBefore = 0;
    for (let i = 0; i < from; i += 1) {
        if (ops[i].kind !== '+')
            oldBefore += 1;
        if (ops[i].kind !== '-')
            newBefore += 1;
    }
    const body = [];
    let oldCount = 0;
    let newCount = 0;
    for (const op of ops.slice(from, to)) {
        if (op.kind !== '+')
            oldCount += 1;
        if (op.kind !== '-')
            newCount += 1;
        body.push(`${op.kind}${op.line.text}`);
        if (op.line.noNewline)
            body.push('\\ No newline at end of file');
    }
    return [`@@ -${range(oldBefore, oldCount)} +${range(newBefore, newCount)} @@`, ...body].join('\n');
}
/** `start,count` as diff(1) prints it: `start` alone for one line, the preceding line for none. */
function range(before, count) {
    if (count === 0)
        return `${before},0`;
    if (count === 1)
        return `${before + 1}`;
    return `${before + 1},${count}`;
}

;// CONCATENATED MODULE: ./src/core/verify/observe.ts

async function readRelationFiles(client) {
    const { rows } = await client.query(RELATION_FILES);
    return new Map(rows.map((r) => [
        r.oid,
        { name: `${r.schema}.${r.name}`, kind: r.kind, filenode: r.filenode, tableOid: r.table_oid },
    ]));
}
async function readOwnLocks(client) {
    return toSample((await client.query(OWN_RELATION_LOCKS)).rows);
}
function toSample(rows, into = new Map()) {
    for (const { oid, mode } of rows) {
        const modes = into.get(oid) ?? new Set();
        modes.add(mode);
        into.set(oid, modes);
    }
    return into;
}
/**
 * Polls another backend's relation locks until stopped (for migrations that run outside a
 * transaction, whose locks are released statement by statement). Short locks can be missed.
 */
function sampleLocks(client, pid, everyMs = 0) {
    const sample = new Map();
    let running = true;
    const loop = (async () => {
        while (running) {
            const { rows } = await client.query(BACKEND_RELATION_LOCKS, [
                pid,
            ]);
            toSample(rows, sample);
            if (everyMs > 0)
                await new Promise((r) => setTimeout(r, everyMs));
        }
    })();
    return {
        async stop() {
            running = false;
            await loop.catch(() => undefined);
            return sample;
        },
    };
}
/** PostgreSQL's table lock modes, weakest first (docs: "Table-Level Lock Modes"). */
const observe_LOCK_MODES = [
    'AccessShareLock',
    'RowShareLock',
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
];
const rank = (mode) => observe_LOCK_MODES.indexOf(mode);
/**
 * The strongest lock held on each relation that existed before the migration (relations it
 * created cannot block anyone), leaving out indexes and the given bookkeeping tables.
 */
function locksOnExisting(sample, before, ignore) {
    const locks = [];
    for (const [oid, modes] of sample) {
        const relation = before.get(oid);
        if (!relation || relation.kind === 'i' || ignore.has(relation.name))
            continue;
        const mode = [...modes].sort((a, b) => rank(b) - rank(a))[0];
        if (mode)
            locks.push({ relation: relation.name, mode });
    }
    return locks.sort((a, b) => rank(b.mode) - rank(a.mode) || a.relation.localeCompare(b.relation));
}
/**
 * Relations that existed before and whose storage changed (PostgreSQL rewrote them). An index
 * is listed only when its table was not rewritten (a table rewrite rebuilds its indexes).
 */
function rewrittenRelations(before, after) {
    const changed = new Set();
    for (const [oid, old] of before) {
        const now = after.get(oid);
        if (now && old.filenode !== '0' && now.filenode !== old.filenode)
            changed.add(oid);
    }
    return [...changed]
        .filter((oid) => {
        const tableOid = before.get(oid)?.tableOid;
        return !tableOid || !changed.has(tableOid);
    })
        .map((oid) => before.get(oid).name)
        .sort();
}

;// CONCATENATED MODULE: ./src/core/verify/documented-locks.ts





/**
 * The locks PostgreSQL documents for statements that run outside a transaction, where sampling
 * from another connection can miss a short one: CREATE INDEX / REINDEX CONCURRENTLY and VACUUM
 * take SHARE UPDATE EXCLUSIVE on their table (docs: "Explicit Locking", Table 13.2), which
 * blocks other DDL and VACUUM but not reads or writes.
 */
async function documentedLocks(file) {
    const parsed = parseSql(await upSql(file));
    if (!parsed.ok)
        return [];
    return parsed.statements.flatMap((statement) => nonTransactionalReason(statement) ? locksOf(statement) : []);
}
/** The SQL of a migration's up: the `.sql` section, or what a JS/TS migration generates. */
async function upSql(file) {
    if (file.sql)
        return file.sql.up.sql;
    try {
        const actions = await loadModuleActions(file);
        const prepared = new Map([[file.path, { file, actions, modes: {}, statementRetries: 0 }]]);
        return (await renderDryRun([file], prepared, 'up'))[0]?.sql ?? '';
    }
    catch {
        return '';
    }
}
function locksOf(statement) {
    const mode = 'ShareUpdateExclusiveLock';
    const node = statement.node;
    switch (statement.type) {
        case 'IndexStmt':
            return [{ relation: tableKey(node.relation), mode }];
        case 'ReindexStmt':
            return node.kind === 'REINDEX_OBJECT_TABLE'
                ? [{ relation: tableKey(node.relation), mode }]
                : [];
        case 'VacuumStmt':
            return list(node.rels).flatMap((rel) => {
                const relation = nodeOf(rel, 'VacuumRelation')?.relation;
                return relation ? [{ relation: tableKey(relation), mode }] : [];
            });
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/core/verify/cycle.ts






/**
 * up (observing the locks its own backend holds before commit and the relations it
 * rewrites) → test-command → down → compare the schema with the one before up → up again.
 */
async function cycleMigration(file, ctx) {
    const result = {
        status: 'failed',
        durationMs: 0,
        locks: [],
        rewrites: [],
        reversible: undefined,
        locksSampled: false,
    };
    const before = await ctx.snapshot();
    const filesBefore = await readRelationFiles(ctx.client);
    const observed = await observedUp(ctx, filesBefore, file);
    if ('error' in observed) {
        result.error = `up failed: ${observed.error}`;
        return result;
    }
    Object.assign(result, observed);
    if (ctx.testCommand) {
        ctx.logger.info(`running test-command after ${file.name}`);
        const run = await runCommand(ctx.testCommand, {
            cwd: ctx.cwd,
            env: ctx.env,
            onOutput: (t) => ctx.logger.debug(t.trimEnd()),
        });
        result.test = { passed: run.exitCode === 0, ...run };
    }
    try {
        await ctx.migrate({ direction: 'down', count: 1 });
    }
    catch (error) {
        result.reversible = false;
        result.reversibleDetail = `down failed: ${(0,errors/* describeError */.Uc)(error)}`;
        result.status = 'applied';
        return result;
    }
    const diff = unifiedDiff(before, await ctx.snapshot(), {
        before: `schema before ${file.name} (up)`,
        after: `schema after ${file.name} (down)`,
    });
    result.reversible = diff === '';
    if (diff)
        result.reversibleDetail = diff;
    try {
        await ctx.migrate({ direction: 'up', count: 1 });
        result.status = 'applied';
    }
    catch (error) {
        result.error = `up after down failed (the down migration left something behind): ${(0,errors/* describeError */.Uc)(error)}`;
    }
    return result;
}
/** Applies the next migration while watching its connection. */
async function observedUp(ctx, filesBefore, file) {
    let sampler;
    let atCommit;
    const hooks = {
        connected: async (client) => {
            const pid = (await client.query(BACKEND_PID)).rows[0]?.pid;
            if (pid)
                sampler = sampleLocks(ctx.client, pid);
        },
        beforeCommit: async (client) => {
            atCommit = { locks: await readOwnLocks(client), files: await readRelationFiles(client) };
        },
    };
    let run;
    try {
        run = await ctx.migrate({ direction: 'up', count: 1, hooks });
    }
    catch (error) {
        await sampler?.stop();
        return { error: (0,errors/* describeError */.Uc)(error) };
    }
    const sampled = (await sampler?.stop()) ?? new Map();
    const filesAfter = atCommit?.files ?? (await readRelationFiles(ctx.client));
    return {
        durationMs: run.applied[0]?.durationMs ?? 0,
        locks: atCommit
            ? locksOnExisting(atCommit.locks, filesBefore, ctx.ignoreTables)
            : await withDocumented(locksOnExisting(sampled, filesBefore, ctx.ignoreTables), file, filesBefore),
        rewrites: rewrittenRelations(filesBefore, filesAfter),
        locksSampled: atCommit === undefined,
    };
}
/** Sampled locks plus the documented ones of its statements that sampling may have missed. */
async function withDocumented(sampled, file, before) {
    const existing = new Set([...before.values()].map((r) => r.name));
    const locks = [...sampled];
    for (const lock of await documentedLocks(file)) {
        if (existing.has(lock.relation) && !locks.some((l) => l.relation === lock.relation))
            locks.push(lock);
    }
    return locks;
}

;// CONCATENATED MODULE: ./src/core/verify/required.ts

/**
 * Checks that each required table, index and foreign key exists in `model`; one SchemaCheck per
 * name, in input order, named as given.
 *
 * Names follow SQL: an unqualified name is in schema `public`; unquoted parts fold to lower case,
 * `"Quoted"` parts keep their case. Accepted forms:
 * - tables: `orders`, `sales.orders` — a table of any kind (plain, partitioned, unlogged); views do
 *   not count.
 * - indexes: `orders_status_idx`, `sales.orders_status_idx` — an INVALID index (a failed
 *   CREATE INDEX CONCURRENTLY) does not count.
 * - foreign keys: a constraint name, `orders_customer_id_fkey` (on any table of `public`) or
 *   `sales.orders_customer_id_fkey` (on any table of `sales`); or the columns,
 *   `orders(customer_id)->customers(id)`, `sales.lines(order_id, sku)->sales.orders(id, sku)`: a
 *   foreign key on exactly those columns in that order, referencing that table, and those columns
 *   when a list is given (`orders(customer_id)->customers` accepts any). A NOT VALID foreign key
 *   counts: it exists and is enforced for new rows.
 *
 * @throws DbDeployError (`bad-input`) for a name that fits none of these forms.
 */
function checkRequired(model, required) {
    return [
        ...required.tables.map((name) => check('table', name, hasTable(model, name))),
        ...required.indexes.map((name) => check('index', name, hasIndex(model, name))),
        ...required.foreignKeys.map((name) => check('foreign-key', name, hasForeignKey(model, name))),
    ];
}
function check(kind, name, passed) {
    return { kind, name: name.trim(), passed };
}
function hasTable(model, text) {
    const [schema, name] = schemaAndName(parseWhole(text, 'required-tables'), text, 'required-tables');
    return model.tables.some((t) => t.schema === schema && t.name === name);
}
function hasIndex(model, text) {
    const [schema, name] = schemaAndName(parseWhole(text, 'required-indexes'), text, 'required-indexes');
    return [...model.tables, ...model.views].some((r) => r.schema === schema && r.indexes.some((i) => i.name === name && i.valid));
}
function hasForeignKey(model, text) {
    const wanted = parseForeignKey(text);
    return model.tables.some((t) => t.schema === wanted.schema && matchesOn(t, wanted));
}
/** Whether table `t` (already in the wanted schema) has a foreign key as wanted. */
function matchesOn(t, wanted) {
    return t.constraints.some((c) => {
        const fk = c.foreignKey;
        if (c.type !== 'foreign key' || !fk)
            return false;
        if (wanted.by === 'name')
            return c.name === wanted.name;
        return (t.name === wanted.table &&
            sameList(fk.columns, wanted.columns) &&
            fk.referencedSchema === wanted.referencedSchema &&
            fk.referencedTable === wanted.referencedTable &&
            (wanted.referencedColumns === undefined ||
                sameList(fk.referencedColumns, wanted.referencedColumns)));
    });
}
const sameList = (a, b) => a.length === b.length && a.every((item, i) => item === b[i]);
const FOREIGN_KEY_FORMS = 'a constraint name or table(column)->table(column)';
/** Parses a required-foreign-keys entry in either form. */
function parseForeignKey(text) {
    const input = 'required-foreign-keys';
    const cursor = new Cursor(text, input, FOREIGN_KEY_FORMS);
    const first = cursor.qualifiedName();
    if (cursor.done()) {
        const [schema, name] = schemaAndName(first, text, input, FOREIGN_KEY_FORMS);
        return { by: 'name', schema, name };
    }
    const columns = cursor.columnList();
    if (!columns)
        cursor.fail();
    cursor.expect('->');
    const target = cursor.qualifiedName();
    const referencedColumns = cursor.columnList();
    if (!cursor.done())
        cursor.fail();
    const [schema, table] = schemaAndName(first, text, input, FOREIGN_KEY_FORMS);
    const [referencedSchema, referencedTable] = schemaAndName(target, text, input, FOREIGN_KEY_FORMS);
    return {
        by: 'columns',
        schema,
        table,
        columns,
        referencedSchema,
        referencedTable,
        referencedColumns,
    };
}
/** The parts of a dotted name that must make up the whole entry. */
function parseWhole(text, input) {
    const cursor = new Cursor(text, input, 'name or schema.name');
    const parts = cursor.qualifiedName();
    if (!cursor.done())
        cursor.fail();
    return parts;
}
/** `[schema, name]` from one or two parts; one part means schema `public`. */
function schemaAndName(parts, text, input, forms = 'name or schema.name') {
    if (parts.length === 1)
        return ['public', parts[0]];
    if (parts.length === 2)
        return [parts[0], parts[1]];
    throw badName(text, input, forms);
}
function badName(text, input, forms) {
    return new errors/* DbDeployError */.WV('bad-input', `input ${input}: "${text.trim()}" is not ${forms}`, {
        hint: `write ${forms}; quote names with capitals or spaces ("Name")`,
    });
}
/** A left-to-right reader of SQL identifiers, dotted names and column lists. */
class Cursor {
    text;
    input;
    forms;
    pos = 0;
    constructor(text, input, forms) {
        this.text = text;
        this.input = input;
        this.forms = forms;
    }
    fail() {
        throw badName(this.text, this.input, this.forms);
    }
    done() {
        this.skipSpace();
        return this.pos >= this.text.length;
    }
    /** `ident(.ident)*`. */
    qualifiedName() {
        const parts = [this.identifier()];
        while (this.peek() === '.') {
            this.pos += 1;
            parts.push(this.identifier());
        }
        return parts;
    }
    /** `(ident, …)` when the next character opens one; undefined otherwise. */
    columnList() {
        if (this.peek() !== '(')
            return undefined;
        this.pos += 1;
        const columns = [this.identifier()];
        while (this.peek() === ',') {
            this.pos += 1;
            columns.push(this.identifier());
        }
        this.expect(')');
        return columns;
    }
    expect(token) {
        this.skipSpace();
        if (!this.text.startsWith(token, this.pos))
            this.fail();
        this.pos += token.length;
    }
    /** A `"quoted"` identifier as written (`""` is a quote) or a bare one folded to lower case. */
    identifier() {
        this.skipSpace();
        if (this.text[this.pos] === '"')
            return this.quoted();
        const match = /^[\p{L}_][\p{L}\p{N}_$]*/u.exec(this.text.slice(this.pos));
        if (!match)
            this.fail();
        this.pos += match[0].length;
        return match[0].toLowerCase();
    }
    quoted() {
        let value = '';
        let i = this.pos + 1;
        for (;;) {
            const quote = this.text.indexOf('"', i);
            if (quote < 0)
                this.fail();
            value += this.text.slice(i, quote);
            if (this.text[quote + 1] !== '"') {
                this.pos = quote + 1;
                if (value === '')
                    this.fail();
                return value;
            }
            value += '"';
            i = quote + 2;
        }
    }
    peek() {
        this.skipSpace();
        return this.text[this.pos];
    }
    skipSpace() {
        while (this.pos < this.text.length && /\s/.test(this.text[this.pos]))
            this.pos += 1;
    }
}

;// CONCATENATED MODULE: ./src/core/verify/scratch.ts



/** The schema validate creates to mark a database as its own scratch database. */
const SCRATCH_SCHEMA = 'db_deploy_scratch';
/**
 * Makes sure the database is a disposable one validate may change: an empty database is
 * claimed (a marker schema is created), one validate claimed before is emptied, anything
 * else — a database holding tables validate did not create — is refused, so validate can never
 * be pointed at production by mistake.
 */
async function claimScratchDatabase(client, display, logger) {
    const claimed = (await client.query(catalog_SCHEMA_EXISTS, [SCRATCH_SCHEMA])).rows[0]
        ?.exists;
    if (claimed) {
        logger.info(`emptying the scratch database ${display} (validate created it on an earlier run)`);
        const { rows } = await client.query(USER_SCHEMAS);
        for (const { name } of rows) {
            if (name !== SCRATCH_SCHEMA)
                await client.query(`DROP SCHEMA ${quoteIdent(name)} CASCADE`);
        }
        await client.query('CREATE SCHEMA IF NOT EXISTS public');
        return;
    }
    const { rows } = await client.query(USER_TABLES, [[]]);
    if (rows.length > 0) {
        const names = rows.slice(0, 3).map((r) => `${r.schema}.${r.name}`);
        throw new errors/* DbDeployError */.WV('not-a-scratch-database', `database-url points at a database that already holds ${rows.length} table(s) validate did not create (${names.join(', ')}${rows.length > 3 ? ', …' : ''})`, {
            where: display,
            hint: 'validate changes and empties the database it is given: point database-url at an empty, disposable database (e.g. a service container), never at a real one',
        });
    }
    await client.query(`CREATE SCHEMA ${quoteIdent(SCRATCH_SCHEMA)}`);
    await client.query(`COMMENT ON SCHEMA ${quoteIdent(SCRATCH_SCHEMA)} IS 'db-deploy validate: this database is a disposable scratch database'`);
}

;// CONCATENATED MODULE: ./src/core/verify/queries.ts
/**
 * Catalog reads of the schema snapshot (see snapshot.ts). Every statement is a read-only SELECT on
 * the system catalogs: it takes ACCESS SHARE on the catalogs it reads and no lock on user
 * relations (the pg_get_*def functions read the catalogs, not the relations), so a snapshot does
 * not queue behind a migration's ACCESS EXCLUSIVE lock.
 *
 * Every statement takes `$1::text[]`: schemas to leave out on top of the system ones. Names are
 * returned raw (unquoted; arrays as text[], which node-postgres parses, unlike name[]); the renderer quotes them. Run them with `search_path = pg_catalog`
 * (SET_SEARCH_PATH) so that pg_get_*def and format_type qualify every user object the same way
 * whatever the caller's search_path is.
 */
/**
 * A user schema: not pg_catalog, information_schema, pg_toast*, pg_temp_* (PostgreSQL reserves the
 * `pg_` prefix for system schemas) and not one the caller excludes.
 */
const userSchema = (alias) => `${alias}.nspname !~ '^pg_' AND ${alias}.nspname <> 'information_schema' AND ${alias}.nspname <> ALL ($1::text[])`;
/** Leaves out objects an extension created (pg_depend deptype 'e'): they belong to the extension, listed by name. */
const notFromExtension = (catalog, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = '${catalog}'::regclass AND ext.objid = ${oid} AND ext.deptype = 'e')`;
/** The session's search_path, to restore after the snapshot. Takes no lock. */
const CURRENT_SEARCH_PATH = "SELECT current_setting('search_path') AS search_path";
/** Sets the session's search_path (`$1`); set_config accepts a bind parameter where SET does not. Takes no lock. */
const SET_SEARCH_PATH = "SELECT set_config('search_path', $1, false) AS search_path";
/** User schemas. No lock on user relations. */
const SELECT_SCHEMAS = `
SELECT n.nspname AS name
  FROM pg_namespace n
 WHERE ${userSchema('n')}
 ORDER BY 1`;
/** Installed extensions and their schema (not their version: it differs between servers). No lock on user relations. */
const SELECT_EXTENSIONS = `
SELECT e.extname AS name, n.nspname AS schema
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE ${userSchema('n')}
 ORDER BY 1`;
/**
 * Tables (ordinary, partitioned), views and materialized views with their partitioning, parents,
 * row security, comment and view body. No lock on user relations.
 */
const SELECT_RELATIONS = `
SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind,
       c.relpersistence AS persistence,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       c.relispartition AS is_partition,
       ARRAY(SELECT pn.nspname::text FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
               JOIN pg_namespace pn ON pn.oid = p.relnamespace
              WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parent_schemas,
       ARRAY(SELECT p.relname::text FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
              WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parent_names,
       c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
       obj_description(c.oid, 'pg_class') AS comment,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS view_definition
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'v', 'm') AND ${userSchema('n')}
   AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2`;
/**
 * Live columns of tables, views and materialized views in their logical order (attnum; dropped
 * columns are skipped, so their gaps never show), with the parameters of an identity column's
 * sequence. No lock on user relations.
 */
const SELECT_COLUMNS = `
SELECT n.nspname AS schema, c.relname AS relation, a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
       pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity AS identity, a.attgenerated AS generated,
       (SELECT format('start %s increment %s min %s max %s cache %s %s', s.seqstart, s.seqincrement,
                      s.seqmin, s.seqmax, s.seqcache, CASE WHEN s.seqcycle THEN 'cycle' ELSE 'no cycle' END)
          FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid
         WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
           AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i') AS identity_options,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END AS collation,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN cn.nspname END AS collation_schema,
       col_description(c.oid, a.attnum) AS comment
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
 WHERE c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
   AND ${userSchema('n')} AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, a.attnum`;
/**
 * Table constraints with their definition (NOT VALID included) and, for foreign keys, the columns
 * on both sides in key order. PostgreSQL 18's NOT NULL rows (contype 'n') are left out unless NOT
 * VALID or NO INHERIT: the column line already says NOT NULL. Constraint triggers (contype 't') are
 * listed as triggers. No lock on user relations.
 */
const SELECT_CONSTRAINTS = `
SELECT n.nspname AS schema, c.relname AS relation, con.conname AS name, con.contype AS type,
       pg_get_constraintdef(con.oid) AS definition, con.convalidated AS valid,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS columns,
       fn.nspname AS referenced_schema, f.relname AS referenced_relation,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS referenced_columns
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class f ON f.oid = con.confrelid
  LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
 WHERE con.contype <> 't'
   AND (con.contype <> 'n' OR NOT con.convalidated OR con.connoinherit)
   AND ${userSchema('n')} AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, 3`;
/** Indexes of tables and materialized views, with validity and the constraint they back. No lock on user relations. */
const SELECT_INDEXES = `
SELECT n.nspname AS schema, c.relname AS relation, ic.relname AS name,
       pg_get_indexdef(i.indexrelid) AS definition, i.indisvalid AS valid,
       (SELECT con.conname FROM pg_constraint con
         WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
           AND con.contype IN ('p', 'u', 'x') LIMIT 1) AS constraint_name
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'm') AND ${userSchema('n')}
   AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, 3`;
/** User triggers (not the internal ones behind foreign keys), with their enabled state. No lock on user relations. */
const SELECT_TRIGGERS = `
SELECT n.nspname AS schema, c.relname AS relation, t.tgname AS name,
       pg_get_triggerdef(t.oid) AS definition, t.tgenabled AS enabled
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal AND ${userSchema('n')}
   AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, 3`;
/** Row-level security policies; roles sorted by name, 0 meaning PUBLIC. No lock on user relations. */
const SELECT_POLICIES = `
SELECT n.nspname AS schema, c.relname AS relation, p.polname AS name, p.polcmd AS command,
       p.polpermissive AS permissive,
       ARRAY(SELECT CASE WHEN r.role = 0 THEN 'public' ELSE pg_get_userbyid(r.role)::text END
               FROM unnest(p.polroles) AS r(role) ORDER BY 1) AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS using_expr,
       pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr
  FROM pg_policy p
  JOIN pg_class c ON c.oid = p.polrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ${userSchema('n')}
 ORDER BY 1, 2, 3`;
/**
 * Sequences with their parameters (never the current value) and the column that owns them
 * (pg_depend 'a': serial or OWNED BY). Identity sequences (pg_depend 'i') are left out: the column
 * line says `generated … as identity`. No lock on user relations.
 */
const SELECT_SEQUENCES = `
SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS type,
       s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min,
       s.seqmax::text AS max, s.seqcache::text AS cache, s.seqcycle AS cycle,
       c.relpersistence AS persistence,
       on_.nspname AS owner_schema, oc.relname AS owner_relation, oa.attname AS owner_column
  FROM pg_sequence s
  JOIN pg_class c ON c.oid = s.seqrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
        AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype = 'a'
  LEFT JOIN pg_class oc ON oc.oid = d.refobjid
  LEFT JOIN pg_namespace on_ ON on_.oid = oc.relnamespace
  LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
 WHERE ${userSchema('n')} AND ${notFromExtension('pg_class', 'c.oid')}
   AND NOT EXISTS (SELECT 1 FROM pg_depend idn WHERE idn.classid = 'pg_class'::regclass
                     AND idn.objid = c.oid AND idn.deptype = 'i')
 ORDER BY 1, 2`;
/**
 * Functions, procedures and window functions with their identity arguments and full definition.
 * Aggregates are left out (pg_get_functiondef rejects them). No lock on user relations.
 */
const SELECT_FUNCTIONS = `
SELECT n.nspname AS schema, p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS arguments, p.prokind AS kind,
       pg_get_functiondef(p.oid) AS definition
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE p.prokind IN ('f', 'p', 'w') AND ${userSchema('n')}
   AND ${notFromExtension('pg_proc', 'p.oid')}
 ORDER BY 1, 2, 3`;
/** Enum types and their labels in sort order. No lock on user relations. */
const SELECT_ENUMS = `
SELECT n.nspname AS schema, t.typname AS name,
       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
              ORDER BY e.enumsortorder) AS labels
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE t.typtype = 'e' AND ${userSchema('n')} AND ${notFromExtension('pg_type', 't.oid')}
 ORDER BY 1, 2`;
/** Domains: base type, NOT NULL, default, collation and their constraints by name. No lock on user relations. */
const SELECT_DOMAINS = `
SELECT n.nspname AS schema, t.typname AS name,
       format_type(t.typbasetype, t.typtypmod) AS base_type, t.typnotnull AS not_null,
       t.typdefault AS default_expr,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN co.collname END AS collation,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN cn.nspname END AS collation_schema,
       ARRAY(SELECT con.conname::text FROM pg_constraint con
              WHERE con.contypid = t.oid AND con.contype <> 'n' ORDER BY con.conname) AS constraint_names,
       ARRAY(SELECT pg_get_constraintdef(con.oid) FROM pg_constraint con
              WHERE con.contypid = t.oid AND con.contype <> 'n' ORDER BY con.conname) AS constraint_definitions
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_type bt ON bt.oid = t.typbasetype
  LEFT JOIN pg_collation co ON co.oid = t.typcollation
  LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
 WHERE t.typtype = 'd' AND ${userSchema('n')} AND ${notFromExtension('pg_type', 't.oid')}
 ORDER BY 1, 2`;
/**
 * Attributes of stand-alone composite types (CREATE TYPE … AS; not the row types of tables) in
 * their logical order. No lock on user relations.
 */
const SELECT_COMPOSITE_ATTRIBUTES = `
SELECT n.nspname AS schema, t.typname AS name, a.attname AS attribute,
       format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN co.collname END AS collation,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN cn.nspname END AS collation_schema
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_type at ON at.oid = a.atttypid
  LEFT JOIN pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
 WHERE t.typtype = 'c' AND ${userSchema('n')} AND ${notFromExtension('pg_type', 't.oid')}
 ORDER BY 1, 2, a.attnum`;

;// CONCATENATED MODULE: ./src/core/verify/snapshot.ts



/**
 * Reads every user schema into a SchemaModel. Runs read-only catalog SELECTs with the session's
 * search_path set to `pg_catalog` (restored afterwards) so that deparsed definitions qualify every
 * user object the same way whatever the caller's search_path. Takes no lock on user relations.
 */
async function readSchema(client, options = {}) {
    const saved = await client.query(CURRENT_SEARCH_PATH);
    await client.query(SET_SEARCH_PATH, ['pg_catalog']);
    try {
        return await readCatalog(client, options);
    }
    finally {
        // Fails only when the connection or its transaction is already broken; the read's own error
        // is the one worth reporting then.
        await client
            .query(SET_SEARCH_PATH, [saved.rows[0]?.search_path ?? ''])
            .catch(() => undefined);
    }
}
async function readCatalog(client, options) {
    const params = [options.exclude?.schemas ?? []];
    const read = async (text) => (await client.query(text, params)).rows;
    const schemas = await read(SELECT_SCHEMAS);
    const extensions = await read(SELECT_EXTENSIONS);
    const relations = await read(SELECT_RELATIONS);
    const parts = {
        columns: await read(SELECT_COLUMNS),
        constraints: await read(SELECT_CONSTRAINTS),
        indexes: await read(SELECT_INDEXES),
        triggers: await read(SELECT_TRIGGERS),
        policies: await read(SELECT_POLICIES),
    };
    const sequences = await read(SELECT_SEQUENCES);
    const functions = await read(SELECT_FUNCTIONS);
    const types = [
        ...(await read(SELECT_ENUMS)).map(enumType),
        ...(await read(SELECT_DOMAINS)).map(domainType),
        ...compositeTypes(await read(SELECT_COMPOSITE_ATTRIBUTES)),
    ];
    const excluded = new Set(options.exclude?.tables ?? []);
    const keep = (row) => !excluded.has(`${str(row.schema)}.${str(row.name)}`);
    const grouped = groupRelationRows(parts);
    const kept = relations.filter(keep);
    return {
        schemas: schemas.map((row) => str(row.name)),
        extensions: extensions.map((row) => ({ name: str(row.name), schema: str(row.schema) })),
        tables: kept.filter((row) => isTableKind(row.kind)).map((row) => snapshot_table(row, grouped)),
        views: kept.filter((row) => !isTableKind(row.kind)).map((row) => view(row, grouped)),
        sequences: sequences
            .filter((row) => keep(row) && !excluded.has(`${str(row.owner_schema)}.${str(row.owner_relation)}`))
            .map(sequence),
        functions: functions.map(fn),
        types,
    };
}
/** Groups each part's rows by `schema.relation` (the queries already order them). */
function groupRelationRows(parts) {
    const group = (rows) => {
        const map = new Map();
        for (const row of rows) {
            const key = relationKey(str(row.schema), str(row.relation));
            const list = map.get(key);
            if (list)
                list.push(row);
            else
                map.set(key, [row]);
        }
        return map;
    };
    return {
        columns: group(parts.columns),
        constraints: group(parts.constraints),
        indexes: group(parts.indexes),
        triggers: group(parts.triggers),
        policies: group(parts.policies),
    };
}
const relationKey = (schema, name) => `${schema}\u0000${name}`;
const isTableKind = (kind) => kind === 'r' || kind === 'p';
function str(value) {
    return typeof value === 'string' ? value : value == null ? '' : String(value);
}
function optional(value) {
    return value == null ? undefined : str(value);
}
/** A text[] column (the queries cast name[] to text[]: node-postgres parses only the latter). */
function strings(value) {
    return Array.isArray(value) ? value.map(str) : [];
}
function relationParts(row, grouped) {
    const key = relationKey(str(row.schema), str(row.name));
    return {
        schema: str(row.schema),
        name: str(row.name),
        columns: (grouped.columns.get(key) ?? []).map(column),
        indexes: (grouped.indexes.get(key) ?? []).map(index),
        triggers: (grouped.triggers.get(key) ?? []).map(trigger),
        comment: optional(row.comment),
    };
}
function snapshot_table(row, grouped) {
    const key = relationKey(str(row.schema), str(row.name));
    const parents = strings(row.parent_names).map((name, i) => displayName(strings(row.parent_schemas)[i] ?? '', name));
    const isPartition = row.is_partition === true;
    return {
        ...relationParts(row, grouped),
        kind: row.kind === 'p' ? 'partitioned' : row.persistence === 'u' ? 'unlogged' : 'table',
        partitionKey: optional(row.partition_key),
        partitionOf: isPartition && parents[0]
            ? { parent: parents[0], bound: str(row.partition_bound) }
            : undefined,
        inherits: isPartition ? [] : parents,
        constraints: (grouped.constraints.get(key) ?? []).map(constraint),
        policies: (grouped.policies.get(key) ?? []).map(policy),
        rowSecurity: row.force_row_security ? 'forced' : row.row_security ? 'enabled' : 'off',
    };
}
function view(row, grouped) {
    return {
        ...relationParts(row, grouped),
        materialized: row.kind === 'm',
        definition: str(row.view_definition),
    };
}
function column(row) {
    const generated = str(row.generated);
    const identity = str(row.identity);
    const expression = optional(row.default_expr);
    return {
        name: str(row.name),
        type: str(row.type),
        notNull: row.not_null === true,
        default: generated ? undefined : expression,
        identity: identity === 'a' ? 'always' : identity === 'd' ? 'by default' : undefined,
        identityOptions: identity ? optional(row.identity_options) : undefined,
        generated: generated && expression !== undefined
            ? { expression, kind: generated === 'v' ? 'virtual' : 'stored' }
            : undefined,
        collation: collation(row),
        comment: optional(row.comment),
    };
}
function collation(row) {
    if (row.collation == null)
        return undefined;
    const name = quoteIdent(str(row.collation));
    return row.collation_schema === 'pg_catalog'
        ? name
        : `${ident(str(row.collation_schema))}.${name}`;
}
const CONSTRAINT_TYPES = {
    p: 'primary key',
    u: 'unique',
    f: 'foreign key',
    c: 'check',
    x: 'exclusion',
    n: 'not null',
};
function constraint(row) {
    const type = CONSTRAINT_TYPES[str(row.type)];
    if (!type)
        throw new Error(`unexpected constraint type ${str(row.type)} on ${str(row.name)}`);
    return {
        name: str(row.name),
        type,
        definition: str(row.definition),
        valid: row.valid === true,
        foreignKey: type === 'foreign key'
            ? {
                columns: strings(row.columns),
                referencedSchema: str(row.referenced_schema),
                referencedTable: str(row.referenced_relation),
                referencedColumns: strings(row.referenced_columns),
            }
            : undefined,
    };
}
function index(row) {
    const definition = str(row.definition);
    const unique = definition.startsWith('CREATE UNIQUE INDEX ');
    const head = `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(str(row.name))} ON `;
    return {
        name: str(row.name),
        definition: stripIndexHead(definition, head, str(row.schema), str(row.relation)),
        unique,
        valid: row.valid === true,
        constraint: optional(row.constraint_name),
    };
}
/**
 * Drops `CREATE [UNIQUE] INDEX name ON [ONLY] schema.table ` (the block header names the table) so
 * the line reads `USING btree (id)`. PostgreSQL quotes names only where needed, so both the quoted
 * and the bare spellings are tried; anything unexpected is kept whole rather than mangled.
 */
function stripIndexHead(definition, head, schema, relation) {
    const heads = [head, head.replace(/"([a-z_][a-z0-9_$]*)"/, '$1')];
    const tables = [
        `${ident(schema)}.${ident(relation)}`,
        `${quoteIdent(schema)}.${quoteIdent(relation)}`,
    ];
    for (const h of heads) {
        for (const only of ['ONLY ', '']) {
            for (const t of tables) {
                const prefix = `${h}${only}${t} `;
                if (definition.startsWith(prefix))
                    return `${only ? 'only ' : ''}${definition.slice(prefix.length)}`;
            }
        }
    }
    return definition;
}
function trigger(row) {
    const definition = str(row.definition);
    const name = str(row.name);
    const heads = [quoteIdent(name), ident(name)].flatMap((n) => [
        [`CREATE TRIGGER ${n} `, ''],
        [`CREATE CONSTRAINT TRIGGER ${n} `, 'constraint '],
    ]);
    const match = heads.find(([head]) => definition.startsWith(head ?? ''));
    const enabled = str(row.enabled);
    return {
        name,
        definition: match ? `${match[1]}${definition.slice(match[0]?.length ?? 0)}` : definition,
        enabled: enabled === 'D' || enabled === 'R' || enabled === 'A' ? enabled : 'O',
    };
}
const POLICY_COMMANDS = {
    '*': 'all',
    r: 'select',
    a: 'insert',
    w: 'update',
    d: 'delete',
};
function policy(row) {
    return {
        name: str(row.name),
        command: POLICY_COMMANDS[str(row.command)] ?? 'all',
        permissive: row.permissive === true,
        roles: strings(row.roles),
        using: optional(row.using_expr),
        withCheck: optional(row.check_expr),
    };
}
function sequence(row) {
    return {
        schema: str(row.schema),
        name: str(row.name),
        type: str(row.type),
        start: str(row.start),
        increment: str(row.increment),
        min: str(row.min),
        max: str(row.max),
        cache: str(row.cache),
        cycle: row.cycle === true,
        unlogged: row.persistence === 'u',
        ownedBy: row.owner_relation == null
            ? undefined
            : `${displayName(str(row.owner_schema), str(row.owner_relation))}.${ident(str(row.owner_column))}`,
    };
}
function fn(row) {
    return {
        schema: str(row.schema),
        name: str(row.name),
        arguments: str(row.arguments),
        kind: row.kind === 'p' ? 'procedure' : 'function',
        definition: str(row.definition),
    };
}
function enumType(row) {
    return {
        kind: 'enum',
        schema: str(row.schema),
        name: str(row.name),
        labels: strings(row.labels),
    };
}
function domainType(row) {
    const definitions = strings(row.constraint_definitions);
    return {
        kind: 'domain',
        schema: str(row.schema),
        name: str(row.name),
        baseType: str(row.base_type),
        notNull: row.not_null === true,
        default: optional(row.default_expr),
        collation: collation(row),
        constraints: strings(row.constraint_names).map((name, i) => ({
            name,
            definition: definitions[i] ?? '',
        })),
    };
}
/** Folds one row per attribute into one composite type each (a type without attributes has one null row). */
function compositeTypes(rows) {
    const types = new Map();
    for (const row of rows) {
        const key = relationKey(str(row.schema), str(row.name));
        let type = types.get(key);
        if (!type) {
            type = { kind: 'composite', schema: str(row.schema), name: str(row.name), attributes: [] };
            types.set(key, type);
        }
        if (row.attribute != null) {
            type.attributes.push({
                name: str(row.attribute),
                type: str(row.type),
                collation: collation(row),
            });
        }
    }
    return [...types.values()];
}
// ---------------------------------------------------------------------------------------------
// Rendering
/**
 * An identifier as PostgreSQL would print it: bare when it is a plain lower-case name, quoted
 * otherwise. (Reserved words are not quoted: this text is for reading and diffing, not running.)
 */
function ident(name) {
    return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : quoteIdent(name);
}
function displayName(schema, name) {
    return `${ident(schema)}.${ident(name)}`;
}
/** A one-line string literal: JSON escaping keeps newlines and quotes on one line. */
const literal = (text) => JSON.stringify(text);
/** A multi-line deparse output, each line indented, trailing spaces and blank edge lines dropped. */
function body(text, indent = '    ') {
    const lines = text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd());
    while (lines.length > 0 && lines[0] === '')
        lines.shift();
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((line) => (line === '' ? '' : `${indent}${line}`));
}
const KIND_ORDER = {
    schema: 0,
    extension: 1,
    type: 2,
    sequence: 3,
    table: 4,
    view: 5,
    materializedView: 6,
    function: 7,
};
/**
 * Renders a SchemaModel as deterministic line-based text: one block per object separated by a
 * blank line, blocks sorted by kind (schema, extension, type, sequence, table, view, materialized
 * view, function/procedure) then by name; within a table, columns in their logical order and
 * constraints, indexes, triggers and policies by name. Ends with a newline ('' for an empty model).
 *
 * ```text
 * table public.orders
 *   column id bigint not null default nextval('public.orders_id_seq'::regclass)
 *   column status text not null default 'new'::text
 *   constraint orders_pkey PRIMARY KEY (id)
 *   index orders_pkey unique USING btree (id)
 * ```
 */
function renderSchema(model) {
    const blocks = [
        ...model.schemas.map((name) => block(KIND_ORDER.schema, name, [`schema ${ident(name)}`])),
        ...model.extensions.map((e) => block(KIND_ORDER.extension, e.name, [`extension ${ident(e.name)} schema ${ident(e.schema)}`])),
        ...model.types.map(renderType),
        ...model.sequences.map(renderSequence),
        ...model.tables.map(renderTable),
        ...model.views.map(renderView),
        ...model.functions.map(renderFunction),
    ];
    blocks.sort((a, b) => a.order - b.order || compare(a.key, b.key));
    return blocks.map((b) => `${b.lines.join('\n')}\n`).join('\n');
}
/** Code-unit order, not locale order: the same on every machine. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function block(order, key, lines) {
    return { order, key, lines };
}
function renderType(type) {
    const name = displayName(type.schema, type.name);
    switch (type.kind) {
        case 'enum':
            return block(KIND_ORDER.type, name, [
                `enum ${name}`,
                ...type.labels.map((label) => `  label ${literal(label)}`),
            ]);
        case 'domain':
            return block(KIND_ORDER.type, name, [
                `domain ${name} ${type.baseType}${type.collation ? ` collate ${type.collation}` : ''}`,
                ...(type.notNull ? ['  not null'] : []),
                ...(type.default !== undefined ? [`  default ${type.default}`] : []),
                ...sortedBy(type.constraints, (c) => c.name).map((c) => `  constraint ${ident(c.name)} ${c.definition}`),
            ]);
        case 'composite':
            return block(KIND_ORDER.type, name, [
                `composite ${name}`,
                ...type.attributes.map((a) => `  attribute ${ident(a.name)} ${a.type}${a.collation ? ` collate ${a.collation}` : ''}`),
            ]);
        default:
            return (0,errors/* assertNever */.xb)(type);
    }
}
function renderSequence(s) {
    const name = displayName(s.schema, s.name);
    return block(KIND_ORDER.sequence, name, [
        `${s.unlogged ? 'unlogged ' : ''}sequence ${name}`,
        `  type ${s.type}`,
        `  start ${s.start} increment ${s.increment} min ${s.min} max ${s.max} cache ${s.cache} ${s.cycle ? 'cycle' : 'no cycle'}`,
        ...(s.ownedBy ? [`  owned by ${s.ownedBy}`] : []),
    ]);
}
const TABLE_HEADS = {
    table: 'table',
    partitioned: 'partitioned table',
    unlogged: 'unlogged table',
};
function renderTable(t) {
    const name = displayName(t.schema, t.name);
    return block(KIND_ORDER.table, name, [
        `${TABLE_HEADS[t.kind]} ${name}`,
        ...(t.partitionKey ? [`  partition by ${t.partitionKey}`] : []),
        ...(t.partitionOf ? [`  partition of ${t.partitionOf.parent} ${t.partitionOf.bound}`] : []),
        ...t.inherits.map((parent) => `  inherits ${parent}`),
        ...t.columns.map(renderColumn),
        ...sortedBy(t.constraints, (c) => c.name).map((c) => `  constraint ${ident(c.name)} ${c.definition}`),
        ...renderIndexes(t.indexes),
        ...renderTriggers(t.triggers),
        ...(t.rowSecurity === 'off' ? [] : [`  row level security ${t.rowSecurity}`]),
        ...sortedBy(t.policies, (p) => p.name).map(renderPolicy),
        ...renderComments(t),
    ]);
}
function renderView(v) {
    const name = displayName(v.schema, v.name);
    const kind = v.materialized ? 'materialized view' : 'view';
    return block(v.materialized ? KIND_ORDER.materializedView : KIND_ORDER.view, name, [
        `${kind} ${name}`,
        ...v.columns.map((c) => `  column ${ident(c.name)} ${c.type}`),
        ...renderIndexes(v.indexes),
        ...renderTriggers(v.triggers),
        ...renderComments(v),
        '  definition',
        ...body(v.definition),
    ]);
}
function renderFunction(f) {
    const signature = `${displayName(f.schema, f.name)}(${f.arguments})`;
    return block(KIND_ORDER.function, signature, [`${f.kind} ${signature}`, ...body(f.definition)]);
}
function renderColumn(c) {
    const parts = [`  column ${ident(c.name)} ${c.type}`];
    if (c.collation)
        parts.push(`collate ${c.collation}`);
    if (c.notNull)
        parts.push('not null');
    if (c.default !== undefined)
        parts.push(`default ${c.default}`);
    if (c.identity) {
        const options = c.identityOptions ? ` (${c.identityOptions})` : '';
        parts.push(`generated ${c.identity} as identity${options}`);
    }
    if (c.generated)
        parts.push(`generated always as (${c.generated.expression}) ${c.generated.kind}`);
    return parts.join(' ');
}
function renderIndexes(indexes) {
    return sortedBy(indexes, (i) => i.name).map((i) => {
        const flags = [i.unique ? 'unique' : '', i.valid ? '' : 'INVALID'].filter(Boolean).join(' ');
        return `  index ${ident(i.name)}${flags ? ` ${flags}` : ''} ${i.definition}`;
    });
}
const TRIGGER_STATES = {
    O: '',
    D: ' (disabled)',
    R: ' (enabled replica)',
    A: ' (enabled always)',
};
function renderTriggers(triggers) {
    return sortedBy(triggers, (t) => t.name).map((t) => `  trigger ${ident(t.name)}${TRIGGER_STATES[t.enabled]} ${t.definition}`);
}
function renderPolicy(p) {
    const parts = [
        `  policy ${ident(p.name)}`,
        p.permissive ? 'permissive' : 'restrictive',
        `for ${p.command}`,
        `to ${p.roles.join(', ')}`,
    ];
    if (p.using !== undefined)
        parts.push(`using (${p.using})`);
    if (p.withCheck !== undefined)
        parts.push(`with check (${p.withCheck})`);
    return parts.join(' ');
}
function renderComments(r) {
    return [
        ...(r.comment !== undefined ? [`  comment ${literal(r.comment)}`] : []),
        ...r.columns
            .filter((c) => c.comment !== undefined)
            .map((c) => `  comment on column ${ident(c.name)} ${literal(c.comment ?? '')}`),
    ];
}
function sortedBy(items, key) {
    return [...items].sort((a, b) => compare(key(a), key(b)));
}

;// CONCATENATED MODULE: ./src/core/report/sizes.ts
/** Sizes and durations as reports show them. */
/** `40 GB`, `1.5 MB`: 1024-based like pg_size_pretty, one decimal under 10. */
function formatBytes(bytes) {
    const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    const shown = unit > 0 && value < 10 ? value.toFixed(1) : String(Math.round(value));
    return `${shown} ${units[unit]}`;
}
/** A deliberately rough duration for estimates: `~40 s`, `~12 min`, `~2.5 h`. */
function roughly(ms) {
    if (ms < 1_000)
        return '<1 s';
    if (ms < 60_000)
        return `~${Math.round(ms / 1_000)} s`;
    if (ms < 3_600_000)
        return `~${Math.round(ms / 60_000)} min`;
    return `~${(ms / 3_600_000).toFixed(1)} h`;
}

;// CONCATENATED MODULE: ./src/core/verify/stats.ts





/**
 * Rough sequential throughput of a table rewrite or an index build, bytes per second. Real
 * figures depend on disks, indexes and load; this only tells 40 GB from 40 MB apart.
 */
const REWRITE_BYTES_PER_SECOND = 100 * 1024 * 1024;
/** A table at or above this size makes a blocking lock or a rewrite high-risk. */
const LARGE_TABLE_BYTES = 1024 * 1024 * 1024;
/**
 * Reads the size and row estimate of every table a migration locked or rewrote, from the
 * stats database's catalog (pg_class, pg_total_relation_size): no row is read.
 */
async function readTableStats(statsDatabaseUrl, migrations, connectTimeoutMs) {
    const target = (0,db_url/* parseDatabaseUrl */.mx)(statsDatabaseUrl, 'stats-database-url');
    const wanted = new Set(migrations.flatMap((m) => [...m.locks.map((l) => l.relation), ...m.rewrites]));
    const stats = new Map();
    if (wanted.size === 0)
        return stats;
    const client = await connect(target, { connectTimeoutMs });
    try {
        const pairs = [...wanted].map((name) => name.split('.'));
        const { rows } = await databaseStep('reading table sizes', target.display, () => client.query(TABLE_SIZES, [pairs.map((p) => p[0]), pairs.map((p) => p[1])]));
        for (const row of rows) {
            const totalBytes = Number(row.total_bytes);
            stats.set(`${row.schema}.${row.name}`, {
                relation: `${row.schema}.${row.name}`,
                totalBytes,
                rowEstimate: Number(row.row_estimate),
                rewriteEstimateMs: Math.round((totalBytes / REWRITE_BYTES_PER_SECOND) * 1000),
            });
        }
    }
    finally {
        await disconnect(client);
    }
    return stats;
}
/** Lock modes that stop writes (SHARE and stronger) or reads too (ACCESS EXCLUSIVE). */
const BLOCKING = new Set([
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
]);
/**
 * Grades a migration by the real size of what it blocks or rewrites: `high` when it rewrites or
 * blocks writes on a large table, `medium` when it does so on a smaller non-empty one, `low`
 * otherwise.
 */
function gradeRisk(migration) {
    let grade = 'low';
    for (const table of migration.tableStats ?? []) {
        const blocking = migration.rewrites.includes(table.relation) ||
            migration.locks.some((l) => l.relation === table.relation && BLOCKING.has(l.mode));
        if (!blocking)
            continue;
        if (table.totalBytes >= LARGE_TABLE_BYTES)
            return 'high';
        if (table.rowEstimate > 0)
            grade = 'medium';
    }
    return grade;
}
/**
 * Grades each finding by the real size of the table it names: the message gains the table's
 * size on the stats database and a rough rewrite time, and a finding on a large table becomes
 * an error (a rewrite of 40 GB is not a rewrite of an empty table). Matches the table by its
 * name in the message (rules name the table they are about).
 */
function gradeFindings(migration) {
    for (const finding of migration.findings) {
        for (const table of migration.tableStats ?? []) {
            const name = table.relation.split('.').pop();
            if (!new RegExp(`(^|[^\\w.])(${escapeRegExp(table.relation)}|${escapeRegExp(name)})\\b`).test(finding.message))
                continue;
            const rows = table.rowEstimate >= 0
                ? `~${Math.round(table.rowEstimate).toLocaleString('en-US')} rows`
                : 'rows never counted (not analysed)';
            finding.message += ` (${table.relation} on the stats database: ${formatBytes(table.totalBytes)}, ${rows}, ${roughly(table.rewriteEstimateMs)} to rewrite)`;
            if (table.totalBytes >= LARGE_TABLE_BYTES && finding.severity === 'warning')
                finding.severity = 'error';
            break;
        }
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/core/verify/validate.ts






















/**
 * The validate run: lint the new migrations, then on a disposable database apply the baseline,
 * seed, and put every new migration through up → test → down → compare → up, then check the
 * final schema. Returns the report; the verdict is `report.passed`.
 */
async function validate(options, logger) {
    const started = Date.now();
    const files = await readMigrationFiles(options.migrationsDir, options.baseDir);
    const fresh = selectNew(files, options.newMigrations);
    const baseline = files.slice(0, files.length - fresh.length);
    const report = {
        passed: false,
        destructive: false,
        pgVersion: options.pgVersion ?? NEWEST_PG_VERSION,
        baseline: baseline.map((f) => f.name),
        migrations: fresh.map((f) => ({
            name: f.name,
            file: f.file,
            status: 'skipped',
            durationMs: 0,
            locks: [],
            rewrites: [],
            reversible: undefined,
            locksSampled: false,
            findings: [],
            destructive: false,
        })),
        schemaDiff: '',
        checks: [],
        findings: [],
        failOn: options.failOn,
        failures: [],
        durationMs: 0,
    };
    logger.info(fresh.length
        ? `new migrations: ${fresh.map((f) => f.name).join(', ')} (${baseline.length} baseline)`
        : 'no new migration to validate');
    const client = options.databaseUrl
        ? await openScratch(options.databaseUrl, options, logger)
        : undefined;
    try {
        if (client && options.pgVersion === undefined)
            report.pgVersion = await serverMajor(client);
        await lintAll(report, options.lintAll ? files : fresh);
        report.findings = sortFindings([...report.findings, ...historyFindings(options.newMigrations)]);
        if (client && options.databaseUrl) {
            await runCycle(client, options.databaseUrl, baseline, fresh, report, options, logger);
            await checkSchema(client, report, options);
            if (options.statsDatabaseUrl) {
                const stats = await readTableStats(options.statsDatabaseUrl, report.migrations, options.connectTimeoutMs);
                for (const m of report.migrations) {
                    m.tableStats = [...new Set([...m.locks.map((l) => l.relation), ...m.rewrites])].flatMap((name) => stats.get(name) ?? []);
                    m.risk = gradeRisk(m);
                    gradeFindings(m);
                    m.findings = sortFindings(m.findings);
                }
                report.findings = sortFindings(report.findings);
            }
        }
    }
    finally {
        await disconnect(client);
    }
    report.failures = verdict(report);
    report.passed = report.failures.length === 0;
    report.destructive = report.migrations.some((m) => m.destructive);
    report.durationMs = Date.now() - started;
    return report;
}
/**
 * Migrations already on the base branch that the change edits or removes: production has run
 * them as they were, and migrate refuses to run with an edited or missing applied migration.
 */
function historyFindings(wanted) {
    if ('last' in wanted)
        return [];
    const finding = (file, rule, message, hint) => ({
        file,
        line: 1,
        column: 1,
        endLine: 1,
        rule,
        severity: 'error',
        message,
        hint,
    });
    const migration = (path) => isMigrationFile((0,external_node_path_.basename)(path));
    return [
        ...(wanted.edited ?? [])
            .filter(migration)
            .map((file) => finding(file, 'edited-migration', `${(0,external_node_path_.basename)(file)} is already on the base branch and this change edits it: databases that ran it keep the old version, and migrate refuses an edited migration`, 'revert the edit and put the correction in a new migration')),
        ...(wanted.removed ?? [])
            .filter(migration)
            .map((file) => finding(file, 'removed-migration', `${(0,external_node_path_.basename)(file)} is already on the base branch and this change removes it: databases that ran it still have its changes, and migrate refuses a missing migration`, 'restore the file, and undo its changes with a new migration')),
    ];
}
/** The new migrations: the given files, or the last N. They must come after every baseline one. */
function selectNew(files, wanted) {
    if ('last' in wanted)
        return files.slice(Math.max(0, files.length - wanted.last));
    const paths = new Set(wanted.files.map((f) => (0,external_node_path_.normalize)(f)));
    const first = files.findIndex((f) => paths.has((0,external_node_path_.normalize)(f.file)));
    if (first < 0)
        return [];
    const tail = files.slice(first);
    const old = tail.find((f) => !paths.has((0,external_node_path_.normalize)(f.file)));
    if (old) {
        const newer = tail.find((f) => paths.has((0,external_node_path_.normalize)(f.file)));
        throw new errors/* DbDeployError */.WV('migration-order', `the new migration ${newer.name} sorts before ${old.name}, which is already on the base branch`, {
            where: newer.file,
            hint: 'give the new migration a newer timestamp prefix (node-pg-migrate applies in name order and production already has the older ones)',
        });
    }
    return tail;
}
async function openScratch(url, options, logger) {
    const target = (0,db_url/* parseDatabaseUrl */.mx)(url);
    const client = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
    try {
        await claimScratchDatabase(client, target.display, logger);
    }
    catch (error) {
        await disconnect(client);
        throw error;
    }
    return client;
}
async function serverMajor(client) {
    const { rows } = await client.query(SERVER_VERSION_NUM);
    return Math.floor(Number(rows[0]?.version ?? 0) / 10000) || NEWEST_PG_VERSION;
}
async function lintAll(report, toLint) {
    for (const file of toLint) {
        const suppressed = [];
        const findings = await lintMigration(file, {
            pgVersion: report.pgVersion,
            onSuppressed: (f) => suppressed.push(f),
        });
        report.findings.push(...findings);
        const entry = report.migrations.find((m) => m.name === file.name);
        if (entry) {
            entry.findings = sortFindings(findings);
            // Data loss counts even when a reviewer silenced the finding: it still needs a backup.
            entry.destructive = [...findings, ...suppressed].some((f) => DESTRUCTIVE_RULES.has(f.rule));
        }
    }
    report.findings = sortFindings(report.findings);
}
async function runCycle(client, databaseUrl, baseline, fresh, report, options, logger) {
    const base = {
        ...MIGRATE_DEFAULTS,
        databaseUrl,
        migrationsDir: options.migrationsDir,
        baseDir: options.baseDir,
        migrationsTable: options.migrationsTable,
        schema: options.schema,
        connectTimeoutMs: options.connectTimeoutMs,
        // The scratch database has no traffic: a lock wait means a test-command left a session open.
        lockTimeoutMs: 5_000,
        lockRetries: 3,
    };
    const env = { DATABASE_URL: databaseUrl };
    if (baseline.length > 0) {
        logger.info(`applying the ${baseline.length} baseline migration(s)`);
        await migrate({ ...base, direction: 'up', count: baseline.length }, logger).catch((error) => {
            throw new errors/* DbDeployError */.WV('baseline-failed', `the baseline migrations do not apply: ${(0,errors/* describeError */.Uc)(error)}`, {
                hint: 'the migrations already on the base branch must apply to an empty database',
            });
        });
    }
    await seed(client, options, env, logger);
    const tables = migrationTables(base);
    const ctx = {
        client,
        migrate: (o) => migrate({ ...base, ...o }, logger),
        snapshot: async () => renderSchema(await readSchema(client, { exclude: excluded(tables) })),
        ignoreTables: new Set([...excluded(tables).tables, ...excluded(tables).sequences]),
        testCommand: options.testCommand,
        cwd: options.baseDir,
        env,
        logger,
    };
    for (const [index, file] of fresh.entries()) {
        const entry = report.migrations[index];
        Object.assign(entry, await cycleMigration(file, ctx));
        if (entry.status === 'failed') {
            logger.error(`${file.name}: ${entry.error}`);
            break;
        }
    }
}
function excluded(tables) {
    return {
        schemas: [SCRATCH_SCHEMA],
        tables: [`${tables.schema}.${tables.migrations}`, `${tables.schema}.${tables.checksums}`],
        // node-pg-migrate's id sequence: its lock is the bookkeeping insert's, not the migration's.
        sequences: [`${tables.schema}.${tables.migrations}_id_seq`],
    };
}
async function seed(client, options, env, logger) {
    if (options.seedFile) {
        logger.info('loading seed-file');
        const sql = await (0,promises_.readFile)(options.seedFile, 'utf8').catch(() => {
            throw new errors/* DbDeployError */.WV('seed-failed', 'seed-file cannot be read', {
                where: options.seedFile,
                hint: 'check the path (relative to the repository checkout)',
            });
        });
        await client.query(sql).catch((error) => {
            throw new errors/* DbDeployError */.WV('seed-failed', `seed-file failed: ${error.message}`, {
                where: options.seedFile,
                hint: 'the seed runs after the baseline migrations: fix the SQL to match that schema',
            });
        });
    }
    if (options.seedCommand) {
        logger.info('running seed-command');
        const run = await runCommand(options.seedCommand, {
            cwd: options.baseDir,
            env,
            onOutput: (t) => logger.debug(t.trimEnd()),
        });
        if (run.exitCode !== 0) {
            throw new errors/* DbDeployError */.WV('seed-failed', `seed-command exited with ${run.exitCode}: ${run.output.split('\n').at(-1) ?? ''}`, {
                hint: 'the seed runs after the baseline migrations with DATABASE_URL set to the scratch database',
            });
        }
    }
}
async function checkSchema(client, report, options) {
    const tables = migrationTables({
        migrationsTable: options.migrationsTable,
        schema: options.schema,
    });
    const model = await readSchema(client, { exclude: excluded(tables) });
    const text = renderSchema(model);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(options.snapshotPath), { recursive: true });
    await (0,promises_.writeFile)(options.snapshotPath, text);
    report.checks = checkRequired(model, options.required);
    if (options.schemaFile) {
        const committed = await (0,promises_.readFile)(options.schemaFile, 'utf8').catch(() => undefined);
        report.schemaDiff = unifiedDiff(committed ?? '', text, {
            before: 'committed schema',
            after: 'schema after the migrations',
        });
        report.schemaMatches = committed !== undefined && report.schemaDiff === '';
        if (committed === undefined)
            report.schemaDiff = `(no committed schema file yet)\n${report.schemaDiff}`;
    }
}
/** The one error line of a failed verdict. */
function validationFailed(report) {
    const [first, ...rest] = report.failures;
    return new DbDeployError('validation-failed', `${first ?? 'failed'}${rest.length ? ` (and ${rest.length} more)` : ''}`, { hint: 'see the job summary or the pull request comment for the full report' });
}
/** Why the run fails, one line each. */
function verdict(report) {
    const failures = [];
    const counted = report.findings.filter((f) => reachesFailOn([f], report.failOn)).length;
    if (counted)
        failures.push(`${counted} finding(s) at or above fail-on ${report.failOn}`);
    for (const m of report.migrations) {
        if (m.status === 'failed')
            failures.push(`${m.name}: ${m.error ?? 'failed'}`);
        if (m.reversible === false)
            failures.push(`${m.name} is not reversible: ${m.reversibleDetail?.startsWith('down failed') ? m.reversibleDetail : 'the schema after its down differs from the schema before its up'}`);
        if (m.test && !m.test.passed)
            failures.push(`${m.name}: test-command exited with ${m.test.exitCode}`);
    }
    for (const c of report.checks)
        if (!c.passed)
            failures.push(`required ${c.kind} ${c.name} is missing from the final schema`);
    if (report.schemaMatches === false)
        failures.push('the final schema differs from schema-file (see the schema diff)');
    return failures;
}

;// CONCATENATED MODULE: ./src/core/report/validate.ts




/** GitHub refuses an issue or PR comment body longer than this (characters). */
const COMMENT_LIMIT = 65_536;
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** A Record over the union: a new status fails to compile until it has an icon. */
const STATUS_ICON = { applied: '✅', failed: '❌', skipped: '⏭️' };
function bySeverity(findings) {
    return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line);
}
/** `2 errors, 1 warning` (only the severities present; `no findings` when none). */
function countFindings(findings) {
    const parts = ['error', 'warning', 'notice']
        .map((s) => [s, findings.filter((f) => f.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => plural(n, s));
    return parts.length ? parts.join(', ') : 'no findings';
}
function validate_verdict(report, title) {
    const lines = [report.passed ? `## ✅ ${title}: passed` : `## ❌ ${title}: failed`];
    if (!report.passed && report.failures.length > 0)
        lines.push('', ...report.failures.map((f) => `- ${markdown_cell(f)}`));
    if (report.destructive) {
        const names = report.migrations.filter((m) => m.destructive).map((m) => markdown_code(m.name));
        const what = names.length === 1
            ? `${names[0]} drops or truncates data.`
            : `${names.join(', ') || 'These migrations'} drop or truncate data.`;
        lines.push('', `> ⚠️ **Destructive:** ${what} Take a backup first and make sure no running code still reads what is dropped.`);
    }
    const n = report.migrations.length;
    lines.push('', `PostgreSQL ${report.pgVersion} · ${plural(n, 'new migration')} on ${plural(report.baseline.length, 'baseline migration')} · ` +
        `fail-on ${markdown_code(report.failOn)} · took ${duration_formatDuration(report.durationMs)}`);
    return lines;
}
function findingsSection(findings) {
    if (findings.length === 0)
        return ['### Findings', '', 'No lint findings.'];
    const rows = bySeverity(findings).map((f) => [
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        markdown_cell(markdown_code(f.rule)),
        markdown_cell(markdown_code(`${f.file}:${f.line}`)),
        markdown_cell(f.message),
        markdown_cell(f.hint),
    ]);
    return [
        `### Findings (${countFindings(findings)})`,
        '',
        table(['Severity', 'Rule', 'Where', 'Message', 'Hint'], ['l', 'l', 'l', 'l', 'l'], rows),
    ];
}
function migrationRow(m, withStats) {
    const locks = m.locks.map((l) => `${markdown_code(l.mode)} ${l.relation}`).join('<br>');
    const row = [
        markdown_cell(markdown_code(m.name)),
        `${STATUS_ICON[m.status]} ${m.status}`,
        m.status === 'skipped' ? '—' : duration_formatDuration(m.durationMs),
        markdown_cell(m.locksSampled
            ? `${locks || 'none observed'} (outside a transaction: sampled, plus the locks PostgreSQL documents for its statements)`
            : locks || 'none'),
        markdown_cell(m.rewrites.length ? m.rewrites.join('<br>') : 'none'),
        m.reversible === undefined ? '—' : m.reversible ? '✅' : '❌',
    ];
    if (withStats) {
        const stats = (m.tableStats ?? []).map((s) => `${s.relation}: ${formatBytes(s.totalBytes)}, ${roughly(s.rewriteEstimateMs)} rewrite`);
        row.push(markdown_cell(stats.length ? stats.join('<br>') : '—'));
    }
    return row;
}
/** Why a migration failed, why it is not reversible, what its test-command said. */
function migrationNotes(m) {
    const notes = [];
    if (m.error)
        notes.push(`**${markdown_code(m.name)} failed:** ${markdown_cell(m.error)}`);
    if (m.reversible === false && m.reversibleDetail)
        notes.push(details(`${markdown_code(m.name)} is not reversible`, fenced('diff', m.reversibleDetail)));
    if (m.test && !m.test.passed)
        notes.push(details(`${markdown_code(m.name)}: test-command failed (exit ${m.test.exitCode ?? 'signal'}, ${duration_formatDuration(m.test.durationMs)})`, fenced('text', m.test.output || '(no output)')));
    return notes;
}
function migrationsSection(migrations) {
    if (migrations.length === 0)
        return ['### Migrations', '', 'No new migration to validate.'];
    const withStats = migrations.some((m) => m.tableStats !== undefined);
    const headers = ['Migration', 'Status', 'Duration', 'Locks on existing tables', 'Rewrites'];
    headers.push('Reversible', ...(withStats ? ['Table size'] : []));
    const align = headers.map((h) => (h === 'Duration' ? 'r' : 'l'));
    const rows = migrations.map((m) => migrationRow(m, withStats));
    const notes = migrations.flatMap(migrationNotes);
    return ['### Migrations', '', table(headers, align, rows), ...notes.flatMap((n) => ['', n])];
}
function schemaSection(report) {
    const lines = [];
    if (report.checks.length > 0) {
        const rows = report.checks.map((c) => [
            c.kind,
            markdown_cell(markdown_code(c.name)),
            c.passed ? '✅' : '❌ missing',
        ]);
        lines.push('### Schema checks', '', table(['Kind', 'Name', 'Result'], ['l', 'l', 'l'], rows));
    }
    if (report.schemaMatches !== undefined || report.schemaDiff) {
        if (lines.length)
            lines.push('');
        lines.push('### Schema snapshot', '');
        lines.push(report.schemaMatches === false || report.schemaDiff
            ? '❌ The final schema differs from the committed schema file.'
            : '✅ The final schema matches the committed schema file.');
        if (report.schemaDiff)
            lines.push('', details('Schema diff', fenced('diff', report.schemaDiff.replace(/\n$/, ''))));
    }
    return lines;
}
/**
 * The full validate report (job summary, PR comment when it fits): verdict and failures, a
 * destructive banner, findings by severity, one row per migration (locks, rewrites,
 * reversibility, table sizes), schema checks and the schema diff. Pure: report in, Markdown out.
 */
function renderValidateReport(report, options) {
    const sections = [
        validate_verdict(report, options.title),
        findingsSection(report.findings),
        migrationsSection(report.migrations),
        schemaSection(report),
        [markdown_footer(options.version)],
    ].filter((s) => s.length > 0);
    return sections.map((s) => s.join('\n')).join('\n\n');
}
function compactLine(m) {
    const parts = [`${STATUS_ICON[m.status]} ${code(m.name)} ${m.status}`];
    if (m.status !== 'skipped')
        parts.push(formatDuration(m.durationMs));
    const strongest = m.locks.find((l) => l.mode === 'AccessExclusiveLock') ?? m.locks[0];
    if (strongest)
        parts.push(`${strongest.mode} on ${strongest.relation}${m.locks.length > 1 ? ` (+${m.locks.length - 1})` : ''}`);
    if (m.rewrites.length)
        parts.push(`rewrites ${plural(m.rewrites.length, 'table')}`);
    if (m.reversible !== undefined)
        parts.push(m.reversible ? 'reversible' : 'not reversible');
    if (m.destructive)
        parts.push('destructive');
    if (m.findings.length)
        parts.push(countFindings(m.findings));
    return `- ${parts.map(cell).join(' · ')}`;
}
/**
 * A short report for places with a size limit (a PR comment): the verdict, one line per
 * migration and the counts, pointing at the job summary for everything else.
 */
function renderCompactReport(report, options) {
    const lines = validate_verdict(report, options.title);
    lines.push('', ...report.migrations.map(compactLine));
    const checksFailed = report.checks.filter((c) => !c.passed).length;
    lines.push('', `**Findings:** ${countFindings(report.findings)} · **Schema checks:** ${report.checks.length - checksFailed}/${report.checks.length} passed` +
        (report.schemaMatches === undefined
            ? ''
            : ` · **Schema snapshot:** ${report.schemaMatches ? 'matches' : 'differs'}`), '', 'The full report (findings, locks, schema diff) is in the job summary of this run.', '', footer(options.version));
    return lines.join('\n');
}
/** The hidden first line that identifies one sticky comment, e.g. per migrations directory. */
function commentMarker(key) {
    // `--` and `>` would end the HTML comment early; keep keys readable but inert.
    const safe = key.replace(/[^\w./@:-]+/g, '_').replace(/-{2,}/g, '-');
    return `<!-- db-deploy:validate:${safe} -->`;
}
/**
 * The PR comment body: the hidden marker line, then the full report when the whole body fits
 * GitHub's 65,536-character limit, else the compact report with a note (cut at a line boundary
 * if even that does not fit).
 * @param options.marker the comment key (e.g. the migrations directory), not the full marker line
 */
function stickyCommentBody(report, options) {
    const head = commentMarker(options.marker);
    const full = `${head}\n${renderValidateReport(report, options)}`;
    if (full.length <= COMMENT_LIMIT)
        return full;
    const note = `> The full report is ${full.length.toLocaleString('en-US')} characters, over GitHub's limit for a comment: this is the short version.`;
    const compact = `${head}\n${note}\n\n${renderCompactReport(report, options)}`;
    if (compact.length <= COMMENT_LIMIT)
        return compact;
    const cut = '\n\n… (cut to fit a comment: see the job summary)';
    const kept = compact.slice(0, COMMENT_LIMIT - cut.length);
    return `${kept.slice(0, kept.lastIndexOf('\n'))}${cut}`;
}

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts









const VALIDATE_HELP = `Usage: db-deploy validate [options]

Lints the newest migrations and proves them on an EMPTY, disposable database, as the validate
action does: baseline → (seed) → for each new migration up (locks and rewrites observed) →
test → down → schema compared → up. A database holding tables validate did not create is refused.

Options:
  --database-url URL        the scratch database (default: $DATABASE_URL)
  --dir DIR                 migrations directory (default: migrations)
  --new N                   how many of the newest migrations are new (default: 1)
  --lint-all                lint every migration
  --pg-version N            PostgreSQL major to lint for (default: the server's)
  --fail-on LEVEL           error (default), warning or never
  --seed-file FILE          SQL loaded after the baseline
  --seed-command CMD        shell command run after the baseline (DATABASE_URL set)
  --test-command CMD        shell command run after each new migration (DATABASE_URL set)
  --schema-file FILE        committed schema snapshot to compare with
  --write-schema FILE       write the final schema snapshot here
  --stats-database-url URL  read-only database whose table sizes grade the risk
  --connect-timeout D       connection timeout (default: 10s)
  --migrations-table NAME   node-pg-migrate's table (default: pgmigrations)
  --schema NAME             schema of the tables and search_path (default: public)
  --json                    print the JSON report on stdout
  --verbose                 print debug output
  -h, --help                show this help
Exit code: 0 when the validation passed, 1 otherwise, 2 on a usage error.`;
const validate_OPTIONS = {
    ...CONNECTION_OPTIONS,
    new: { type: 'string' },
    'lint-all': { type: 'boolean' },
    'pg-version': { type: 'string' },
    'fail-on': { type: 'string' },
    'seed-file': { type: 'string' },
    'seed-command': { type: 'string' },
    'test-command': { type: 'string' },
    'schema-file': { type: 'string' },
    'write-schema': { type: 'string' },
    'stats-database-url': { type: 'string' },
    verbose: { type: 'boolean' },
};
/** `db-deploy validate`. Returns the exit code. */
async function validateCommand(argv, io) {
    const { values: v } = parseCommandArgs(argv, validate_OPTIONS, 'validate');
    if (v.help) {
        io.out(VALIDATE_HELP);
        return 0;
    }
    const connection = connectionOptions(v, io.secrets);
    const stats = v['stats-database-url'];
    if (stats)
        io.secrets.push(...(0,db_url/* secretsOf */.Fj)(stats));
    const failOn = choiceOption(v['fail-on'] ?? 'error', FAIL_ON, 'fail-on', 'validate');
    const report = await validate({
        ...connection,
        baseDir: process.cwd(),
        newMigrations: { last: integerOption(v.new, 'new', 0) ?? 1 },
        lintAll: Boolean(v['lint-all']),
        pgVersion: integerOption(v['pg-version'], 'pg-version', 9),
        failOn,
        seedFile: v['seed-file'] ? pathOption(v['seed-file'], '') : undefined,
        seedCommand: v['seed-command'],
        testCommand: v['test-command'],
        required: { tables: [], indexes: [], foreignKeys: [] },
        schemaFile: v['schema-file'] ? pathOption(v['schema-file'], '') : undefined,
        snapshotPath: pathOption(v['write-schema'], (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `db-deploy-schema-${process.pid}.sql`)),
        statsDatabaseUrl: stats,
    }, (0,output/* cliLogger */.$)(io, Boolean(v.verbose)));
    const text = v.json
        ? JSON.stringify(report, null, 2)
        : renderValidateReport(report, { title: 'db-deploy validate', version: VERSION });
    io.out((0,db_url/* redact */.E$)(text, io.secrets));
    return report.passed ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/cli/main.ts







const HELP = `db-deploy ${VERSION} — safe PostgreSQL migrations

Usage: db-deploy <command> [options]

Commands:
  migrate   apply pending migrations (or --down to roll back), as the migrate action does
  status    list applied, pending and edited migrations (read-only)
  lint      lint migrations for locks, rewrites, data loss and breaking changes (no database)
  validate  lint, then prove the newest migrations up → down → up on an empty scratch database

Run db-deploy <command> --help for its options.`;
const COMMANDS = {
    migrate: migrateCommand,
    status: statusCommand,
    lint: lintCommand,
    validate: validateCommand,
};
/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 usage error. */
async function main(argv, io) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        io.out(HELP);
        return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
        io.out(VERSION);
        return 0;
    }
    const handler = COMMANDS[command];
    if (!handler) {
        io.err(`db-deploy: unknown command "${command}" — run db-deploy --help`);
        return 2;
    }
    try {
        return await handler(rest, io);
    }
    catch (error) {
        io.err((0,db_url/* redact */.E$)(`db-deploy ${command}: ${(0,errors/* describeError */.Uc)(error)}`, io.secrets));
        return (0,errors/* isDbDeployError */.G$)(error) && error.code === 'usage' ? 2 : 1;
    }
}


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliLogger),
/* harmony export */   W: () => (/* binding */ processIo)
/* harmony export */ });
/* harmony import */ var _core_db_url_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5051);

const processIo = () => ({
    out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    secrets: [],
});
/** Progress goes to stderr so that stdout stays machine-readable (--json). */
function cliLogger(io, verbose) {
    const clean = (m) => (0,_core_db_url_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(m, io.secrets);
    return {
        debug: (m) => (verbose ? io.err(clean(m)) : undefined),
        info: (m) => io.err(clean(m)),
        warn: (m) => io.err(`warning: ${clean(m)}`),
        error: (m) => io.err(`error: ${clean(m)}`),
    };
}


/***/ }),

/***/ 4175:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_sql_wasm_tiering_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4875);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2775);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6657);
// Must stay the first import (see the module).



process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .processIo */ .W)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5051:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   mx: () => (/* binding */ parseDatabaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const SCHEMES = new Set(['postgres:', 'postgresql:']);
/**
 * The strings that must be masked before any other work: the URL, the password as written
 * in the URL (percent-encoded) and decoded. Works on malformed URLs too, so a bad URL
 * never leaks its password through the error that rejects it.
 */
function secretsOf(rawUrl) {
    const secrets = new Set();
    const raw = rawUrl.trim();
    if (raw)
        secrets.add(raw);
    // user:password@ — taken textually so that it works even when URL parsing fails.
    const match = /^[a-z]+:\/\/[^:/?#]*:(.*)@[^@]*$/i.exec(raw);
    const encoded = match?.[1];
    if (encoded) {
        secrets.add(encoded);
        try {
            secrets.add(decodeURIComponent(encoded));
        }
        catch {
            // an invalid escape: the encoded form is masked already
        }
    }
    for (const value of [...secrets])
        if (value.length < 3)
            secrets.delete(value);
    return [...secrets];
}
/** Replaces every secret in `text` with `***` (longest first, so no fragment survives). */
function redact(text, secrets) {
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret)
            out = out.split(secret).join('***');
    }
    return out;
}
/**
 * Parses and validates a PostgreSQL connection URL (`postgres://user:pass@host:5432/db`).
 * @param name the input or option name, for the error message
 */
function parseDatabaseUrl(rawUrl, name = 'database-url') {
    const raw = rawUrl.trim();
    const hint = 'use postgres://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password percent-encoded';
    if (!raw) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} is empty`, {
            hint: 'pass the connection URL from a secret, e.g. ${{ secrets.DATABASE_URL }}',
        });
    }
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} is not a valid URL`, { hint });
    }
    if (!SCHEMES.has(parsed.protocol)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} must start with postgres:// or postgresql://`, {
            hint,
        });
    }
    let password;
    let user;
    try {
        password = decodeURIComponent(parsed.password);
        user = decodeURIComponent(parsed.username);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} has an invalid percent-escape in its user or password`, { hint });
    }
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1') || parsed.searchParams.get('host') || '';
    if (!host)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} has no host`, { hint });
    const port = parsed.port ? Number(parsed.port) : 5432;
    let database = user || 'postgres';
    try {
        database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || database;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} has an invalid percent-escape in its database name`, { hint });
    }
    return { url: raw, host, port, database, user, password, display: `${host}:${port}/${database}` };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ isDbDeployError),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   WV: () => (/* binding */ DbDeployError),
/* harmony export */   xb: () => (/* binding */ assertNever)
/* harmony export */ });
/**
 * Errors a user can fix (bad input, a broken migration, a refused operation) are
 * `DbDeployError`s: they carry one line saying what failed, where, and what to do.
 * Anything else reaching the action wrapper is a bug in db-deploy and is reported as such.
 */
class DbDeployError extends Error {
    /** Where the failure happened, e.g. `migrations/1700_add_index.sql:3:1` or `db.example.com:5432/app`. */
    where;
    /** What the user should do about it. */
    hint;
    /** A stable machine-readable code, e.g. `auth-failed`, `lock-timeout`. */
    code;
    /** What the operation achieved before it failed (e.g. the migrations already applied), for reports. */
    partial;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'DbDeployError';
        this.code = code;
        this.where = options.where;
        this.hint = options.hint;
        this.partial = options.partial;
    }
    /** `what (where) — what to do`, on one line. */
    toLine() {
        const where = this.where ? ` (${this.where})` : '';
        const hint = this.hint ? ` — ${this.hint}` : '';
        return oneLine(`${this.message}${where}${hint}`);
    }
}
function isDbDeployError(error) {
    return error instanceof DbDeployError;
}
/** Collapses whitespace so a message always fits on one log line. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** The one line reported for any thrown value: user errors as they are, bugs marked as bugs. */
function describeError(error) {
    if (isDbDeployError(error))
        return error.toLine();
    const message = error instanceof Error ? error.message : String(error);
    return oneLine(`unexpected internal error: ${message} — please report it with the step log`);
}
/** For exhaustive switches over discriminated unions. */
function assertNever(value) {
    throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 4875:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Imported first by every entry point, before the parser module is loaded: V8 optimises hot
 * WebAssembly functions in the background, and for PostgreSQL's grammar that costs ~600 MB and
 * up to a second — more than parsing a few migrations takes on the baseline code. A high
 * tiering budget postpones it past short runs (a pull request's migrations); V8 reads the flag
 * when it compiles the module, so it must be set before `libpg-query` is imported. The CLI goes
 * further and runs its parsing commands with `--liftoff-only` (src/cli/index.ts).
 */

node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--wasm-tiering-budget=2147483647');


/***/ }),

/***/ 4390:
/***/ ((module) => {

module.exports = eval("require")("pg-native");


/***/ }),

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

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 4780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

(()=>{var e={"./node_modules/.pnpm/mlly@1.8.2/node_modules/mlly/dist lazy recursive"(e){function webpackEmptyAsyncContext(e){return Promise.resolve().then(function(){var t=new Error("Cannot find module '"+e+"'");throw t.code="MODULE_NOT_FOUND",t})}webpackEmptyAsyncContext.keys=()=>[],webpackEmptyAsyncContext.resolve=webpackEmptyAsyncContext,webpackEmptyAsyncContext.id="./node_modules/.pnpm/mlly@1.8.2/node_modules/mlly/dist lazy recursive",e.exports=webpackEmptyAsyncContext},fs(e){"use strict";e.exports=__nccwpck_require__(9896)},"node:fs"(e){"use strict";e.exports=__nccwpck_require__(3024)},"node:module"(e){"use strict";e.exports=__nccwpck_require__(8995)},"node:path"(e){"use strict";e.exports=__nccwpck_require__(6760)},os(e){"use strict";e.exports=__nccwpck_require__(857)},path(e){"use strict";e.exports=__nccwpck_require__(6928)},"./node_modules/.pnpm/get-tsconfig@4.14.0/node_modules/get-tsconfig/dist/index.cjs"(e,t,i){"use strict";var n=Object.defineProperty,r=(e,t)=>n(e,"name",{value:t,configurable:!0}),a=i("node:path"),c=i("node:fs"),l=i("node:module"),y=i("./node_modules/.pnpm/resolve-pkg-maps@1.0.0/node_modules/resolve-pkg-maps/dist/index.cjs"),E=i("fs"),w=i("os"),C=i("path");function h(e){return e.startsWith("\\\\?\\")?e:e.replace(/\\/g,"/")}r(h,"slash");const S=r(e=>{const t=c[e];return(i,...n)=>{const a=`${e}:${n.join(":")}`;let l=null==i?void 0:i.get(a);return void 0===l&&(l=Reflect.apply(t,c,n),null==i||i.set(a,l)),l}},"cacheFs"),I=S("existsSync"),N=S("readFileSync"),O=S("statSync"),j=r((e,t,i)=>{for(;;){const n=a.posix.join(e,t);if(I(i,n))return n;const c=a.dirname(e);if(c===e)return;e=c}},"findUp"),F=/^\.{1,2}(\/.*)?$/,B=r(e=>{const t=h(e);return F.test(t)?t:`./${t}`},"normalizeRelativePath");function Ne(e,t=!1){const i=e.length;let n=0,a="",c=0,l=16,y=0,E=0,w=0,C=0,S=0;function _(t,i){let a=0,c=0;for(;a<t;){let t=e.charCodeAt(n);if(t>=48&&t<=57)c=16*c+t-48;else if(t>=65&&t<=70)c=16*c+t-65+10;else{if(!(t>=97&&t<=102))break;c=16*c+t-97+10}n++,a++}return a<t&&(c=-1),c}function b(e){n=e,a="",c=0,l=16,S=0}function p(){let t=n;if(48===e.charCodeAt(n))n++;else for(n++;n<e.length&&R(e.charCodeAt(n));)n++;if(n<e.length&&46===e.charCodeAt(n)){if(n++,!(n<e.length&&R(e.charCodeAt(n))))return S=3,e.substring(t,n);for(n++;n<e.length&&R(e.charCodeAt(n));)n++}let i=n;if(n<e.length&&(69===e.charCodeAt(n)||101===e.charCodeAt(n)))if(n++,(n<e.length&&43===e.charCodeAt(n)||45===e.charCodeAt(n))&&n++,n<e.length&&R(e.charCodeAt(n))){for(n++;n<e.length&&R(e.charCodeAt(n));)n++;i=n}else S=3;return e.substring(t,i)}function L(){let t="",a=n;for(;;){if(n>=i){t+=e.substring(a,n),S=2;break}const c=e.charCodeAt(n);if(34===c){t+=e.substring(a,n),n++;break}if(92!==c){if(c>=0&&c<=31){if(M(c)){t+=e.substring(a,n),S=2;break}S=6}n++}else{if(t+=e.substring(a,n),n++,n>=i){S=2;break}switch(e.charCodeAt(n++)){case 34:t+='"';break;case 92:t+="\\";break;case 47:t+="/";break;case 98:t+="\b";break;case 102:t+="\f";break;case 110:t+="\n";break;case 114:t+="\r";break;case 116:t+="\t";break;case 117:const e=_(4);e>=0?t+=String.fromCharCode(e):S=4;break;default:S=5}a=n}}return t}function A(){if(a="",S=0,c=n,E=y,C=w,n>=i)return c=i,l=17;let t=e.charCodeAt(n);if(ee(t)){do{n++,a+=String.fromCharCode(t),t=e.charCodeAt(n)}while(ee(t));return l=15}if(M(t))return n++,a+=String.fromCharCode(t),13===t&&10===e.charCodeAt(n)&&(n++,a+="\n"),y++,w=n,l=14;switch(t){case 123:return n++,l=1;case 125:return n++,l=2;case 91:return n++,l=3;case 93:return n++,l=4;case 58:return n++,l=6;case 44:return n++,l=5;case 34:return n++,a=L(),l=10;case 47:const E=n-1;if(47===e.charCodeAt(n+1)){for(n+=2;n<i&&!M(e.charCodeAt(n));)n++;return a=e.substring(E,n),l=12}if(42===e.charCodeAt(n+1)){n+=2;const t=i-1;let c=!1;for(;n<t;){const t=e.charCodeAt(n);if(42===t&&47===e.charCodeAt(n+1)){n+=2,c=!0;break}n++,M(t)&&(13===t&&10===e.charCodeAt(n)&&n++,y++,w=n)}return c||(n++,S=1),a=e.substring(E,n),l=13}return a+=String.fromCharCode(t),n++,l=16;case 45:if(a+=String.fromCharCode(t),n++,n===i||!R(e.charCodeAt(n)))return l=16;case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:return a+=p(),l=11;default:for(;n<i&&D(t);)n++,t=e.charCodeAt(n);if(c!==n){switch(a=e.substring(c,n),a){case"true":return l=8;case"false":return l=9;case"null":return l=7}return l=16}return a+=String.fromCharCode(t),n++,l=16}}function D(e){if(ee(e)||M(e))return!1;switch(e){case 125:case 93:case 123:case 91:case 34:case 58:case 44:case 47:return!1}return!0}function x(){let e;do{e=A()}while(e>=12&&e<=15);return e}return r(_,"scanHexDigits"),r(b,"setPosition"),r(p,"scanNumber"),r(L,"scanString"),r(A,"scanNext"),r(D,"isUnknownContentCharacter"),r(x,"scanNextNonTrivia"),{setPosition:b,getPosition:r(()=>n,"getPosition"),scan:t?x:A,getToken:r(()=>l,"getToken"),getTokenValue:r(()=>a,"getTokenValue"),getTokenOffset:r(()=>c,"getTokenOffset"),getTokenLength:r(()=>n-c,"getTokenLength"),getTokenStartLine:r(()=>E,"getTokenStartLine"),getTokenStartCharacter:r(()=>c-C,"getTokenStartCharacter"),getTokenError:r(()=>S,"getTokenError")}}function ee(e){return 32===e||9===e}function M(e){return 10===e||13===e}function R(e){return e>=48&&e<=57}var $,q;r(Ne,"createScanner"),r(ee,"isWhiteSpace"),r(M,"isLineBreak"),r(R,"isDigit"),(q=$||($={}))[q.lineFeed=10]="lineFeed",q[q.carriageReturn=13]="carriageReturn",q[q.space=32]="space",q[q._0=48]="_0",q[q._1=49]="_1",q[q._2=50]="_2",q[q._3=51]="_3",q[q._4=52]="_4",q[q._5=53]="_5",q[q._6=54]="_6",q[q._7=55]="_7",q[q._8=56]="_8",q[q._9=57]="_9",q[q.a=97]="a",q[q.b=98]="b",q[q.c=99]="c",q[q.d=100]="d",q[q.e=101]="e",q[q.f=102]="f",q[q.g=103]="g",q[q.h=104]="h",q[q.i=105]="i",q[q.j=106]="j",q[q.k=107]="k",q[q.l=108]="l",q[q.m=109]="m",q[q.n=110]="n",q[q.o=111]="o",q[q.p=112]="p",q[q.q=113]="q",q[q.r=114]="r",q[q.s=115]="s",q[q.t=116]="t",q[q.u=117]="u",q[q.v=118]="v",q[q.w=119]="w",q[q.x=120]="x",q[q.y=121]="y",q[q.z=122]="z",q[q.A=65]="A",q[q.B=66]="B",q[q.C=67]="C",q[q.D=68]="D",q[q.E=69]="E",q[q.F=70]="F",q[q.G=71]="G",q[q.H=72]="H",q[q.I=73]="I",q[q.J=74]="J",q[q.K=75]="K",q[q.L=76]="L",q[q.M=77]="M",q[q.N=78]="N",q[q.O=79]="O",q[q.P=80]="P",q[q.Q=81]="Q",q[q.R=82]="R",q[q.S=83]="S",q[q.T=84]="T",q[q.U=85]="U",q[q.V=86]="V",q[q.W=87]="W",q[q.X=88]="X",q[q.Y=89]="Y",q[q.Z=90]="Z",q[q.asterisk=42]="asterisk",q[q.backslash=92]="backslash",q[q.closeBrace=125]="closeBrace",q[q.closeBracket=93]="closeBracket",q[q.colon=58]="colon",q[q.comma=44]="comma",q[q.dot=46]="dot",q[q.doubleQuote=34]="doubleQuote",q[q.minus=45]="minus",q[q.openBrace=123]="openBrace",q[q.openBracket=91]="openBracket",q[q.plus=43]="plus",q[q.slash=47]="slash",q[q.formFeed=12]="formFeed",q[q.tab=9]="tab",new Array(20).fill(0).map((e,t)=>" ".repeat(t));const W=200;var K,H,Y;function Pe(e,t=[],i=K.DEFAULT){let n=null,a=[];const c=[];function o(e){Array.isArray(a)?a.push(e):null!==n&&(a[n]=e)}return r(o,"onValue"),We(e,{onObjectBegin:r(()=>{const e={};o(e),c.push(a),a=e,n=null},"onObjectBegin"),onObjectProperty:r(e=>{n=e},"onObjectProperty"),onObjectEnd:r(()=>{a=c.pop()},"onObjectEnd"),onArrayBegin:r(()=>{const e=[];o(e),c.push(a),a=e,n=null},"onArrayBegin"),onArrayEnd:r(()=>{a=c.pop()},"onArrayEnd"),onLiteralValue:o,onError:r((e,i,n)=>{t.push({error:e,offset:i,length:n})},"onError")},i),a[0]}function We(e,t,i=K.DEFAULT){const n=Ne(e,!1),a=[];let c=0;function o(e){return e?()=>0===c&&e(n.getTokenOffset(),n.getTokenLength(),n.getTokenStartLine(),n.getTokenStartCharacter()):()=>!0}function f(e){return e?t=>0===c&&e(t,n.getTokenOffset(),n.getTokenLength(),n.getTokenStartLine(),n.getTokenStartCharacter()):()=>!0}function u(e){return e?t=>0===c&&e(t,n.getTokenOffset(),n.getTokenLength(),n.getTokenStartLine(),n.getTokenStartCharacter(),()=>a.slice()):()=>!0}function g(e){return e?()=>{c>0?c++:!1===e(n.getTokenOffset(),n.getTokenLength(),n.getTokenStartLine(),n.getTokenStartCharacter(),()=>a.slice())&&(c=1)}:()=>!0}function m(e){return e?()=>{c>0&&c--,0===c&&e(n.getTokenOffset(),n.getTokenLength(),n.getTokenStartLine(),n.getTokenStartCharacter())}:()=>!0}r(o,"toNoArgVisit"),r(f,"toOneArgVisit"),r(u,"toOneArgVisitWithPath"),r(g,"toBeginVisit"),r(m,"toEndVisit");const l=g(t.onObjectBegin),y=u(t.onObjectProperty),E=m(t.onObjectEnd),w=g(t.onArrayBegin),C=m(t.onArrayEnd),S=u(t.onLiteralValue),I=f(t.onSeparator),N=o(t.onComment),O=f(t.onError),j=i&&i.disallowComments,F=i&&i.allowTrailingComma;function T(){for(;;){const e=n.scan();switch(n.getTokenError()){case 4:k(14);break;case 5:k(15);break;case 3:k(13);break;case 1:j||k(11);break;case 2:k(12);break;case 6:k(16)}switch(e){case 12:case 13:j?k(10):N();break;case 16:k(1);break;case 15:case 14:break;default:return e}}}function k(e,t=[],i=[]){if(O(e),t.length+i.length>0){let e=n.getToken();for(;17!==e;){if(-1!==t.indexOf(e)){T();break}if(-1!==i.indexOf(e))break;e=T()}}}function P(e){const t=n.getTokenValue();return e?S(t):(y(t),a.push(t)),T(),!0}function J(){switch(n.getToken()){case 11:const e=n.getTokenValue();let t=Number(e);isNaN(t)&&(k(2),t=0),S(t);break;case 7:S(null);break;case 8:S(!0);break;case 9:S(!1);break;default:return!1}return T(),!0}function V(){return 10!==n.getToken()?(k(3,[],[2,5]),!1):(P(!1),6===n.getToken()?(I(":"),T(),U()||k(4,[],[2,5])):k(5,[],[2,5]),a.pop(),!0)}function z(){l(),T();let e=!1;for(;2!==n.getToken()&&17!==n.getToken();){if(5===n.getToken()){if(e||k(4,[],[]),I(","),T(),2===n.getToken()&&F)break}else e&&k(6,[],[]);V()||k(4,[],[2,5]),e=!0}return E(),2!==n.getToken()?k(7,[2],[]):T(),!0}function G(){w(),T();let e=!0,t=!1;for(;4!==n.getToken()&&17!==n.getToken();){if(5===n.getToken()){if(t||k(4,[],[]),I(","),T(),4===n.getToken()&&F)break}else t&&k(6,[],[]);e?(a.push(0),e=!1):a[a.length-1]++,U()||k(4,[],[4,5]),t=!0}return C(),e||a.pop(),4!==n.getToken()?k(8,[4],[]):T(),!0}function U(){switch(n.getToken()){case 3:return G();case 1:return z();case 10:return P(!0);default:return J()}}return r(T,"scanNext"),r(k,"handleError"),r(P,"parseString"),r(J,"parseLiteral"),r(V,"parseProperty"),r(z,"parseObject"),r(G,"parseArray"),r(U,"parseValue"),T(),17===n.getToken()?!!i.allowEmptyContent||(k(4,[],[]),!1):U()?(17!==n.getToken()&&k(9,[],[]),!0):(k(4,[],[]),!1)}new Array(W).fill(0).map((e,t)=>"\n"+" ".repeat(t)),new Array(W).fill(0).map((e,t)=>"\r"+" ".repeat(t)),new Array(W).fill(0).map((e,t)=>"\r\n"+" ".repeat(t)),new Array(W).fill(0).map((e,t)=>"\n"+"\t".repeat(t)),new Array(W).fill(0).map((e,t)=>"\r"+"\t".repeat(t)),new Array(W).fill(0).map((e,t)=>"\r\n"+"\t".repeat(t)),function(e){e.DEFAULT={allowTrailingComma:!1}}(K||(K={})),r(Pe,"parse$1"),r(We,"visit"),function(e){e[e.None=0]="None",e[e.UnexpectedEndOfComment=1]="UnexpectedEndOfComment",e[e.UnexpectedEndOfString=2]="UnexpectedEndOfString",e[e.UnexpectedEndOfNumber=3]="UnexpectedEndOfNumber",e[e.InvalidUnicode=4]="InvalidUnicode",e[e.InvalidEscapeCharacter=5]="InvalidEscapeCharacter",e[e.InvalidCharacter=6]="InvalidCharacter"}(H||(H={})),function(e){e[e.OpenBraceToken=1]="OpenBraceToken",e[e.CloseBraceToken=2]="CloseBraceToken",e[e.OpenBracketToken=3]="OpenBracketToken",e[e.CloseBracketToken=4]="CloseBracketToken",e[e.CommaToken=5]="CommaToken",e[e.ColonToken=6]="ColonToken",e[e.NullKeyword=7]="NullKeyword",e[e.TrueKeyword=8]="TrueKeyword",e[e.FalseKeyword=9]="FalseKeyword",e[e.StringLiteral=10]="StringLiteral",e[e.NumericLiteral=11]="NumericLiteral",e[e.LineCommentTrivia=12]="LineCommentTrivia",e[e.BlockCommentTrivia=13]="BlockCommentTrivia",e[e.LineBreakTrivia=14]="LineBreakTrivia",e[e.Trivia=15]="Trivia",e[e.Unknown=16]="Unknown",e[e.EOF=17]="EOF"}(Y||(Y={}));const Q=Pe;var Z;!function(e){e[e.InvalidSymbol=1]="InvalidSymbol",e[e.InvalidNumberFormat=2]="InvalidNumberFormat",e[e.PropertyNameExpected=3]="PropertyNameExpected",e[e.ValueExpected=4]="ValueExpected",e[e.ColonExpected=5]="ColonExpected",e[e.CommaExpected=6]="CommaExpected",e[e.CloseBraceExpected=7]="CloseBraceExpected",e[e.CloseBracketExpected=8]="CloseBracketExpected",e[e.EndOfFileExpected=9]="EndOfFileExpected",e[e.InvalidCommentToken=10]="InvalidCommentToken",e[e.UnexpectedEndOfComment=11]="UnexpectedEndOfComment",e[e.UnexpectedEndOfString=12]="UnexpectedEndOfString",e[e.UnexpectedEndOfNumber=13]="UnexpectedEndOfNumber",e[e.InvalidUnicode=14]="InvalidUnicode",e[e.InvalidEscapeCharacter=15]="InvalidEscapeCharacter",e[e.InvalidCharacter=16]="InvalidCharacter"}(Z||(Z={}));const X=r((e,t)=>Q(N(t,e,"utf8")),"readJsonc"),te=Symbol("implicitBaseUrl"),ie="${configDir}",se=r(()=>{const{findPnpApi:e}=l;return e&&e(process.cwd())},"getPnpApi"),re=r((e,t,i,n)=>{const c=`resolveFromPackageJsonPath:${e}:${t}:${i}`;if(null!=n&&n.has(c))return n.get(c);const l=X(e,n);if(!l)return;let E=t||"tsconfig.json";if(!i&&l.exports)try{const[e]=y.resolveExports(l.exports,t,["require","types"]);E=e}catch{return!1}else!t&&l.tsconfig&&(E=l.tsconfig);return E=a.join(e,"..",E),null==n||n.set(c,E),E},"resolveFromPackageJsonPath"),ne="package.json",ae="tsconfig.json",oe=r((e,t,i)=>{let n=e;if(".."===e&&(n=a.join(n,ae)),"."===e[0]&&(n=a.resolve(t,n)),a.isAbsolute(n)){if(I(i,n)){if(O(i,n).isFile())return n}else if(!n.endsWith(".json")){const e=`${n}.json`;if(I(i,e))return e}return}const[c,...l]=e.split("/"),y="@"===c[0]?`${c}/${l.shift()}`:c,E=l.join("/"),w=se();if(w){const{resolveRequest:n}=w;try{if(y===e){const e=n(a.join(y,ne),t);if(e){const t=re(e,E,!1,i);if(t&&I(i,t))return t}}else{let i;try{i=n(e,t,{extensions:[".json"]})}catch{i=n(a.join(e,ae),t)}if(i)return i}}catch{}}const C=j(a.resolve(t),a.join("node_modules",y),i);if(!C||!O(i,C).isDirectory())return;const S=a.join(C,ne);if(I(i,S)){const e=re(S,E,!1,i);if(!1===e)return;if(e&&I(i,e)&&O(i,e).isFile())return e}const N=a.join(C,E),F=N.endsWith(".json");if(!F){const e=`${N}.json`;if(I(i,e))return e}if(I(i,N))if(O(i,N).isDirectory()){const e=a.join(N,ne);if(I(i,e)){const t=re(e,"",!0,i);if(t&&I(i,t))return t}const t=a.join(N,ae);if(I(i,t))return t}else if(F)return N},"resolveExtendsPath"),ce=r((e,t)=>B(a.relative(e,t)),"pathRelative"),he=["files","include","exclude"],le=r((e,t,i)=>{const n=a.join(t,i);return h(a.relative(e,n))||"./"},"resolveAndRelativize"),pe=r((e,t,i)=>{const n=a.relative(e,t);if(!n)return i;return h(`${n}/${i.startsWith("./")?i.slice(2):i}`)},"prefixPattern"),ue=r((e,t,i,n)=>{const c=oe(e,t,n);if(!c)throw new Error(`File '${e}' not found.`);if(i.has(c))throw new Error(`Circularity detected while resolving configuration: ${c}`);i.add(c);const l=a.dirname(c),y=fe(c,n,i);delete y.references;const{compilerOptions:E}=y;if(E){const{baseUrl:e}=E;e&&!e.startsWith(ie)&&(E.baseUrl=le(t,l,e));const{outDir:i}=E;i&&!i.startsWith(ie)&&(E.outDir=le(t,l,i));const{declarationDir:n}=E;n&&!n.startsWith(ie)&&(E.declarationDir=le(t,l,n));const{rootDir:a}=E;a&&!a.startsWith(ie)&&(E.rootDir=le(t,l,a));const{rootDirs:c}=E;c&&(E.rootDirs=c.map(e=>e.startsWith(ie)?e:le(t,l,e)));const{typeRoots:y}=E;y&&(E.typeRoots=y.map(e=>e.startsWith(ie)?e:le(t,l,e)))}for(const e of he){const i=y[e];i&&(y[e]=i.map(e=>e.startsWith(ie)?e:pe(t,l,e)))}return y},"resolveExtends"),de=["outDir","declarationDir"],fe=r((e,t,i=new Set)=>{let n;try{n=X(e,t)||{}}catch{throw new Error(`Cannot resolve tsconfig at path: ${e}`)}if("object"!=typeof n)throw new SyntaxError(`Failed to parse tsconfig at: ${e}`);const c=a.dirname(e);if(n.compilerOptions){const{compilerOptions:e}=n;e.paths&&!e.baseUrl&&(e[te]=c)}if(n.extends){const e=Array.isArray(n.extends)?n.extends:[n.extends];delete n.extends;for(const a of e.reverse()){const e=ue(a,c,new Set(i),t),l={...e,...n,compilerOptions:{...e.compilerOptions,...n.compilerOptions}};e.watchOptions&&(l.watchOptions={...e.watchOptions,...n.watchOptions}),n=l}}if(n.compilerOptions){const{compilerOptions:e}=n,t=["baseUrl","rootDir"];for(const i of t){const t=e[i];if(t&&!t.startsWith(ie)){const n=a.resolve(c,t),l=ce(c,n);e[i]=l}}for(const t of de){let i=e[t];i&&(Array.isArray(n.exclude)||(n.exclude=de.map(t=>e[t]).filter(Boolean)),i.startsWith(ie)||(i=B(i)),e[t]=i)}}else n.compilerOptions={};if(n.include&&(n.include=n.include.map(h)),n.files&&(n.files=n.files.map(e=>e.startsWith(ie)?e:B(e))),n.watchOptions){const{watchOptions:e}=n;e.excludeDirectories&&(e.excludeDirectories=e.excludeDirectories.map(e=>h(a.resolve(c,e)))),e.excludeFiles&&(e.excludeFiles=e.excludeFiles.map(e=>h(a.resolve(c,e)))),e.watchFile&&(e.watchFile=e.watchFile.toLowerCase()),e.watchDirectory&&(e.watchDirectory=e.watchDirectory.toLowerCase()),e.fallbackPolling&&(e.fallbackPolling=e.fallbackPolling.toLowerCase())}return n},"_parseTsconfig"),me=r((e,t)=>{if(e.startsWith(ie))return h(a.join(t,e.slice(12)))},"interpolateConfigDir"),ge=["outDir","declarationDir","outFile","rootDir","baseUrl","tsBuildInfoFile"],xe=r(e=>{if(e.strict){const t=["noImplicitAny","noImplicitThis","strictNullChecks","strictFunctionTypes","strictBindCallApply","strictPropertyInitialization","strictBuiltinIteratorReturn","alwaysStrict","useUnknownInCatchVariables"];for(const i of t)void 0===e[i]&&(e[i]=!0)}if(e.composite&&(null!=e.declaration||(e.declaration=!0),null!=e.incremental||(e.incremental=!0)),e.target){let t=e.target.toLowerCase();"es2015"===t&&(t="es6"),e.target=t,"esnext"===t&&(null!=e.module||(e.module="es6"),null!=e.useDefineForClassFields||(e.useDefineForClassFields=!0)),("es6"===t||"es2016"===t||"es2017"===t||"es2018"===t||"es2019"===t||"es2020"===t||"es2021"===t||"es2022"===t||"es2023"===t||"es2024"===t)&&(null!=e.module||(e.module="es6")),("es2022"===t||"es2023"===t||"es2024"===t)&&(null!=e.useDefineForClassFields||(e.useDefineForClassFields=!0))}if(e.module){let t=e.module.toLowerCase();if("es2015"===t&&(t="es6"),e.module=t,("es6"===t||"es2020"===t||"es2022"===t||"esnext"===t||"none"===t||"system"===t||"umd"===t||"amd"===t)&&(null!=e.moduleResolution||(e.moduleResolution="classic")),"system"===t&&(null!=e.allowSyntheticDefaultImports||(e.allowSyntheticDefaultImports=!0)),("node16"===t||"node18"===t||"node20"===t||"nodenext"===t||"preserve"===t)&&(null!=e.esModuleInterop||(e.esModuleInterop=!0),null!=e.allowSyntheticDefaultImports||(e.allowSyntheticDefaultImports=!0)),("node16"===t||"node18"===t||"node20"===t||"nodenext"===t)&&(null!=e.moduleDetection||(e.moduleDetection="force")),"node16"===t&&(null!=e.target||(e.target="es2022"),null!=e.moduleResolution||(e.moduleResolution="node16")),"node18"===t&&(null!=e.target||(e.target="es2022"),null!=e.moduleResolution||(e.moduleResolution="node16")),"node20"===t&&(null!=e.target||(e.target="es2023"),null!=e.moduleResolution||(e.moduleResolution="node16"),null!=e.resolveJsonModule||(e.resolveJsonModule=!0)),"nodenext"===t&&(null!=e.target||(e.target="esnext"),null!=e.moduleResolution||(e.moduleResolution="nodenext"),null!=e.resolveJsonModule||(e.resolveJsonModule=!0)),"node16"===t||"node18"===t||"node20"===t||"nodenext"===t){const t=e.target;("es3"===t||"es2022"===t||"es2023"===t||"es2024"===t||"esnext"===t)&&(null!=e.useDefineForClassFields||(e.useDefineForClassFields=!0))}"preserve"===t&&(null!=e.moduleResolution||(e.moduleResolution="bundler"))}if(e.moduleResolution){let t=e.moduleResolution.toLowerCase();"node"===t&&(t="node10"),e.moduleResolution=t,("node16"===t||"nodenext"===t||"bundler"===t)&&(null!=e.resolvePackageJsonExports||(e.resolvePackageJsonExports=!0),null!=e.resolvePackageJsonImports||(e.resolvePackageJsonImports=!0)),"bundler"===t&&(null!=e.allowSyntheticDefaultImports||(e.allowSyntheticDefaultImports=!0),null!=e.resolveJsonModule||(e.resolveJsonModule=!0))}e.jsx&&(e.jsx=e.jsx.toLowerCase()),e.moduleDetection&&(e.moduleDetection=e.moduleDetection.toLowerCase()),e.importsNotUsedAsValues&&(e.importsNotUsedAsValues=e.importsNotUsedAsValues.toLowerCase()),e.newLine&&(e.newLine=e.newLine.toLowerCase()),e.esModuleInterop&&(null!=e.allowSyntheticDefaultImports||(e.allowSyntheticDefaultImports=!0)),e.verbatimModuleSyntax&&(null!=e.isolatedModules||(e.isolatedModules=!0),null!=e.preserveConstEnums||(e.preserveConstEnums=!0)),e.isolatedModules&&(null!=e.preserveConstEnums||(e.preserveConstEnums=!0)),e.rewriteRelativeImportExtensions&&(null!=e.allowImportingTsExtensions||(e.allowImportingTsExtensions=!0)),e.lib&&(e.lib=e.lib.map(e=>e.toLowerCase())),e.checkJs&&(null!=e.allowJs||(e.allowJs=!0))},"normalizeCompilerOptions"),ve=r((e,t=new Map)=>{const i=a.resolve(e),n=fe(i,t),c=a.dirname(i),{compilerOptions:l}=n;if(l){for(const e of ge){const t=l[e];if(t){const i=me(t,c);l[e]=i?ce(c,i):t}}for(const e of["rootDirs","typeRoots"]){const t=l[e];t&&(l[e]=t.map(e=>{const t=me(e,c);return t?ce(c,t):B(e)}))}const{paths:e}=l;if(e)for(const t of Object.keys(e))e[t]=e[t].map(e=>{var t;return null!=(t=me(e,c))?t:e});xe(l)}for(const e of he){const t=n[e];t&&(n[e]=t.map(e=>{var t;return null!=(t=me(e,c))?t:e}))}return n},"parseTsconfig");var ye=Object.defineProperty,_e=r((e,t)=>ye(e,"name",{value:t,configurable:!0}),"s");const Ee=_e(e=>{let t="";for(let i=0;i<e.length;i+=1){const n=e[i],a=n.toUpperCase();t+=n===a?n.toLowerCase():a}return t},"invertCase"),be=new Map,ke=_e((e,t)=>{const i=C.join(e,`.is-fs-case-sensitive-test-${process.pid}`);try{return t.writeFileSync(i,""),!t.existsSync(Ee(i))}finally{try{t.unlinkSync(i)}catch{}}},"checkDirectoryCaseWithWrite"),we=_e((e,t,i)=>{try{return ke(e,i)}catch(e){if(void 0===t)return ke(w.tmpdir(),i);throw e}},"checkDirectoryCaseWithFallback"),Ce=_e((e,t=E,i=!0)=>{const n=null!=e?e:process.cwd();if(i&&be.has(n))return be.get(n);let a;const c=Ee(n);return a=c!==n&&t.existsSync(n)?!t.existsSync(c):we(n,e,t),i&&be.set(n,a),a},"isFsCaseSensitive"),{join:Se}=a.posix,Ie={ts:[".ts",".tsx",".d.ts"],cts:[".cts",".d.cts"],mts:[".mts",".d.mts"]},Te=r(e=>{const t=[...Ie.ts],i=[...Ie.cts],n=[...Ie.mts];return null!=e&&e.allowJs&&(t.push(".js",".jsx"),i.push(".cjs"),n.push(".mjs")),[...t,...i,...n]},"getSupportedExtensions"),Re=r(e=>{const t=[];if(!e)return t;const{outDir:i,declarationDir:n}=e;return i&&t.push(i),n&&t.push(n),t},"getDefaultExcludeSpec"),Ae=r(e=>e.replaceAll(/[.*+?^${}()|[\]\\]/g,String.raw`\$&`),"escapeForRegexp"),Le=`(?!(${["node_modules","bower_components","jspm_packages"].join("|")})(/|$))`,Oe=/(?:^|\/)[^.*?]+$/,De="**/*",Ve="[^/]",Ue="[^./]",Me="win32"===process.platform,je=r(({config:e,path:t},i=Ce())=>{if("extends"in e)throw new Error("tsconfig#extends must be resolved. Use getTsconfig or parseTsconfig to resolve it.");if(!a.isAbsolute(t))throw new Error("The tsconfig path must be absolute");Me&&(t=h(t));const n=a.dirname(t),{files:c,include:l,exclude:y,compilerOptions:E}=e,w=r(e=>a.isAbsolute(e)?e:Se(n,e),"resolvePattern"),C=null==c?void 0:c.map(w),S=Te(E),I=i?"":"i",N=(y||Re(E)).map(e=>{const t=w(e),i=Ae(t).replaceAll(String.raw`\*\*/`,"(.+/)?").replaceAll(String.raw`\*`,`${Ve}*`).replaceAll(String.raw`\?`,Ve);return new RegExp(`^${i}($|/)`,I)}),O=c||l?l:[De],j=O?O.map(e=>{let t=w(e);Oe.test(t)&&(t=Se(t,De));const i=Ae(t).replaceAll(String.raw`/\*\*`,`(/${Le}${Ue}${Ve}*)*?`).replaceAll(/(\/)?\\\*/g,(e,t)=>{const i=`(${Ue}|(\\.(?!min\\.js$))?)*`;return t?`/${Le}${Ue}${i}`:i}).replaceAll(/(\/)?\\\?/g,(e,t)=>t?`/${Le}${Ve}`:Ve);return new RegExp(`^${i}$`,I)}):void 0;return t=>{if(!a.isAbsolute(t))throw new Error("filePath must be absolute");return Me&&(t=h(t)),null!=C&&C.includes(t)||S.some(e=>t.endsWith(e))&&!N.some(e=>e.test(t))&&j&&j.some(e=>e.test(t))?e:void 0}},"createFilesMatcher"),Fe=r((e,t,i)=>{const n=a.resolve(e);let c=h(e);for(;;){const e=j(c,t,i);if(!e)return;const l=a.resolve(e),y=ve(l,i),E={path:h(l),config:y};if(je(E)(n))return E;const w=a.dirname(e),C=a.dirname(w);if(C===w)return;c=C}},"findConfigApplicable"),Be=r((e=process.cwd(),t="tsconfig.json",i=new Map,n=!1)=>{var a;return n?null==(a=Fe(e,t,i))?void 0:a.path:j(h(e),t,i)},"findTsconfig"),$e=r((e=process.cwd(),t="tsconfig.json",i=new Map,n=!1)=>{var a;if(!n){const n=Be(e,t,i);if(!n)return null;return{path:n,config:ve(n,i)}}return null!=(a=Fe(e,t,i))?a:null},"getTsconfig"),qe=/\*/g,Ge=r((e,t)=>{const i=e.match(qe);if(i&&i.length>1)throw new Error(t)},"assertStarCount"),Ke=r(e=>{if(e.includes("*")){const[t,i]=e.split("*");return{prefix:t,suffix:i}}return e},"parsePattern"),He=r(({prefix:e,suffix:t},i)=>i.startsWith(e)&&i.endsWith(t),"isPatternMatch"),ze=r((e,t,i)=>Object.entries(e).map(([e,n])=>(Ge(e,`Pattern '${e}' can have at most one '*' character.`),{pattern:Ke(e),substitutions:n.map(n=>{if(Ge(n,`Substitution '${n}' in pattern '${e}' can have at most one '*' character.`),!t&&!F.test(n)&&!a.isAbsolute(n))throw new Error("Non-relative paths are not allowed when 'baseUrl' is not set. Did you forget a leading './'?");return a.resolve(i,n)})})),"parsePaths"),Je=r(e=>{const{compilerOptions:t}=e.config;if(!t)return null;const{baseUrl:i,paths:n}=t;if(!i&&!n)return null;const c=te in t&&t[te],l=a.resolve(a.dirname(e.path),i||c||"."),y=n?ze(n,i,l):[];return e=>{if(F.test(e))return[];const t=[];for(const i of y){if(i.pattern===e)return i.substitutions.map(h);"string"!=typeof i.pattern&&t.push(i)}let n,c=-1;for(const i of t)He(i.pattern,e)&&i.pattern.prefix.length>c&&(c=i.pattern.prefix.length,n=i);if(!n)return i?[h(a.join(l,e))]:[];const E=e.slice(n.pattern.prefix.length,e.length-n.pattern.suffix.length);return n.substitutions.map(e=>h(e.replace("*",E)))}},"createPathsMatcher");t.createPathsMatcher=Je,t.getTsconfig=$e},"./node_modules/.pnpm/resolve-pkg-maps@1.0.0/node_modules/resolve-pkg-maps/dist/index.cjs"(e,t){"use strict";Object.defineProperty(t,"__esModule",{value:!0});const d=e=>null!==e&&"object"==typeof e,s=(e,t)=>Object.assign(new Error(`[${e}]: ${t}`),{code:e}),i="ERR_INVALID_PACKAGE_CONFIG",n="ERR_INVALID_PACKAGE_TARGET",a=/^\d+$/,c=/^(\.{1,2}|node_modules)$/i,l=/\/|\\/;var y,E=((y=E||{}).Export="exports",y.Import="imports",y);const f=(e,t,y,E,w)=>{if(null==t)return[];if("string"==typeof t){const[i,...a]=t.split(l);if(".."===i||a.some(e=>c.test(e)))throw s(n,`Invalid "${e}" target "${t}" defined in the package config`);return[w?t.replace(/\*/g,w):t]}if(Array.isArray(t))return t.flatMap(t=>f(e,t,y,E,w));if(d(t)){for(const n of Object.keys(t)){if(a.test(n))throw s(i,"Cannot contain numeric property keys");if("default"===n||E.includes(n))return f(e,t[n],y,E,w)}return[]}throw s(n,`Invalid "${e}" target "${t}"`)},w="*",v=(e,t)=>{const i=e.indexOf(w),n=t.indexOf(w);return i===n?t.length>e.length:n>i};function A(e,t){if(!t.includes(w)&&e.hasOwnProperty(t))return[t];let i,n;for(const a of Object.keys(e))if(a.includes(w)){const[e,c,l]=a.split(w);if(void 0===l&&t.startsWith(e)&&t.endsWith(c)){const l=t.slice(e.length,-c.length||void 0);l&&(!i||v(i,a))&&(i=a,n=l)}}return[i,n]}const C=/^\w+:/;t.resolveExports=(e,t,a)=>{if(!e)throw new Error('"exports" is required');t=""===t?".":`./${t}`,("string"==typeof e||Array.isArray(e)||d(e)&&(e=>Object.keys(e).reduce((e,t)=>{const n=""===t||"."!==t[0];if(void 0===e||e===n)return n;throw s(i,'"exports" cannot contain some keys starting with "." and some not')},void 0))(e))&&(e={".":e});const[c,l]=A(e,t),y=f(E.Export,e[c],t,a,l);if(0===y.length)throw s("ERR_PACKAGE_PATH_NOT_EXPORTED","."===t?'No "exports" main defined':`Package subpath '${t}' is not defined by "exports"`);for(const e of y)if(!e.startsWith("./")&&!C.test(e))throw s(n,`Invalid "exports" target "${e}" defined in the package config`);return y},t.resolveImports=(e,t,i)=>{if(!e)throw new Error('"imports" is required');const[n,a]=A(e,t),c=f(E.Import,e[n],t,i,a);if(0===c.length)throw s("ERR_PACKAGE_IMPORT_NOT_DEFINED",`Package import specifier "${t}" is not defined in package`);return c}}},t={};function __nested_webpack_require_27261__(i){var n=t[i];if(void 0!==n)return n.exports;var a=t[i]={exports:{}};return e[i](a,a.exports,__nested_webpack_require_27261__),a.exports}__nested_webpack_require_27261__.n=e=>{var t=e&&e.__esModule?()=>e.default:()=>e;return __nested_webpack_require_27261__.d(t,{a:t}),t},__nested_webpack_require_27261__.d=(e,t)=>{for(var i in t)__nested_webpack_require_27261__.o(t,i)&&!__nested_webpack_require_27261__.o(e,i)&&Object.defineProperty(e,i,{enumerable:!0,get:t[i]})},__nested_webpack_require_27261__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t);var i={};(()=>{"use strict";__nested_webpack_require_27261__.d(i,{default:()=>createJiti});const e=__nccwpck_require__(8161);var t=[509,0,227,0,150,4,294,9,1368,2,2,1,6,3,41,2,5,0,166,1,574,3,9,9,7,9,32,4,318,1,78,5,71,10,50,3,123,2,54,14,32,10,3,1,11,3,46,10,8,0,46,9,7,2,37,13,2,9,6,1,45,0,13,2,49,13,9,3,2,11,83,11,7,0,3,0,158,11,6,9,7,3,56,1,2,6,3,1,3,2,10,0,11,1,3,6,4,4,68,8,2,0,3,0,2,3,2,4,2,0,15,1,83,17,10,9,5,0,82,19,13,9,214,6,3,8,28,1,83,16,16,9,82,12,9,9,7,19,58,14,5,9,243,14,166,9,71,5,2,1,3,3,2,0,2,1,13,9,120,6,3,6,4,0,29,9,41,6,2,3,9,0,10,10,47,15,199,7,137,9,54,7,2,7,17,9,57,21,2,13,123,5,4,0,2,1,2,6,2,0,9,9,49,4,2,1,2,4,9,9,55,9,266,3,10,1,2,0,49,6,4,4,14,10,5350,0,7,14,11465,27,2343,9,87,9,39,4,60,6,26,9,535,9,470,0,2,54,8,3,82,0,12,1,19628,1,4178,9,519,45,3,22,543,4,4,5,9,7,3,6,31,3,149,2,1418,49,513,54,5,49,9,0,15,0,23,4,2,14,1361,6,2,16,3,6,2,1,2,4,101,0,161,6,10,9,357,0,62,13,499,13,245,1,2,9,233,0,3,0,8,1,6,0,475,6,110,6,6,9,4759,9,787719,239],n=[0,11,2,25,2,18,2,1,2,14,3,13,35,122,70,52,268,28,4,48,48,31,14,29,6,37,11,29,3,35,5,7,2,4,43,157,19,35,5,35,5,39,9,51,13,10,2,14,2,6,2,1,2,10,2,14,2,6,2,1,4,51,13,310,10,21,11,7,25,5,2,41,2,8,70,5,3,0,2,43,2,1,4,0,3,22,11,22,10,30,66,18,2,1,11,21,11,25,7,25,39,55,7,1,65,0,16,3,2,2,2,28,43,28,4,28,36,7,2,27,28,53,11,21,11,18,14,17,111,72,56,50,14,50,14,35,39,27,10,22,251,41,7,1,17,5,57,28,11,0,9,21,43,17,47,20,28,22,13,52,58,1,3,0,14,44,33,24,27,35,30,0,3,0,9,34,4,0,13,47,15,3,22,0,2,0,36,17,2,24,20,1,64,6,2,0,2,3,2,14,2,9,8,46,39,7,3,1,3,21,2,6,2,1,2,4,4,0,19,0,13,4,31,9,2,0,3,0,2,37,2,0,26,0,2,0,45,52,19,3,21,2,31,47,21,1,2,0,185,46,42,3,37,47,21,0,60,42,14,0,72,26,38,6,186,43,117,63,32,7,3,0,3,7,2,1,2,23,16,0,2,0,95,7,3,38,17,0,2,0,29,0,11,39,8,0,22,0,12,45,20,0,19,72,200,32,32,8,2,36,18,0,50,29,113,6,2,1,2,37,22,0,26,5,2,1,2,31,15,0,24,43,261,18,16,0,2,12,2,33,125,0,80,921,103,110,18,195,2637,96,16,1071,18,5,26,3994,6,582,6842,29,1763,568,8,30,18,78,18,29,19,47,17,3,32,20,6,18,433,44,212,63,33,24,3,24,45,74,6,0,67,12,65,1,2,0,15,4,10,7381,42,31,98,114,8702,3,2,6,2,1,2,290,16,0,30,2,3,0,15,3,9,395,2309,106,6,12,4,8,8,9,5991,84,2,70,2,1,3,0,3,1,3,3,2,11,2,0,2,6,2,64,2,3,3,7,2,6,2,27,2,3,2,4,2,0,4,6,2,339,3,24,2,24,2,30,2,24,2,30,2,24,2,30,2,24,2,30,2,24,2,7,1845,30,7,5,262,61,147,44,11,6,17,0,322,29,19,43,485,27,229,29,3,0,208,30,2,2,2,1,2,6,3,4,10,1,225,6,2,3,2,1,2,14,2,196,60,67,8,0,1205,3,2,26,2,1,2,0,3,0,2,9,2,3,2,0,2,0,7,0,5,0,2,0,2,0,2,2,2,1,2,0,3,0,2,0,2,0,2,0,2,0,2,1,2,0,3,3,2,6,2,3,2,3,2,0,2,9,2,16,6,2,2,4,2,16,4421,42719,33,4381,3,5773,3,7472,16,621,2467,541,1507,4938,6,8489],a="ªµºÀ-ÖØ-öø-ˁˆ-ˑˠ-ˤˬˮͰ-ʹͶͷͺ-ͽͿΆΈ-ΊΌΎ-ΡΣ-ϵϷ-ҁҊ-ԯԱ-Ֆՙՠ-ֈא-תׯ-ײؠ-يٮٯٱ-ۓەۥۦۮۯۺ-ۼۿܐܒ-ܯݍ-ޥޱߊ-ߪߴߵߺࠀ-ࠕࠚࠤࠨࡀ-ࡘࡠ-ࡪࡰ-ࢇࢉ-࢏ࢠ-ࣉऄ-हऽॐक़-ॡॱ-ঀঅ-ঌএঐও-নপ-রলশ-হঽৎড়ঢ়য়-ৡৰৱৼਅ-ਊਏਐਓ-ਨਪ-ਰਲਲ਼ਵਸ਼ਸਹਖ਼-ੜਫ਼ੲ-ੴઅ-ઍએ-ઑઓ-નપ-રલળવ-હઽૐૠૡૹଅ-ଌଏଐଓ-ନପ-ରଲଳଵ-ହଽଡ଼ଢ଼ୟ-ୡୱஃஅ-ஊஎ-ஐஒ-கஙசஜஞடணதந-பம-ஹௐఅ-ఌఎ-ఐఒ-నప-హఽౘ-ౚ౜ౝౠౡಀಅ-ಌಎ-ಐಒ-ನಪ-ಳವ-ಹಽ೜-ೞೠೡೱೲഄ-ഌഎ-ഐഒ-ഺഽൎൔ-ൖൟ-ൡൺ-ൿඅ-ඖක-නඳ-රලව-ෆก-ะาำเ-ๆກຂຄຆ-ຊຌ-ຣລວ-ະາຳຽເ-ໄໆໜ-ໟༀཀ-ཇཉ-ཬྈ-ྌက-ဪဿၐ-ၕၚ-ၝၡၥၦၮ-ၰၵ-ႁႎႠ-ჅჇჍა-ჺჼ-ቈቊ-ቍቐ-ቖቘቚ-ቝበ-ኈኊ-ኍነ-ኰኲ-ኵኸ-ኾዀዂ-ዅወ-ዖዘ-ጐጒ-ጕጘ-ፚᎀ-ᎏᎠ-Ᏽᏸ-ᏽᐁ-ᙬᙯ-ᙿᚁ-ᚚᚠ-ᛪᛮ-ᛸᜀ-ᜑᜟ-ᜱᝀ-ᝑᝠ-ᝬᝮ-ᝰក-ឳៗៜᠠ-ᡸᢀ-ᢨᢪᢰ-ᣵᤀ-ᤞᥐ-ᥭᥰ-ᥴᦀ-ᦫᦰ-ᧉᨀ-ᨖᨠ-ᩔᪧᬅ-ᬳᭅ-ᭌᮃ-ᮠᮮᮯᮺ-ᯥᰀ-ᰣᱍ-ᱏᱚ-ᱽᲀ-ᲊᲐ-ᲺᲽ-Ჿᳩ-ᳬᳮ-ᳳᳵᳶᳺᴀ-ᶿḀ-ἕἘ-Ἕἠ-ὅὈ-Ὅὐ-ὗὙὛὝὟ-ώᾀ-ᾴᾶ-ᾼιῂ-ῄῆ-ῌῐ-ΐῖ-Ίῠ-Ῥῲ-ῴῶ-ῼⁱⁿₐ-ₜℂℇℊ-ℓℕ℘-ℝℤΩℨK-ℹℼ-ℿⅅ-ⅉⅎⅠ-ↈⰀ-ⳤⳫ-ⳮⳲⳳⴀ-ⴥⴧⴭⴰ-ⵧⵯⶀ-ⶖⶠ-ⶦⶨ-ⶮⶰ-ⶶⶸ-ⶾⷀ-ⷆⷈ-ⷎⷐ-ⷖⷘ-ⷞ々-〇〡-〩〱-〵〸-〼ぁ-ゖ゛-ゟァ-ヺー-ヿㄅ-ㄯㄱ-ㆎㆠ-ㆿㇰ-ㇿ㐀-䶿一-ꒌꓐ-ꓽꔀ-ꘌꘐ-ꘟꘪꘫꙀ-ꙮꙿ-ꚝꚠ-ꛯꜗ-ꜟꜢ-ꞈꞋ-Ƛ꟱-ꠁꠃ-ꠅꠇ-ꠊꠌ-ꠢꡀ-ꡳꢂ-ꢳꣲ-ꣷꣻꣽꣾꤊ-ꤥꤰ-ꥆꥠ-ꥼꦄ-ꦲꧏꧠ-ꧤꧦ-ꧯꧺ-ꧾꨀ-ꨨꩀ-ꩂꩄ-ꩋꩠ-ꩶꩺꩾ-ꪯꪱꪵꪶꪹ-ꪽꫀꫂꫛ-ꫝꫠ-ꫪꫲ-ꫴꬁ-ꬆꬉ-ꬎꬑ-ꬖꬠ-ꬦꬨ-ꬮꬰ-ꭚꭜ-ꭩꭰ-ꯢ가-힣ힰ-ퟆퟋ-ퟻ豈-舘並-龎ﬀ-ﬆﬓ-ﬗיִײַ-ﬨשׁ-זּטּ-לּמּנּסּףּפּצּ-ﮱﯓ-ﴽﵐ-ﶏﶒ-ﷇﷰ-ﷻﹰ-ﹴﹶ-ﻼＡ-Ｚａ-ｚｦ-ﾾￂ-ￇￊ-ￏￒ-ￗￚ-ￜ",c={3:"abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile",5:"class enum extends super const export import",6:"enum",strict:"implements interface let package private protected public static yield",strictBind:"eval arguments"},l="break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this",y={5:l,"5module":l+" export import",6:l+" const class extends export import super"},E=/^in(stanceof)?$/,w=new RegExp("["+a+"]"),C=new RegExp("["+a+"‌‍·̀-ͯ·҃-֑҇-ׇֽֿׁׂׅׄؐ-ًؚ-٩ٰۖ-ۜ۟-۪ۤۧۨ-ۭ۰-۹ܑܰ-݊ަ-ް߀-߉߫-߽߳ࠖ-࠙ࠛ-ࠣࠥ-ࠧࠩ-࡙࠭-࡛ࢗ-࢟࣊-ࣣ࣡-ःऺ-़ा-ॏ॑-ॗॢॣ०-९ঁ-ঃ়া-ৄেৈো-্ৗৢৣ০-৯৾ਁ-ਃ਼ਾ-ੂੇੈੋ-੍ੑ੦-ੱੵઁ-ઃ઼ા-ૅે-ૉો-્ૢૣ૦-૯ૺ-૿ଁ-ଃ଼ା-ୄେୈୋ-୍୕-ୗୢୣ୦-୯ஂா-ூெ-ைொ-்ௗ௦-௯ఀ-ఄ఼ా-ౄె-ైొ-్ౕౖౢౣ౦-౯ಁ-ಃ಼ಾ-ೄೆ-ೈೊ-್ೕೖೢೣ೦-೯ೳഀ-ഃ഻഼ാ-ൄെ-ൈൊ-്ൗൢൣ൦-൯ඁ-ඃ්ා-ුූෘ-ෟ෦-෯ෲෳัิ-ฺ็-๎๐-๙ັິ-ຼ່-໎໐-໙༘༙༠-༩༹༵༷༾༿ཱ-྄྆྇ྍ-ྗྙ-ྼ࿆ါ-ှ၀-၉ၖ-ၙၞ-ၠၢ-ၤၧ-ၭၱ-ၴႂ-ႍႏ-ႝ፝-፟፩-፱ᜒ-᜕ᜲ-᜴ᝒᝓᝲᝳ឴-៓៝០-៩᠋-᠍᠏-᠙ᢩᤠ-ᤫᤰ-᤻᥆-᥏᧐-᧚ᨗ-ᨛᩕ-ᩞ᩠-᩿᩼-᪉᪐-᪙᪰-᪽ᪿ-᫝᫠-᫫ᬀ-ᬄ᬴-᭄᭐-᭙᭫-᭳ᮀ-ᮂᮡ-ᮭ᮰-᮹᯦-᯳ᰤ-᰷᱀-᱉᱐-᱙᳐-᳔᳒-᳨᳭᳴᳷-᳹᷀-᷿‌‍‿⁀⁔⃐-⃥⃜⃡-⃰⳯-⵿⳱ⷠ-〪ⷿ-゙゚〯・꘠-꘩꙯ꙴ-꙽ꚞꚟ꛰꛱ꠂ꠆ꠋꠣ-ꠧ꠬ꢀꢁꢴ-ꣅ꣐-꣙꣠-꣱ꣿ-꤉ꤦ-꤭ꥇ-꥓ꦀ-ꦃ꦳-꧀꧐-꧙ꧥ꧰-꧹ꨩ-ꨶꩃꩌꩍ꩐-꩙ꩻ-ꩽꪰꪲ-ꪴꪷꪸꪾ꪿꫁ꫫ-ꫯꫵ꫶ꯣ-ꯪ꯬꯭꯰-꯹ﬞ︀-️︠-︯︳︴﹍-﹏０-９＿･]");function isInAstralSet(e,t){for(var i=65536,n=0;n<t.length;n+=2){if((i+=t[n])>e)return!1;if((i+=t[n+1])>=e)return!0}return!1}function isIdentifierStart(e,t){return e<65?36===e:e<91||(e<97?95===e:e<123||(e<=65535?e>=170&&w.test(String.fromCharCode(e)):!1!==t&&isInAstralSet(e,n)))}function isIdentifierChar(e,i){return e<48?36===e:e<58||!(e<65)&&(e<91||(e<97?95===e:e<123||(e<=65535?e>=170&&C.test(String.fromCharCode(e)):!1!==i&&(isInAstralSet(e,n)||isInAstralSet(e,t)))))}var acorn_TokenType=function(e,t){void 0===t&&(t={}),this.label=e,this.keyword=t.keyword,this.beforeExpr=!!t.beforeExpr,this.startsExpr=!!t.startsExpr,this.isLoop=!!t.isLoop,this.isAssign=!!t.isAssign,this.prefix=!!t.prefix,this.postfix=!!t.postfix,this.binop=t.binop||null,this.updateContext=null};function binop(e,t){return new acorn_TokenType(e,{beforeExpr:!0,binop:t})}var S={beforeExpr:!0},I={startsExpr:!0},N={};function kw(e,t){return void 0===t&&(t={}),t.keyword=e,N[e]=new acorn_TokenType(e,t)}var O={num:new acorn_TokenType("num",I),regexp:new acorn_TokenType("regexp",I),string:new acorn_TokenType("string",I),name:new acorn_TokenType("name",I),privateId:new acorn_TokenType("privateId",I),eof:new acorn_TokenType("eof"),bracketL:new acorn_TokenType("[",{beforeExpr:!0,startsExpr:!0}),bracketR:new acorn_TokenType("]"),braceL:new acorn_TokenType("{",{beforeExpr:!0,startsExpr:!0}),braceR:new acorn_TokenType("}"),parenL:new acorn_TokenType("(",{beforeExpr:!0,startsExpr:!0}),parenR:new acorn_TokenType(")"),comma:new acorn_TokenType(",",S),semi:new acorn_TokenType(";",S),colon:new acorn_TokenType(":",S),dot:new acorn_TokenType("."),question:new acorn_TokenType("?",S),questionDot:new acorn_TokenType("?."),arrow:new acorn_TokenType("=>",S),template:new acorn_TokenType("template"),invalidTemplate:new acorn_TokenType("invalidTemplate"),ellipsis:new acorn_TokenType("...",S),backQuote:new acorn_TokenType("`",I),dollarBraceL:new acorn_TokenType("${",{beforeExpr:!0,startsExpr:!0}),eq:new acorn_TokenType("=",{beforeExpr:!0,isAssign:!0}),assign:new acorn_TokenType("_=",{beforeExpr:!0,isAssign:!0}),incDec:new acorn_TokenType("++/--",{prefix:!0,postfix:!0,startsExpr:!0}),prefix:new acorn_TokenType("!/~",{beforeExpr:!0,prefix:!0,startsExpr:!0}),logicalOR:binop("||",1),logicalAND:binop("&&",2),bitwiseOR:binop("|",3),bitwiseXOR:binop("^",4),bitwiseAND:binop("&",5),equality:binop("==/!=/===/!==",6),relational:binop("</>/<=/>=",7),bitShift:binop("<</>>/>>>",8),plusMin:new acorn_TokenType("+/-",{beforeExpr:!0,binop:9,prefix:!0,startsExpr:!0}),modulo:binop("%",10),star:binop("*",10),slash:binop("/",10),starstar:new acorn_TokenType("**",{beforeExpr:!0}),coalesce:binop("??",1),_break:kw("break"),_case:kw("case",S),_catch:kw("catch"),_continue:kw("continue"),_debugger:kw("debugger"),_default:kw("default",S),_do:kw("do",{isLoop:!0,beforeExpr:!0}),_else:kw("else",S),_finally:kw("finally"),_for:kw("for",{isLoop:!0}),_function:kw("function",I),_if:kw("if"),_return:kw("return",S),_switch:kw("switch"),_throw:kw("throw",S),_try:kw("try"),_var:kw("var"),_const:kw("const"),_while:kw("while",{isLoop:!0}),_with:kw("with"),_new:kw("new",{beforeExpr:!0,startsExpr:!0}),_this:kw("this",I),_super:kw("super",I),_class:kw("class",I),_extends:kw("extends",S),_export:kw("export"),_import:kw("import",I),_null:kw("null",I),_true:kw("true",I),_false:kw("false",I),_in:kw("in",{beforeExpr:!0,binop:7}),_instanceof:kw("instanceof",{beforeExpr:!0,binop:7}),_typeof:kw("typeof",{beforeExpr:!0,prefix:!0,startsExpr:!0}),_void:kw("void",{beforeExpr:!0,prefix:!0,startsExpr:!0}),_delete:kw("delete",{beforeExpr:!0,prefix:!0,startsExpr:!0})},j=/\r\n?|\n|\u2028|\u2029/,F=new RegExp(j.source,"g");function isNewLine(e){return 10===e||13===e||8232===e||8233===e}function nextLineBreak(e,t,i){void 0===i&&(i=e.length);for(var n=t;n<i;n++){var a=e.charCodeAt(n);if(isNewLine(a))return n<i-1&&13===a&&10===e.charCodeAt(n+1)?n+2:n+1}return-1}var B=/[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/,$=/(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g,q=Object.prototype,W=q.hasOwnProperty,K=q.toString,H=Object.hasOwn||function(e,t){return W.call(e,t)},Y=Array.isArray||function(e){return"[object Array]"===K.call(e)},Q=Object.create(null);function wordsRegexp(e){return Q[e]||(Q[e]=new RegExp("^(?:"+e.replace(/ /g,"|")+")$"))}function codePointToString(e){return e<=65535?String.fromCharCode(e):(e-=65536,String.fromCharCode(55296+(e>>10),56320+(1023&e)))}var Z=/(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/,acorn_Position=function(e,t){this.line=e,this.column=t};acorn_Position.prototype.offset=function(e){return new acorn_Position(this.line,this.column+e)};var acorn_SourceLocation=function(e,t,i){this.start=t,this.end=i,null!==e.sourceFile&&(this.source=e.sourceFile)};function getLineInfo(e,t){for(var i=1,n=0;;){var a=nextLineBreak(e,n,t);if(a<0)return new acorn_Position(i,t-n);++i,n=a}}var X={ecmaVersion:null,sourceType:"script",onInsertedSemicolon:null,onTrailingComma:null,allowReserved:null,allowReturnOutsideFunction:!1,allowImportExportEverywhere:!1,allowAwaitOutsideFunction:null,allowSuperOutsideMethod:null,allowHashBang:!1,checkPrivateFields:!0,locations:!1,onToken:null,onComment:null,ranges:!1,program:null,sourceFile:null,directSourceFile:null,preserveParens:!1},te=!1;function getOptions(e){var t={};for(var i in X)t[i]=e&&H(e,i)?e[i]:X[i];if("latest"===t.ecmaVersion?t.ecmaVersion=1e8:null==t.ecmaVersion?(!te&&"object"==typeof console&&console.warn&&(te=!0,console.warn("Since Acorn 8.0.0, options.ecmaVersion is required.\nDefaulting to 2020, but this will stop working in the future.")),t.ecmaVersion=11):t.ecmaVersion>=2015&&(t.ecmaVersion-=2009),null==t.allowReserved&&(t.allowReserved=t.ecmaVersion<5),e&&null!=e.allowHashBang||(t.allowHashBang=t.ecmaVersion>=14),Y(t.onToken)){var n=t.onToken;t.onToken=function(e){return n.push(e)}}if(Y(t.onComment)&&(t.onComment=function(e,t){return function(i,n,a,c,l,y){var E={type:i?"Block":"Line",value:n,start:a,end:c};e.locations&&(E.loc=new acorn_SourceLocation(this,l,y)),e.ranges&&(E.range=[a,c]),t.push(E)}}(t,t.onComment)),"commonjs"===t.sourceType&&t.allowAwaitOutsideFunction)throw new Error("Cannot use allowAwaitOutsideFunction with sourceType: commonjs");return t}var ie=256,se=259;function functionFlags(e,t){return 2|(e?4:0)|(t?8:0)}var acorn_Parser=function(e,t,i){this.options=e=getOptions(e),this.sourceFile=e.sourceFile,this.keywords=wordsRegexp(y[e.ecmaVersion>=6?6:"module"===e.sourceType?"5module":5]);var n="";!0!==e.allowReserved&&(n=c[e.ecmaVersion>=6?6:5===e.ecmaVersion?5:3],"module"===e.sourceType&&(n+=" await")),this.reservedWords=wordsRegexp(n);var a=(n?n+" ":"")+c.strict;this.reservedWordsStrict=wordsRegexp(a),this.reservedWordsStrictBind=wordsRegexp(a+" "+c.strictBind),this.input=String(t),this.containsEsc=!1,i?(this.pos=i,this.lineStart=this.input.lastIndexOf("\n",i-1)+1,this.curLine=this.input.slice(0,this.lineStart).split(j).length):(this.pos=this.lineStart=0,this.curLine=1),this.type=O.eof,this.value=null,this.start=this.end=this.pos,this.startLoc=this.endLoc=this.curPosition(),this.lastTokEndLoc=this.lastTokStartLoc=null,this.lastTokStart=this.lastTokEnd=this.pos,this.context=this.initialContext(),this.exprAllowed=!0,this.inModule="module"===e.sourceType,this.strict=this.inModule||this.strictDirective(this.pos),this.potentialArrowAt=-1,this.potentialArrowInForAwait=!1,this.yieldPos=this.awaitPos=this.awaitIdentPos=0,this.labels=[],this.undefinedExports=Object.create(null),0===this.pos&&e.allowHashBang&&"#!"===this.input.slice(0,2)&&this.skipLineComment(2),this.scopeStack=[],this.enterScope("commonjs"===this.options.sourceType?2:1),this.regexpState=null,this.privateNameStack=[]},re={inFunction:{configurable:!0},inGenerator:{configurable:!0},inAsync:{configurable:!0},canAwait:{configurable:!0},allowReturn:{configurable:!0},allowSuper:{configurable:!0},allowDirectSuper:{configurable:!0},treatFunctionsAsVar:{configurable:!0},allowNewDotTarget:{configurable:!0},allowUsing:{configurable:!0},inClassStaticBlock:{configurable:!0}};acorn_Parser.prototype.parse=function(){var e=this.options.program||this.startNode();return this.nextToken(),this.parseTopLevel(e)},re.inFunction.get=function(){return(2&this.currentVarScope().flags)>0},re.inGenerator.get=function(){return(8&this.currentVarScope().flags)>0},re.inAsync.get=function(){return(4&this.currentVarScope().flags)>0},re.canAwait.get=function(){for(var e=this.scopeStack.length-1;e>=0;e--){var t=this.scopeStack[e].flags;if(768&t)return!1;if(2&t)return(4&t)>0}return this.inModule&&this.options.ecmaVersion>=13||this.options.allowAwaitOutsideFunction},re.allowReturn.get=function(){return!!this.inFunction||!!(this.options.allowReturnOutsideFunction&&1&this.currentVarScope().flags)},re.allowSuper.get=function(){return(64&this.currentThisScope().flags)>0||this.options.allowSuperOutsideMethod},re.allowDirectSuper.get=function(){return(128&this.currentThisScope().flags)>0},re.treatFunctionsAsVar.get=function(){return this.treatFunctionsAsVarInScope(this.currentScope())},re.allowNewDotTarget.get=function(){for(var e=this.scopeStack.length-1;e>=0;e--){var t=this.scopeStack[e].flags;if(768&t||2&t&&!(16&t))return!0}return!1},re.allowUsing.get=function(){var e=this.currentScope().flags;return!(1024&e)&&!(!this.inModule&&1&e)},re.inClassStaticBlock.get=function(){return(this.currentVarScope().flags&ie)>0},acorn_Parser.extend=function(){for(var e=[],t=arguments.length;t--;)e[t]=arguments[t];for(var i=this,n=0;n<e.length;n++)i=e[n](i);return i},acorn_Parser.parse=function(e,t){return new this(t,e).parse()},acorn_Parser.parseExpressionAt=function(e,t,i){var n=new this(i,e,t);return n.nextToken(),n.parseExpression()},acorn_Parser.tokenizer=function(e,t){return new this(t,e)},Object.defineProperties(acorn_Parser.prototype,re);var ne=acorn_Parser.prototype,ae=/^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;ne.strictDirective=function(e){if(this.options.ecmaVersion<5)return!1;for(;;){$.lastIndex=e,e+=$.exec(this.input)[0].length;var t=ae.exec(this.input.slice(e));if(!t)return!1;if("use strict"===(t[1]||t[2])){$.lastIndex=e+t[0].length;var i=$.exec(this.input),n=i.index+i[0].length,a=this.input.charAt(n);return";"===a||"}"===a||j.test(i[0])&&!(/[(`.[+\-/*%<>=,?^&]/.test(a)||"!"===a&&"="===this.input.charAt(n+1))}e+=t[0].length,$.lastIndex=e,e+=$.exec(this.input)[0].length,";"===this.input[e]&&e++}},ne.eat=function(e){return this.type===e&&(this.next(),!0)},ne.isContextual=function(e){return this.type===O.name&&this.value===e&&!this.containsEsc},ne.eatContextual=function(e){return!!this.isContextual(e)&&(this.next(),!0)},ne.expectContextual=function(e){this.eatContextual(e)||this.unexpected()},ne.canInsertSemicolon=function(){return this.type===O.eof||this.type===O.braceR||j.test(this.input.slice(this.lastTokEnd,this.start))},ne.insertSemicolon=function(){if(this.canInsertSemicolon())return this.options.onInsertedSemicolon&&this.options.onInsertedSemicolon(this.lastTokEnd,this.lastTokEndLoc),!0},ne.semicolon=function(){this.eat(O.semi)||this.insertSemicolon()||this.unexpected()},ne.afterTrailingComma=function(e,t){if(this.type===e)return this.options.onTrailingComma&&this.options.onTrailingComma(this.lastTokStart,this.lastTokStartLoc),t||this.next(),!0},ne.expect=function(e){this.eat(e)||this.unexpected()},ne.unexpected=function(e){this.raise(null!=e?e:this.start,"Unexpected token")};var acorn_DestructuringErrors=function(){this.shorthandAssign=this.trailingComma=this.parenthesizedAssign=this.parenthesizedBind=this.doubleProto=-1};ne.checkPatternErrors=function(e,t){if(e){e.trailingComma>-1&&this.raiseRecoverable(e.trailingComma,"Comma is not permitted after the rest element");var i=t?e.parenthesizedAssign:e.parenthesizedBind;i>-1&&this.raiseRecoverable(i,t?"Assigning to rvalue":"Parenthesized pattern")}},ne.checkExpressionErrors=function(e,t){if(!e)return!1;var i=e.shorthandAssign,n=e.doubleProto;if(!t)return i>=0||n>=0;i>=0&&this.raise(i,"Shorthand property assignments are valid only in destructuring patterns"),n>=0&&this.raiseRecoverable(n,"Redefinition of __proto__ property")},ne.checkYieldAwaitInDefaultParams=function(){this.yieldPos&&(!this.awaitPos||this.yieldPos<this.awaitPos)&&this.raise(this.yieldPos,"Yield expression cannot be a default value"),this.awaitPos&&this.raise(this.awaitPos,"Await expression cannot be a default value")},ne.isSimpleAssignTarget=function(e){return"ParenthesizedExpression"===e.type?this.isSimpleAssignTarget(e.expression):"Identifier"===e.type||"MemberExpression"===e.type};var oe=acorn_Parser.prototype;oe.parseTopLevel=function(e){var t=Object.create(null);for(e.body||(e.body=[]);this.type!==O.eof;){var i=this.parseStatement(null,!0,t);e.body.push(i)}if(this.inModule)for(var n=0,a=Object.keys(this.undefinedExports);n<a.length;n+=1){var c=a[n];this.raiseRecoverable(this.undefinedExports[c].start,"Export '"+c+"' is not defined")}return this.adaptDirectivePrologue(e.body),this.next(),e.sourceType="commonjs"===this.options.sourceType?"script":this.options.sourceType,this.finishNode(e,"Program")};var ce={kind:"loop"},he={kind:"switch"};oe.isLet=function(e){if(this.options.ecmaVersion<6||!this.isContextual("let"))return!1;$.lastIndex=this.pos;var t=$.exec(this.input),i=this.pos+t[0].length,n=this.fullCharCodeAt(i);if(91===n||92===n)return!0;if(e)return!1;if(123===n)return!0;if(isIdentifierStart(n)){var a=i;do{i+=n<=65535?1:2}while(isIdentifierChar(n=this.fullCharCodeAt(i)));if(92===n)return!0;var c=this.input.slice(a,i);if(!E.test(c))return!0}return!1},oe.isAsyncFunction=function(){if(this.options.ecmaVersion<8||!this.isContextual("async"))return!1;$.lastIndex=this.pos;var e,t=$.exec(this.input),i=this.pos+t[0].length;return!(j.test(this.input.slice(this.pos,i))||"function"!==this.input.slice(i,i+8)||i+8!==this.input.length&&(isIdentifierChar(e=this.fullCharCodeAt(i+8))||92===e))},oe.isUsingKeyword=function(e,t){if(this.options.ecmaVersion<17||!this.isContextual(e?"await":"using"))return!1;$.lastIndex=this.pos;var i=$.exec(this.input),n=this.pos+i[0].length;if(j.test(this.input.slice(this.pos,n)))return!1;if(e){var a,c=n+5;if("using"!==this.input.slice(n,c)||c===this.input.length||isIdentifierChar(a=this.fullCharCodeAt(c))||92===a)return!1;$.lastIndex=c;var l=$.exec(this.input);if(n=c+l[0].length,l&&j.test(this.input.slice(c,n)))return!1}var y=this.fullCharCodeAt(n);if(!isIdentifierStart(y)&&92!==y)return!1;var w=n;do{n+=y<=65535?1:2}while(isIdentifierChar(y=this.fullCharCodeAt(n)));if(92===y)return!0;var C=this.input.slice(w,n);return!(E.test(C)||t&&"of"===C)},oe.isAwaitUsing=function(e){return this.isUsingKeyword(!0,e)},oe.isUsing=function(e){return this.isUsingKeyword(!1,e)},oe.parseStatement=function(e,t,i){var n,a=this.type,c=this.startNode();switch(this.isLet(e)&&(a=O._var,n="let"),a){case O._break:case O._continue:return this.parseBreakContinueStatement(c,a.keyword);case O._debugger:return this.parseDebuggerStatement(c);case O._do:return this.parseDoStatement(c);case O._for:return this.parseForStatement(c);case O._function:return e&&(this.strict||"if"!==e&&"label"!==e)&&this.options.ecmaVersion>=6&&this.unexpected(),this.parseFunctionStatement(c,!1,!e);case O._class:return e&&this.unexpected(),this.parseClass(c,!0);case O._if:return this.parseIfStatement(c);case O._return:return this.parseReturnStatement(c);case O._switch:return this.parseSwitchStatement(c);case O._throw:return this.parseThrowStatement(c);case O._try:return this.parseTryStatement(c);case O._const:case O._var:return n=n||this.value,e&&"var"!==n&&this.unexpected(),this.parseVarStatement(c,n);case O._while:return this.parseWhileStatement(c);case O._with:return this.parseWithStatement(c);case O.braceL:return this.parseBlock(!0,c);case O.semi:return this.parseEmptyStatement(c);case O._export:case O._import:if(this.options.ecmaVersion>10&&a===O._import){$.lastIndex=this.pos;var l=$.exec(this.input),y=this.pos+l[0].length,E=this.input.charCodeAt(y);if(40===E||46===E)return this.parseExpressionStatement(c,this.parseExpression())}return this.options.allowImportExportEverywhere||(t||this.raise(this.start,"'import' and 'export' may only appear at the top level"),this.inModule||this.raise(this.start,"'import' and 'export' may appear only with 'sourceType: module'")),a===O._import?this.parseImport(c):this.parseExport(c,i);default:if(this.isAsyncFunction())return e&&this.unexpected(),this.next(),this.parseFunctionStatement(c,!0,!e);var w=this.isAwaitUsing(!1)?"await using":this.isUsing(!1)?"using":null;if(w)return this.allowUsing||this.raise(this.start,"Using declaration cannot appear in the top level when source type is `script` or in the bare case statement"),"await using"===w&&(this.canAwait||this.raise(this.start,"Await using cannot appear outside of async function"),this.next()),this.next(),this.parseVar(c,!1,w),this.semicolon(),this.finishNode(c,"VariableDeclaration");var C=this.value,S=this.parseExpression();return a===O.name&&"Identifier"===S.type&&this.eat(O.colon)?this.parseLabeledStatement(c,C,S,e):this.parseExpressionStatement(c,S)}},oe.parseBreakContinueStatement=function(e,t){var i="break"===t;this.next(),this.eat(O.semi)||this.insertSemicolon()?e.label=null:this.type!==O.name?this.unexpected():(e.label=this.parseIdent(),this.semicolon());for(var n=0;n<this.labels.length;++n){var a=this.labels[n];if(null==e.label||a.name===e.label.name){if(null!=a.kind&&(i||"loop"===a.kind))break;if(e.label&&i)break}}return n===this.labels.length&&this.raise(e.start,"Unsyntactic "+t),this.finishNode(e,i?"BreakStatement":"ContinueStatement")},oe.parseDebuggerStatement=function(e){return this.next(),this.semicolon(),this.finishNode(e,"DebuggerStatement")},oe.parseDoStatement=function(e){return this.next(),this.labels.push(ce),e.body=this.parseStatement("do"),this.labels.pop(),this.expect(O._while),e.test=this.parseParenExpression(),this.options.ecmaVersion>=6?this.eat(O.semi):this.semicolon(),this.finishNode(e,"DoWhileStatement")},oe.parseForStatement=function(e){this.next();var t=this.options.ecmaVersion>=9&&this.canAwait&&this.eatContextual("await")?this.lastTokStart:-1;if(this.labels.push(ce),this.enterScope(0),this.expect(O.parenL),this.type===O.semi)return t>-1&&this.unexpected(t),this.parseFor(e,null);var i=this.isLet();if(this.type===O._var||this.type===O._const||i){var n=this.startNode(),a=i?"let":this.value;return this.next(),this.parseVar(n,!0,a),this.finishNode(n,"VariableDeclaration"),this.parseForAfterInit(e,n,t)}var c=this.isContextual("let"),l=!1,y=this.isUsing(!0)?"using":this.isAwaitUsing(!0)?"await using":null;if(y){var E=this.startNode();return this.next(),"await using"===y&&(this.canAwait||this.raise(this.start,"Await using cannot appear outside of async function"),this.next()),this.parseVar(E,!0,y),this.finishNode(E,"VariableDeclaration"),this.parseForAfterInit(e,E,t)}var w=this.containsEsc,C=new acorn_DestructuringErrors,S=this.start,I=t>-1?this.parseExprSubscripts(C,"await"):this.parseExpression(!0,C);return this.type===O._in||(l=this.options.ecmaVersion>=6&&this.isContextual("of"))?(t>-1?(this.type===O._in&&this.unexpected(t),e.await=!0):l&&this.options.ecmaVersion>=8&&(I.start!==S||w||"Identifier"!==I.type||"async"!==I.name?this.options.ecmaVersion>=9&&(e.await=!1):this.unexpected()),c&&l&&this.raise(I.start,"The left-hand side of a for-of loop may not start with 'let'."),this.toAssignable(I,!1,C),this.checkLValPattern(I),this.parseForIn(e,I)):(this.checkExpressionErrors(C,!0),t>-1&&this.unexpected(t),this.parseFor(e,I))},oe.parseForAfterInit=function(e,t,i){return(this.type===O._in||this.options.ecmaVersion>=6&&this.isContextual("of"))&&1===t.declarations.length?(this.options.ecmaVersion>=9&&(this.type===O._in?i>-1&&this.unexpected(i):e.await=i>-1),this.parseForIn(e,t)):(i>-1&&this.unexpected(i),this.parseFor(e,t))},oe.parseFunctionStatement=function(e,t,i){return this.next(),this.parseFunction(e,pe|(i?0:ue),!1,t)},oe.parseIfStatement=function(e){return this.next(),e.test=this.parseParenExpression(),e.consequent=this.parseStatement("if"),e.alternate=this.eat(O._else)?this.parseStatement("if"):null,this.finishNode(e,"IfStatement")},oe.parseReturnStatement=function(e){return this.allowReturn||this.raise(this.start,"'return' outside of function"),this.next(),this.eat(O.semi)||this.insertSemicolon()?e.argument=null:(e.argument=this.parseExpression(),this.semicolon()),this.finishNode(e,"ReturnStatement")},oe.parseSwitchStatement=function(e){var t;this.next(),e.discriminant=this.parseParenExpression(),e.cases=[],this.expect(O.braceL),this.labels.push(he),this.enterScope(1024);for(var i=!1;this.type!==O.braceR;)if(this.type===O._case||this.type===O._default){var n=this.type===O._case;t&&this.finishNode(t,"SwitchCase"),e.cases.push(t=this.startNode()),t.consequent=[],this.next(),n?t.test=this.parseExpression():(i&&this.raiseRecoverable(this.lastTokStart,"Multiple default clauses"),i=!0,t.test=null),this.expect(O.colon)}else t||this.unexpected(),t.consequent.push(this.parseStatement(null));return this.exitScope(),t&&this.finishNode(t,"SwitchCase"),this.next(),this.labels.pop(),this.finishNode(e,"SwitchStatement")},oe.parseThrowStatement=function(e){return this.next(),j.test(this.input.slice(this.lastTokEnd,this.start))&&this.raise(this.lastTokEnd,"Illegal newline after throw"),e.argument=this.parseExpression(),this.semicolon(),this.finishNode(e,"ThrowStatement")};var le=[];oe.parseCatchClauseParam=function(){var e=this.parseBindingAtom(),t="Identifier"===e.type;return this.enterScope(t?32:0),this.checkLValPattern(e,t?4:2),this.expect(O.parenR),e},oe.parseTryStatement=function(e){if(this.next(),e.block=this.parseBlock(),e.handler=null,this.type===O._catch){var t=this.startNode();this.next(),this.eat(O.parenL)?t.param=this.parseCatchClauseParam():(this.options.ecmaVersion<10&&this.unexpected(),t.param=null,this.enterScope(0)),t.body=this.parseBlock(!1),this.exitScope(),e.handler=this.finishNode(t,"CatchClause")}return e.finalizer=this.eat(O._finally)?this.parseBlock():null,e.handler||e.finalizer||this.raise(e.start,"Missing catch or finally clause"),this.finishNode(e,"TryStatement")},oe.parseVarStatement=function(e,t,i){return this.next(),this.parseVar(e,!1,t,i),this.semicolon(),this.finishNode(e,"VariableDeclaration")},oe.parseWhileStatement=function(e){return this.next(),e.test=this.parseParenExpression(),this.labels.push(ce),e.body=this.parseStatement("while"),this.labels.pop(),this.finishNode(e,"WhileStatement")},oe.parseWithStatement=function(e){return this.strict&&this.raise(this.start,"'with' in strict mode"),this.next(),e.object=this.parseParenExpression(),e.body=this.parseStatement("with"),this.finishNode(e,"WithStatement")},oe.parseEmptyStatement=function(e){return this.next(),this.finishNode(e,"EmptyStatement")},oe.parseLabeledStatement=function(e,t,i,n){for(var a=0,c=this.labels;a<c.length;a+=1){c[a].name===t&&this.raise(i.start,"Label '"+t+"' is already declared")}for(var l=this.type.isLoop?"loop":this.type===O._switch?"switch":null,y=this.labels.length-1;y>=0;y--){var E=this.labels[y];if(E.statementStart!==e.start)break;E.statementStart=this.start,E.kind=l}return this.labels.push({name:t,kind:l,statementStart:this.start}),e.body=this.parseStatement(n?-1===n.indexOf("label")?n+"label":n:"label"),this.labels.pop(),e.label=i,this.finishNode(e,"LabeledStatement")},oe.parseExpressionStatement=function(e,t){return e.expression=t,this.semicolon(),this.finishNode(e,"ExpressionStatement")},oe.parseBlock=function(e,t,i){for(void 0===e&&(e=!0),void 0===t&&(t=this.startNode()),t.body=[],this.expect(O.braceL),e&&this.enterScope(0);this.type!==O.braceR;){var n=this.parseStatement(null);t.body.push(n)}return i&&(this.strict=!1),this.next(),e&&this.exitScope(),this.finishNode(t,"BlockStatement")},oe.parseFor=function(e,t){return e.init=t,this.expect(O.semi),e.test=this.type===O.semi?null:this.parseExpression(),this.expect(O.semi),e.update=this.type===O.parenR?null:this.parseExpression(),this.expect(O.parenR),e.body=this.parseStatement("for"),this.exitScope(),this.labels.pop(),this.finishNode(e,"ForStatement")},oe.parseForIn=function(e,t){var i=this.type===O._in;return this.next(),"VariableDeclaration"===t.type&&null!=t.declarations[0].init&&(!i||this.options.ecmaVersion<8||this.strict||"var"!==t.kind||"Identifier"!==t.declarations[0].id.type)&&this.raise(t.start,(i?"for-in":"for-of")+" loop variable declaration may not have an initializer"),e.left=t,e.right=i?this.parseExpression():this.parseMaybeAssign(),this.expect(O.parenR),e.body=this.parseStatement("for"),this.exitScope(),this.labels.pop(),this.finishNode(e,i?"ForInStatement":"ForOfStatement")},oe.parseVar=function(e,t,i,n){for(e.declarations=[],e.kind=i;;){var a=this.startNode();if(this.parseVarId(a,i),this.eat(O.eq)?a.init=this.parseMaybeAssign(t):n||"const"!==i||this.type===O._in||this.options.ecmaVersion>=6&&this.isContextual("of")?n||"using"!==i&&"await using"!==i||!(this.options.ecmaVersion>=17)||this.type===O._in||this.isContextual("of")?n||"Identifier"===a.id.type||t&&(this.type===O._in||this.isContextual("of"))?a.init=null:this.raise(this.lastTokEnd,"Complex binding patterns require an initialization value"):this.raise(this.lastTokEnd,"Missing initializer in "+i+" declaration"):this.unexpected(),e.declarations.push(this.finishNode(a,"VariableDeclarator")),!this.eat(O.comma))break}return e},oe.parseVarId=function(e,t){e.id="using"===t||"await using"===t?this.parseIdent():this.parseBindingAtom(),this.checkLValPattern(e.id,"var"===t?1:2,!1)};var pe=1,ue=2;function isPrivateNameConflicted(e,t){var i=t.key.name,n=e[i],a="true";return"MethodDefinition"!==t.type||"get"!==t.kind&&"set"!==t.kind||(a=(t.static?"s":"i")+t.kind),"iget"===n&&"iset"===a||"iset"===n&&"iget"===a||"sget"===n&&"sset"===a||"sset"===n&&"sget"===a?(e[i]="true",!1):!!n||(e[i]=a,!1)}function checkKeyName(e,t){var i=e.computed,n=e.key;return!i&&("Identifier"===n.type&&n.name===t||"Literal"===n.type&&n.value===t)}oe.parseFunction=function(e,t,i,n,a){this.initFunction(e),(this.options.ecmaVersion>=9||this.options.ecmaVersion>=6&&!n)&&(this.type===O.star&&t&ue&&this.unexpected(),e.generator=this.eat(O.star)),this.options.ecmaVersion>=8&&(e.async=!!n),t&pe&&(e.id=4&t&&this.type!==O.name?null:this.parseIdent(),!e.id||t&ue||this.checkLValSimple(e.id,this.strict||e.generator||e.async?this.treatFunctionsAsVar?1:2:3));var c=this.yieldPos,l=this.awaitPos,y=this.awaitIdentPos;return this.yieldPos=0,this.awaitPos=0,this.awaitIdentPos=0,this.enterScope(functionFlags(e.async,e.generator)),t&pe||(e.id=this.type===O.name?this.parseIdent():null),this.parseFunctionParams(e),this.parseFunctionBody(e,i,!1,a),this.yieldPos=c,this.awaitPos=l,this.awaitIdentPos=y,this.finishNode(e,t&pe?"FunctionDeclaration":"FunctionExpression")},oe.parseFunctionParams=function(e){this.expect(O.parenL),e.params=this.parseBindingList(O.parenR,!1,this.options.ecmaVersion>=8),this.checkYieldAwaitInDefaultParams()},oe.parseClass=function(e,t){this.next();var i=this.strict;this.strict=!0,this.parseClassId(e,t),this.parseClassSuper(e);var n=this.enterClassBody(),a=this.startNode(),c=!1;for(a.body=[],this.expect(O.braceL);this.type!==O.braceR;){var l=this.parseClassElement(null!==e.superClass);l&&(a.body.push(l),"MethodDefinition"===l.type&&"constructor"===l.kind?(c&&this.raiseRecoverable(l.start,"Duplicate constructor in the same class"),c=!0):l.key&&"PrivateIdentifier"===l.key.type&&isPrivateNameConflicted(n,l)&&this.raiseRecoverable(l.key.start,"Identifier '#"+l.key.name+"' has already been declared"))}return this.strict=i,this.next(),e.body=this.finishNode(a,"ClassBody"),this.exitClassBody(),this.finishNode(e,t?"ClassDeclaration":"ClassExpression")},oe.parseClassElement=function(e){if(this.eat(O.semi))return null;var t=this.options.ecmaVersion,i=this.startNode(),n="",a=!1,c=!1,l="method",y=!1;if(this.eatContextual("static")){if(t>=13&&this.eat(O.braceL))return this.parseClassStaticBlock(i),i;this.isClassElementNameStart()||this.type===O.star?y=!0:n="static"}if(i.static=y,!n&&t>=8&&this.eatContextual("async")&&(!this.isClassElementNameStart()&&this.type!==O.star||this.canInsertSemicolon()?n="async":c=!0),!n&&(t>=9||!c)&&this.eat(O.star)&&(a=!0),!n&&!c&&!a){var E=this.value;(this.eatContextual("get")||this.eatContextual("set"))&&(this.isClassElementNameStart()?l=E:n=E)}if(n?(i.computed=!1,i.key=this.startNodeAt(this.lastTokStart,this.lastTokStartLoc),i.key.name=n,this.finishNode(i.key,"Identifier")):this.parseClassElementName(i),t<13||this.type===O.parenL||"method"!==l||a||c){var w=!i.static&&checkKeyName(i,"constructor"),C=w&&e;w&&"method"!==l&&this.raise(i.key.start,"Constructor can't have get/set modifier"),i.kind=w?"constructor":l,this.parseClassMethod(i,a,c,C)}else this.parseClassField(i);return i},oe.isClassElementNameStart=function(){return this.type===O.name||this.type===O.privateId||this.type===O.num||this.type===O.string||this.type===O.bracketL||this.type.keyword},oe.parseClassElementName=function(e){this.type===O.privateId?("constructor"===this.value&&this.raise(this.start,"Classes can't have an element named '#constructor'"),e.computed=!1,e.key=this.parsePrivateIdent()):this.parsePropertyName(e)},oe.parseClassMethod=function(e,t,i,n){var a=e.key;"constructor"===e.kind?(t&&this.raise(a.start,"Constructor can't be a generator"),i&&this.raise(a.start,"Constructor can't be an async method")):e.static&&checkKeyName(e,"prototype")&&this.raise(a.start,"Classes may not have a static property named prototype");var c=e.value=this.parseMethod(t,i,n);return"get"===e.kind&&0!==c.params.length&&this.raiseRecoverable(c.start,"getter should have no params"),"set"===e.kind&&1!==c.params.length&&this.raiseRecoverable(c.start,"setter should have exactly one param"),"set"===e.kind&&"RestElement"===c.params[0].type&&this.raiseRecoverable(c.params[0].start,"Setter cannot use rest params"),this.finishNode(e,"MethodDefinition")},oe.parseClassField=function(e){return checkKeyName(e,"constructor")?this.raise(e.key.start,"Classes can't have a field named 'constructor'"):e.static&&checkKeyName(e,"prototype")&&this.raise(e.key.start,"Classes can't have a static field named 'prototype'"),this.eat(O.eq)?(this.enterScope(576),e.value=this.parseMaybeAssign(),this.exitScope()):e.value=null,this.semicolon(),this.finishNode(e,"PropertyDefinition")},oe.parseClassStaticBlock=function(e){e.body=[];var t=this.labels;for(this.labels=[],this.enterScope(320);this.type!==O.braceR;){var i=this.parseStatement(null);e.body.push(i)}return this.next(),this.exitScope(),this.labels=t,this.finishNode(e,"StaticBlock")},oe.parseClassId=function(e,t){this.type===O.name?(e.id=this.parseIdent(),t&&this.checkLValSimple(e.id,2,!1)):(!0===t&&this.unexpected(),e.id=null)},oe.parseClassSuper=function(e){e.superClass=this.eat(O._extends)?this.parseExprSubscripts(null,!1):null},oe.enterClassBody=function(){var e={declared:Object.create(null),used:[]};return this.privateNameStack.push(e),e.declared},oe.exitClassBody=function(){var e=this.privateNameStack.pop(),t=e.declared,i=e.used;if(this.options.checkPrivateFields)for(var n=this.privateNameStack.length,a=0===n?null:this.privateNameStack[n-1],c=0;c<i.length;++c){var l=i[c];H(t,l.name)||(a?a.used.push(l):this.raiseRecoverable(l.start,"Private field '#"+l.name+"' must be declared in an enclosing class"))}},oe.parseExportAllDeclaration=function(e,t){return this.options.ecmaVersion>=11&&(this.eatContextual("as")?(e.exported=this.parseModuleExportName(),this.checkExport(t,e.exported,this.lastTokStart)):e.exported=null),this.expectContextual("from"),this.type!==O.string&&this.unexpected(),e.source=this.parseExprAtom(),this.options.ecmaVersion>=16&&(e.attributes=this.parseWithClause()),this.semicolon(),this.finishNode(e,"ExportAllDeclaration")},oe.parseExport=function(e,t){if(this.next(),this.eat(O.star))return this.parseExportAllDeclaration(e,t);if(this.eat(O._default))return this.checkExport(t,"default",this.lastTokStart),e.declaration=this.parseExportDefaultDeclaration(),this.finishNode(e,"ExportDefaultDeclaration");if(this.shouldParseExportStatement())e.declaration=this.parseExportDeclaration(e),"VariableDeclaration"===e.declaration.type?this.checkVariableExport(t,e.declaration.declarations):this.checkExport(t,e.declaration.id,e.declaration.id.start),e.specifiers=[],e.source=null,this.options.ecmaVersion>=16&&(e.attributes=[]);else{if(e.declaration=null,e.specifiers=this.parseExportSpecifiers(t),this.eatContextual("from"))this.type!==O.string&&this.unexpected(),e.source=this.parseExprAtom(),this.options.ecmaVersion>=16&&(e.attributes=this.parseWithClause());else{for(var i=0,n=e.specifiers;i<n.length;i+=1){var a=n[i];this.checkUnreserved(a.local),this.checkLocalExport(a.local),"Literal"===a.local.type&&this.raise(a.local.start,"A string literal cannot be used as an exported binding without `from`.")}e.source=null,this.options.ecmaVersion>=16&&(e.attributes=[])}this.semicolon()}return this.finishNode(e,"ExportNamedDeclaration")},oe.parseExportDeclaration=function(e){return this.parseStatement(null)},oe.parseExportDefaultDeclaration=function(){var e;if(this.type===O._function||(e=this.isAsyncFunction())){var t=this.startNode();return this.next(),e&&this.next(),this.parseFunction(t,4|pe,!1,e)}if(this.type===O._class){var i=this.startNode();return this.parseClass(i,"nullableID")}var n=this.parseMaybeAssign();return this.semicolon(),n},oe.checkExport=function(e,t,i){e&&("string"!=typeof t&&(t="Identifier"===t.type?t.name:t.value),H(e,t)&&this.raiseRecoverable(i,"Duplicate export '"+t+"'"),e[t]=!0)},oe.checkPatternExport=function(e,t){var i=t.type;if("Identifier"===i)this.checkExport(e,t,t.start);else if("ObjectPattern"===i)for(var n=0,a=t.properties;n<a.length;n+=1){var c=a[n];this.checkPatternExport(e,c)}else if("ArrayPattern"===i)for(var l=0,y=t.elements;l<y.length;l+=1){var E=y[l];E&&this.checkPatternExport(e,E)}else"Property"===i?this.checkPatternExport(e,t.value):"AssignmentPattern"===i?this.checkPatternExport(e,t.left):"RestElement"===i&&this.checkPatternExport(e,t.argument)},oe.checkVariableExport=function(e,t){if(e)for(var i=0,n=t;i<n.length;i+=1){var a=n[i];this.checkPatternExport(e,a.id)}},oe.shouldParseExportStatement=function(){return"var"===this.type.keyword||"const"===this.type.keyword||"class"===this.type.keyword||"function"===this.type.keyword||this.isLet()||this.isAsyncFunction()},oe.parseExportSpecifier=function(e){var t=this.startNode();return t.local=this.parseModuleExportName(),t.exported=this.eatContextual("as")?this.parseModuleExportName():t.local,this.checkExport(e,t.exported,t.exported.start),this.finishNode(t,"ExportSpecifier")},oe.parseExportSpecifiers=function(e){var t=[],i=!0;for(this.expect(O.braceL);!this.eat(O.braceR);){if(i)i=!1;else if(this.expect(O.comma),this.afterTrailingComma(O.braceR))break;t.push(this.parseExportSpecifier(e))}return t},oe.parseImport=function(e){return this.next(),this.type===O.string?(e.specifiers=le,e.source=this.parseExprAtom()):(e.specifiers=this.parseImportSpecifiers(),this.expectContextual("from"),e.source=this.type===O.string?this.parseExprAtom():this.unexpected()),this.options.ecmaVersion>=16&&(e.attributes=this.parseWithClause()),this.semicolon(),this.finishNode(e,"ImportDeclaration")},oe.parseImportSpecifier=function(){var e=this.startNode();return e.imported=this.parseModuleExportName(),this.eatContextual("as")?e.local=this.parseIdent():(this.checkUnreserved(e.imported),e.local=e.imported),this.checkLValSimple(e.local,2),this.finishNode(e,"ImportSpecifier")},oe.parseImportDefaultSpecifier=function(){var e=this.startNode();return e.local=this.parseIdent(),this.checkLValSimple(e.local,2),this.finishNode(e,"ImportDefaultSpecifier")},oe.parseImportNamespaceSpecifier=function(){var e=this.startNode();return this.next(),this.expectContextual("as"),e.local=this.parseIdent(),this.checkLValSimple(e.local,2),this.finishNode(e,"ImportNamespaceSpecifier")},oe.parseImportSpecifiers=function(){var e=[],t=!0;if(this.type===O.name&&(e.push(this.parseImportDefaultSpecifier()),!this.eat(O.comma)))return e;if(this.type===O.star)return e.push(this.parseImportNamespaceSpecifier()),e;for(this.expect(O.braceL);!this.eat(O.braceR);){if(t)t=!1;else if(this.expect(O.comma),this.afterTrailingComma(O.braceR))break;e.push(this.parseImportSpecifier())}return e},oe.parseWithClause=function(){var e=[];if(!this.eat(O._with))return e;this.expect(O.braceL);for(var t={},i=!0;!this.eat(O.braceR);){if(i)i=!1;else if(this.expect(O.comma),this.afterTrailingComma(O.braceR))break;var n=this.parseImportAttribute(),a="Identifier"===n.key.type?n.key.name:n.key.value;H(t,a)&&this.raiseRecoverable(n.key.start,"Duplicate attribute key '"+a+"'"),t[a]=!0,e.push(n)}return e},oe.parseImportAttribute=function(){var e=this.startNode();return e.key=this.type===O.string?this.parseExprAtom():this.parseIdent("never"!==this.options.allowReserved),this.expect(O.colon),this.type!==O.string&&this.unexpected(),e.value=this.parseExprAtom(),this.finishNode(e,"ImportAttribute")},oe.parseModuleExportName=function(){if(this.options.ecmaVersion>=13&&this.type===O.string){var e=this.parseLiteral(this.value);return Z.test(e.value)&&this.raise(e.start,"An export name cannot include a lone surrogate."),e}return this.parseIdent(!0)},oe.adaptDirectivePrologue=function(e){for(var t=0;t<e.length&&this.isDirectiveCandidate(e[t]);++t)e[t].directive=e[t].expression.raw.slice(1,-1)},oe.isDirectiveCandidate=function(e){return this.options.ecmaVersion>=5&&"ExpressionStatement"===e.type&&"Literal"===e.expression.type&&"string"==typeof e.expression.value&&('"'===this.input[e.start]||"'"===this.input[e.start])};var de=acorn_Parser.prototype;de.toAssignable=function(e,t,i){if(this.options.ecmaVersion>=6&&e)switch(e.type){case"Identifier":this.inAsync&&"await"===e.name&&this.raise(e.start,"Cannot use 'await' as identifier inside an async function");break;case"ObjectPattern":case"ArrayPattern":case"AssignmentPattern":case"RestElement":break;case"ObjectExpression":e.type="ObjectPattern",i&&this.checkPatternErrors(i,!0);for(var n=0,a=e.properties;n<a.length;n+=1){var c=a[n];this.toAssignable(c,t),"RestElement"!==c.type||"ArrayPattern"!==c.argument.type&&"ObjectPattern"!==c.argument.type||this.raise(c.argument.start,"Unexpected token")}break;case"Property":"init"!==e.kind&&this.raise(e.key.start,"Object pattern can't contain getter or setter"),this.toAssignable(e.value,t);break;case"ArrayExpression":e.type="ArrayPattern",i&&this.checkPatternErrors(i,!0),this.toAssignableList(e.elements,t);break;case"SpreadElement":e.type="RestElement",this.toAssignable(e.argument,t),"AssignmentPattern"===e.argument.type&&this.raise(e.argument.start,"Rest elements cannot have a default value");break;case"AssignmentExpression":"="!==e.operator&&this.raise(e.left.end,"Only '=' operator can be used for specifying default value."),e.type="AssignmentPattern",delete e.operator,this.toAssignable(e.left,t);break;case"ParenthesizedExpression":this.toAssignable(e.expression,t,i);break;case"ChainExpression":this.raiseRecoverable(e.start,"Optional chaining cannot appear in left-hand side");break;case"MemberExpression":if(!t)break;default:this.raise(e.start,"Assigning to rvalue")}else i&&this.checkPatternErrors(i,!0);return e},de.toAssignableList=function(e,t){for(var i=e.length,n=0;n<i;n++){var a=e[n];a&&this.toAssignable(a,t)}if(i){var c=e[i-1];6===this.options.ecmaVersion&&t&&c&&"RestElement"===c.type&&"Identifier"!==c.argument.type&&this.unexpected(c.argument.start)}return e},de.parseSpread=function(e){var t=this.startNode();return this.next(),t.argument=this.parseMaybeAssign(!1,e),this.finishNode(t,"SpreadElement")},de.parseRestBinding=function(){var e=this.startNode();return this.next(),6===this.options.ecmaVersion&&this.type!==O.name&&this.unexpected(),e.argument=this.parseBindingAtom(),this.finishNode(e,"RestElement")},de.parseBindingAtom=function(){if(this.options.ecmaVersion>=6)switch(this.type){case O.bracketL:var e=this.startNode();return this.next(),e.elements=this.parseBindingList(O.bracketR,!0,!0),this.finishNode(e,"ArrayPattern");case O.braceL:return this.parseObj(!0)}return this.parseIdent()},de.parseBindingList=function(e,t,i,n){for(var a=[],c=!0;!this.eat(e);)if(c?c=!1:this.expect(O.comma),t&&this.type===O.comma)a.push(null);else{if(i&&this.afterTrailingComma(e))break;if(this.type===O.ellipsis){var l=this.parseRestBinding();this.parseBindingListItem(l),a.push(l),this.type===O.comma&&this.raiseRecoverable(this.start,"Comma is not permitted after the rest element"),this.expect(e);break}a.push(this.parseAssignableListItem(n))}return a},de.parseAssignableListItem=function(e){var t=this.parseMaybeDefault(this.start,this.startLoc);return this.parseBindingListItem(t),t},de.parseBindingListItem=function(e){return e},de.parseMaybeDefault=function(e,t,i){if(i=i||this.parseBindingAtom(),this.options.ecmaVersion<6||!this.eat(O.eq))return i;var n=this.startNodeAt(e,t);return n.left=i,n.right=this.parseMaybeAssign(),this.finishNode(n,"AssignmentPattern")},de.checkLValSimple=function(e,t,i){void 0===t&&(t=0);var n=0!==t;switch(e.type){case"Identifier":this.strict&&this.reservedWordsStrictBind.test(e.name)&&this.raiseRecoverable(e.start,(n?"Binding ":"Assigning to ")+e.name+" in strict mode"),n&&(2===t&&"let"===e.name&&this.raiseRecoverable(e.start,"let is disallowed as a lexically bound name"),i&&(H(i,e.name)&&this.raiseRecoverable(e.start,"Argument name clash"),i[e.name]=!0),5!==t&&this.declareName(e.name,t,e.start));break;case"ChainExpression":this.raiseRecoverable(e.start,"Optional chaining cannot appear in left-hand side");break;case"MemberExpression":n&&this.raiseRecoverable(e.start,"Binding member expression");break;case"ParenthesizedExpression":return n&&this.raiseRecoverable(e.start,"Binding parenthesized expression"),this.checkLValSimple(e.expression,t,i);default:this.raise(e.start,(n?"Binding":"Assigning to")+" rvalue")}},de.checkLValPattern=function(e,t,i){switch(void 0===t&&(t=0),e.type){case"ObjectPattern":for(var n=0,a=e.properties;n<a.length;n+=1){var c=a[n];this.checkLValInnerPattern(c,t,i)}break;case"ArrayPattern":for(var l=0,y=e.elements;l<y.length;l+=1){var E=y[l];E&&this.checkLValInnerPattern(E,t,i)}break;default:this.checkLValSimple(e,t,i)}},de.checkLValInnerPattern=function(e,t,i){switch(void 0===t&&(t=0),e.type){case"Property":this.checkLValInnerPattern(e.value,t,i);break;case"AssignmentPattern":this.checkLValPattern(e.left,t,i);break;case"RestElement":this.checkLValPattern(e.argument,t,i);break;default:this.checkLValPattern(e,t,i)}};var acorn_TokContext=function(e,t,i,n,a){this.token=e,this.isExpr=!!t,this.preserveSpace=!!i,this.override=n,this.generator=!!a},fe={b_stat:new acorn_TokContext("{",!1),b_expr:new acorn_TokContext("{",!0),b_tmpl:new acorn_TokContext("${",!1),p_stat:new acorn_TokContext("(",!1),p_expr:new acorn_TokContext("(",!0),q_tmpl:new acorn_TokContext("`",!0,!0,function(e){return e.tryReadTemplateToken()}),f_stat:new acorn_TokContext("function",!1),f_expr:new acorn_TokContext("function",!0),f_expr_gen:new acorn_TokContext("function",!0,!1,null,!0),f_gen:new acorn_TokContext("function",!1,!1,null,!0)},me=acorn_Parser.prototype;me.initialContext=function(){return[fe.b_stat]},me.curContext=function(){return this.context[this.context.length-1]},me.braceIsBlock=function(e){var t=this.curContext();return t===fe.f_expr||t===fe.f_stat||(e!==O.colon||t!==fe.b_stat&&t!==fe.b_expr?e===O._return||e===O.name&&this.exprAllowed?j.test(this.input.slice(this.lastTokEnd,this.start)):e===O._else||e===O.semi||e===O.eof||e===O.parenR||e===O.arrow||(e===O.braceL?t===fe.b_stat:e!==O._var&&e!==O._const&&e!==O.name&&!this.exprAllowed):!t.isExpr)},me.inGeneratorContext=function(){for(var e=this.context.length-1;e>=1;e--){var t=this.context[e];if("function"===t.token)return t.generator}return!1},me.updateContext=function(e){var t,i=this.type;i.keyword&&e===O.dot?this.exprAllowed=!1:(t=i.updateContext)?t.call(this,e):this.exprAllowed=i.beforeExpr},me.overrideContext=function(e){this.curContext()!==e&&(this.context[this.context.length-1]=e)},O.parenR.updateContext=O.braceR.updateContext=function(){if(1!==this.context.length){var e=this.context.pop();e===fe.b_stat&&"function"===this.curContext().token&&(e=this.context.pop()),this.exprAllowed=!e.isExpr}else this.exprAllowed=!0},O.braceL.updateContext=function(e){this.context.push(this.braceIsBlock(e)?fe.b_stat:fe.b_expr),this.exprAllowed=!0},O.dollarBraceL.updateContext=function(){this.context.push(fe.b_tmpl),this.exprAllowed=!0},O.parenL.updateContext=function(e){var t=e===O._if||e===O._for||e===O._with||e===O._while;this.context.push(t?fe.p_stat:fe.p_expr),this.exprAllowed=!0},O.incDec.updateContext=function(){},O._function.updateContext=O._class.updateContext=function(e){!e.beforeExpr||e===O._else||e===O.semi&&this.curContext()!==fe.p_stat||e===O._return&&j.test(this.input.slice(this.lastTokEnd,this.start))||(e===O.colon||e===O.braceL)&&this.curContext()===fe.b_stat?this.context.push(fe.f_stat):this.context.push(fe.f_expr),this.exprAllowed=!1},O.colon.updateContext=function(){"function"===this.curContext().token&&this.context.pop(),this.exprAllowed=!0},O.backQuote.updateContext=function(){this.curContext()===fe.q_tmpl?this.context.pop():this.context.push(fe.q_tmpl),this.exprAllowed=!1},O.star.updateContext=function(e){if(e===O._function){var t=this.context.length-1;this.context[t]===fe.f_expr?this.context[t]=fe.f_expr_gen:this.context[t]=fe.f_gen}this.exprAllowed=!0},O.name.updateContext=function(e){var t=!1;this.options.ecmaVersion>=6&&e!==O.dot&&("of"===this.value&&!this.exprAllowed||"yield"===this.value&&this.inGeneratorContext())&&(t=!0),this.exprAllowed=t};var ge=acorn_Parser.prototype;function isLocalVariableAccess(e){return"Identifier"===e.type||"ParenthesizedExpression"===e.type&&isLocalVariableAccess(e.expression)}function isPrivateFieldAccess(e){return"MemberExpression"===e.type&&"PrivateIdentifier"===e.property.type||"ChainExpression"===e.type&&isPrivateFieldAccess(e.expression)||"ParenthesizedExpression"===e.type&&isPrivateFieldAccess(e.expression)}ge.checkPropClash=function(e,t,i){if(!(this.options.ecmaVersion>=9&&"SpreadElement"===e.type||this.options.ecmaVersion>=6&&(e.computed||e.method||e.shorthand))){var n,a=e.key;switch(a.type){case"Identifier":n=a.name;break;case"Literal":n=String(a.value);break;default:return}var c=e.kind;if(this.options.ecmaVersion>=6)"__proto__"===n&&"init"===c&&(t.proto&&(i?i.doubleProto<0&&(i.doubleProto=a.start):this.raiseRecoverable(a.start,"Redefinition of __proto__ property")),t.proto=!0);else{var l=t[n="$"+n];if(l)("init"===c?this.strict&&l.init||l.get||l.set:l.init||l[c])&&this.raiseRecoverable(a.start,"Redefinition of property");else l=t[n]={init:!1,get:!1,set:!1};l[c]=!0}}},ge.parseExpression=function(e,t){var i=this.start,n=this.startLoc,a=this.parseMaybeAssign(e,t);if(this.type===O.comma){var c=this.startNodeAt(i,n);for(c.expressions=[a];this.eat(O.comma);)c.expressions.push(this.parseMaybeAssign(e,t));return this.finishNode(c,"SequenceExpression")}return a},ge.parseMaybeAssign=function(e,t,i){if(this.isContextual("yield")){if(this.inGenerator)return this.parseYield(e);this.exprAllowed=!1}var n=!1,a=-1,c=-1,l=-1;t?(a=t.parenthesizedAssign,c=t.trailingComma,l=t.doubleProto,t.parenthesizedAssign=t.trailingComma=-1):(t=new acorn_DestructuringErrors,n=!0);var y=this.start,E=this.startLoc;this.type!==O.parenL&&this.type!==O.name||(this.potentialArrowAt=this.start,this.potentialArrowInForAwait="await"===e);var w=this.parseMaybeConditional(e,t);if(i&&(w=i.call(this,w,y,E)),this.type.isAssign){var C=this.startNodeAt(y,E);return C.operator=this.value,this.type===O.eq&&(w=this.toAssignable(w,!1,t)),n||(t.parenthesizedAssign=t.trailingComma=t.doubleProto=-1),t.shorthandAssign>=w.start&&(t.shorthandAssign=-1),this.type===O.eq?this.checkLValPattern(w):this.checkLValSimple(w),C.left=w,this.next(),C.right=this.parseMaybeAssign(e),l>-1&&(t.doubleProto=l),this.finishNode(C,"AssignmentExpression")}return n&&this.checkExpressionErrors(t,!0),a>-1&&(t.parenthesizedAssign=a),c>-1&&(t.trailingComma=c),w},ge.parseMaybeConditional=function(e,t){var i=this.start,n=this.startLoc,a=this.parseExprOps(e,t);if(this.checkExpressionErrors(t))return a;if(this.eat(O.question)){var c=this.startNodeAt(i,n);return c.test=a,c.consequent=this.parseMaybeAssign(),this.expect(O.colon),c.alternate=this.parseMaybeAssign(e),this.finishNode(c,"ConditionalExpression")}return a},ge.parseExprOps=function(e,t){var i=this.start,n=this.startLoc,a=this.parseMaybeUnary(t,!1,!1,e);return this.checkExpressionErrors(t)||a.start===i&&"ArrowFunctionExpression"===a.type?a:this.parseExprOp(a,i,n,-1,e)},ge.parseExprOp=function(e,t,i,n,a){var c=this.type.binop;if(null!=c&&(!a||this.type!==O._in)&&c>n){var l=this.type===O.logicalOR||this.type===O.logicalAND,y=this.type===O.coalesce;y&&(c=O.logicalAND.binop);var E=this.value;this.next();var w=this.start,C=this.startLoc,S=this.parseExprOp(this.parseMaybeUnary(null,!1,!1,a),w,C,c,a),I=this.buildBinary(t,i,e,S,E,l||y);return(l&&this.type===O.coalesce||y&&(this.type===O.logicalOR||this.type===O.logicalAND))&&this.raiseRecoverable(this.start,"Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses"),this.parseExprOp(I,t,i,n,a)}return e},ge.buildBinary=function(e,t,i,n,a,c){"PrivateIdentifier"===n.type&&this.raise(n.start,"Private identifier can only be left side of binary expression");var l=this.startNodeAt(e,t);return l.left=i,l.operator=a,l.right=n,this.finishNode(l,c?"LogicalExpression":"BinaryExpression")},ge.parseMaybeUnary=function(e,t,i,n){var a,c=this.start,l=this.startLoc;if(this.isContextual("await")&&this.canAwait)a=this.parseAwait(n),t=!0;else if(this.type.prefix){var y=this.startNode(),E=this.type===O.incDec;y.operator=this.value,y.prefix=!0,this.next(),y.argument=this.parseMaybeUnary(null,!0,E,n),this.checkExpressionErrors(e,!0),E?this.checkLValSimple(y.argument):this.strict&&"delete"===y.operator&&isLocalVariableAccess(y.argument)?this.raiseRecoverable(y.start,"Deleting local variable in strict mode"):"delete"===y.operator&&isPrivateFieldAccess(y.argument)?this.raiseRecoverable(y.start,"Private fields can not be deleted"):t=!0,a=this.finishNode(y,E?"UpdateExpression":"UnaryExpression")}else if(t||this.type!==O.privateId){if(a=this.parseExprSubscripts(e,n),this.checkExpressionErrors(e))return a;for(;this.type.postfix&&!this.canInsertSemicolon();){var w=this.startNodeAt(c,l);w.operator=this.value,w.prefix=!1,w.argument=a,this.checkLValSimple(a),this.next(),a=this.finishNode(w,"UpdateExpression")}}else(n||0===this.privateNameStack.length)&&this.options.checkPrivateFields&&this.unexpected(),a=this.parsePrivateIdent(),this.type!==O._in&&this.unexpected();return i||!this.eat(O.starstar)?a:t?void this.unexpected(this.lastTokStart):this.buildBinary(c,l,a,this.parseMaybeUnary(null,!1,!1,n),"**",!1)},ge.parseExprSubscripts=function(e,t){var i=this.start,n=this.startLoc,a=this.parseExprAtom(e,t);if("ArrowFunctionExpression"===a.type&&")"!==this.input.slice(this.lastTokStart,this.lastTokEnd))return a;var c=this.parseSubscripts(a,i,n,!1,t);return e&&"MemberExpression"===c.type&&(e.parenthesizedAssign>=c.start&&(e.parenthesizedAssign=-1),e.parenthesizedBind>=c.start&&(e.parenthesizedBind=-1),e.trailingComma>=c.start&&(e.trailingComma=-1)),c},ge.parseSubscripts=function(e,t,i,n,a){for(var c=this.options.ecmaVersion>=8&&"Identifier"===e.type&&"async"===e.name&&this.lastTokEnd===e.end&&!this.canInsertSemicolon()&&e.end-e.start===5&&this.potentialArrowAt===e.start,l=!1;;){var y=this.parseSubscript(e,t,i,n,c,l,a);if(y.optional&&(l=!0),y===e||"ArrowFunctionExpression"===y.type){if(l){var E=this.startNodeAt(t,i);E.expression=y,y=this.finishNode(E,"ChainExpression")}return y}e=y}},ge.shouldParseAsyncArrow=function(){return!this.canInsertSemicolon()&&this.eat(O.arrow)},ge.parseSubscriptAsyncArrow=function(e,t,i,n){return this.parseArrowExpression(this.startNodeAt(e,t),i,!0,n)},ge.parseSubscript=function(e,t,i,n,a,c,l){var y=this.options.ecmaVersion>=11,E=y&&this.eat(O.questionDot);n&&E&&this.raise(this.lastTokStart,"Optional chaining cannot appear in the callee of new expressions");var w=this.eat(O.bracketL);if(w||E&&this.type!==O.parenL&&this.type!==O.backQuote||this.eat(O.dot)){var C=this.startNodeAt(t,i);C.object=e,w?(C.property=this.parseExpression(),this.expect(O.bracketR)):this.type===O.privateId&&"Super"!==e.type?C.property=this.parsePrivateIdent():C.property=this.parseIdent("never"!==this.options.allowReserved),C.computed=!!w,y&&(C.optional=E),e=this.finishNode(C,"MemberExpression")}else if(!n&&this.eat(O.parenL)){var S=new acorn_DestructuringErrors,I=this.yieldPos,N=this.awaitPos,j=this.awaitIdentPos;this.yieldPos=0,this.awaitPos=0,this.awaitIdentPos=0;var F=this.parseExprList(O.parenR,this.options.ecmaVersion>=8,!1,S);if(a&&!E&&this.shouldParseAsyncArrow())return this.checkPatternErrors(S,!1),this.checkYieldAwaitInDefaultParams(),this.awaitIdentPos>0&&this.raise(this.awaitIdentPos,"Cannot use 'await' as identifier inside an async function"),this.yieldPos=I,this.awaitPos=N,this.awaitIdentPos=j,this.parseSubscriptAsyncArrow(t,i,F,l);this.checkExpressionErrors(S,!0),this.yieldPos=I||this.yieldPos,this.awaitPos=N||this.awaitPos,this.awaitIdentPos=j||this.awaitIdentPos;var B=this.startNodeAt(t,i);B.callee=e,B.arguments=F,y&&(B.optional=E),e=this.finishNode(B,"CallExpression")}else if(this.type===O.backQuote){(E||c)&&this.raise(this.start,"Optional chaining cannot appear in the tag of tagged template expressions");var $=this.startNodeAt(t,i);$.tag=e,$.quasi=this.parseTemplate({isTagged:!0}),e=this.finishNode($,"TaggedTemplateExpression")}return e},ge.parseExprAtom=function(e,t,i){this.type===O.slash&&this.readRegexp();var n,a=this.potentialArrowAt===this.start;switch(this.type){case O._super:return this.allowSuper||this.raise(this.start,"'super' keyword outside a method"),n=this.startNode(),this.next(),this.type!==O.parenL||this.allowDirectSuper||this.raise(n.start,"super() call outside constructor of a subclass"),this.type!==O.dot&&this.type!==O.bracketL&&this.type!==O.parenL&&this.unexpected(),this.finishNode(n,"Super");case O._this:return n=this.startNode(),this.next(),this.finishNode(n,"ThisExpression");case O.name:var c=this.start,l=this.startLoc,y=this.containsEsc,E=this.parseIdent(!1);if(this.options.ecmaVersion>=8&&!y&&"async"===E.name&&!this.canInsertSemicolon()&&this.eat(O._function))return this.overrideContext(fe.f_expr),this.parseFunction(this.startNodeAt(c,l),0,!1,!0,t);if(a&&!this.canInsertSemicolon()){if(this.eat(O.arrow))return this.parseArrowExpression(this.startNodeAt(c,l),[E],!1,t);if(this.options.ecmaVersion>=8&&"async"===E.name&&this.type===O.name&&!y&&(!this.potentialArrowInForAwait||"of"!==this.value||this.containsEsc))return E=this.parseIdent(!1),!this.canInsertSemicolon()&&this.eat(O.arrow)||this.unexpected(),this.parseArrowExpression(this.startNodeAt(c,l),[E],!0,t)}return E;case O.regexp:var w=this.value;return(n=this.parseLiteral(w.value)).regex={pattern:w.pattern,flags:w.flags},n;case O.num:case O.string:return this.parseLiteral(this.value);case O._null:case O._true:case O._false:return(n=this.startNode()).value=this.type===O._null?null:this.type===O._true,n.raw=this.type.keyword,this.next(),this.finishNode(n,"Literal");case O.parenL:var C=this.start,S=this.parseParenAndDistinguishExpression(a,t);return e&&(e.parenthesizedAssign<0&&!this.isSimpleAssignTarget(S)&&(e.parenthesizedAssign=C),e.parenthesizedBind<0&&(e.parenthesizedBind=C)),S;case O.bracketL:return n=this.startNode(),this.next(),n.elements=this.parseExprList(O.bracketR,!0,!0,e),this.finishNode(n,"ArrayExpression");case O.braceL:return this.overrideContext(fe.b_expr),this.parseObj(!1,e);case O._function:return n=this.startNode(),this.next(),this.parseFunction(n,0);case O._class:return this.parseClass(this.startNode(),!1);case O._new:return this.parseNew();case O.backQuote:return this.parseTemplate();case O._import:return this.options.ecmaVersion>=11?this.parseExprImport(i):this.unexpected();default:return this.parseExprAtomDefault()}},ge.parseExprAtomDefault=function(){this.unexpected()},ge.parseExprImport=function(e){var t=this.startNode();if(this.containsEsc&&this.raiseRecoverable(this.start,"Escape sequence in keyword import"),this.next(),this.type===O.parenL&&!e)return this.parseDynamicImport(t);if(this.type===O.dot){var i=this.startNodeAt(t.start,t.loc&&t.loc.start);return i.name="import",t.meta=this.finishNode(i,"Identifier"),this.parseImportMeta(t)}this.unexpected()},ge.parseDynamicImport=function(e){if(this.next(),e.source=this.parseMaybeAssign(),this.options.ecmaVersion>=16)this.eat(O.parenR)?e.options=null:(this.expect(O.comma),this.afterTrailingComma(O.parenR)?e.options=null:(e.options=this.parseMaybeAssign(),this.eat(O.parenR)||(this.expect(O.comma),this.afterTrailingComma(O.parenR)||this.unexpected())));else if(!this.eat(O.parenR)){var t=this.start;this.eat(O.comma)&&this.eat(O.parenR)?this.raiseRecoverable(t,"Trailing comma is not allowed in import()"):this.unexpected(t)}return this.finishNode(e,"ImportExpression")},ge.parseImportMeta=function(e){this.next();var t=this.containsEsc;return e.property=this.parseIdent(!0),"meta"!==e.property.name&&this.raiseRecoverable(e.property.start,"The only valid meta property for import is 'import.meta'"),t&&this.raiseRecoverable(e.start,"'import.meta' must not contain escaped characters"),"module"===this.options.sourceType||this.options.allowImportExportEverywhere||this.raiseRecoverable(e.start,"Cannot use 'import.meta' outside a module"),this.finishNode(e,"MetaProperty")},ge.parseLiteral=function(e){var t=this.startNode();return t.value=e,t.raw=this.input.slice(this.start,this.end),110===t.raw.charCodeAt(t.raw.length-1)&&(t.bigint=null!=t.value?t.value.toString():t.raw.slice(0,-1).replace(/_/g,"")),this.next(),this.finishNode(t,"Literal")},ge.parseParenExpression=function(){this.expect(O.parenL);var e=this.parseExpression();return this.expect(O.parenR),e},ge.shouldParseArrow=function(e){return!this.canInsertSemicolon()},ge.parseParenAndDistinguishExpression=function(e,t){var i,n=this.start,a=this.startLoc,c=this.options.ecmaVersion>=8;if(this.options.ecmaVersion>=6){this.next();var l,y=this.start,E=this.startLoc,w=[],C=!0,S=!1,I=new acorn_DestructuringErrors,N=this.yieldPos,j=this.awaitPos;for(this.yieldPos=0,this.awaitPos=0;this.type!==O.parenR;){if(C?C=!1:this.expect(O.comma),c&&this.afterTrailingComma(O.parenR,!0)){S=!0;break}if(this.type===O.ellipsis){l=this.start,w.push(this.parseParenItem(this.parseRestBinding())),this.type===O.comma&&this.raiseRecoverable(this.start,"Comma is not permitted after the rest element");break}w.push(this.parseMaybeAssign(!1,I,this.parseParenItem))}var F=this.lastTokEnd,B=this.lastTokEndLoc;if(this.expect(O.parenR),e&&this.shouldParseArrow(w)&&this.eat(O.arrow))return this.checkPatternErrors(I,!1),this.checkYieldAwaitInDefaultParams(),this.yieldPos=N,this.awaitPos=j,this.parseParenArrowList(n,a,w,t);w.length&&!S||this.unexpected(this.lastTokStart),l&&this.unexpected(l),this.checkExpressionErrors(I,!0),this.yieldPos=N||this.yieldPos,this.awaitPos=j||this.awaitPos,w.length>1?((i=this.startNodeAt(y,E)).expressions=w,this.finishNodeAt(i,"SequenceExpression",F,B)):i=w[0]}else i=this.parseParenExpression();if(this.options.preserveParens){var $=this.startNodeAt(n,a);return $.expression=i,this.finishNode($,"ParenthesizedExpression")}return i},ge.parseParenItem=function(e){return e},ge.parseParenArrowList=function(e,t,i,n){return this.parseArrowExpression(this.startNodeAt(e,t),i,!1,n)};var xe=[];ge.parseNew=function(){this.containsEsc&&this.raiseRecoverable(this.start,"Escape sequence in keyword new");var e=this.startNode();if(this.next(),this.options.ecmaVersion>=6&&this.type===O.dot){var t=this.startNodeAt(e.start,e.loc&&e.loc.start);t.name="new",e.meta=this.finishNode(t,"Identifier"),this.next();var i=this.containsEsc;return e.property=this.parseIdent(!0),"target"!==e.property.name&&this.raiseRecoverable(e.property.start,"The only valid meta property for new is 'new.target'"),i&&this.raiseRecoverable(e.start,"'new.target' must not contain escaped characters"),this.allowNewDotTarget||this.raiseRecoverable(e.start,"'new.target' can only be used in functions and class static block"),this.finishNode(e,"MetaProperty")}var n=this.start,a=this.startLoc;return e.callee=this.parseSubscripts(this.parseExprAtom(null,!1,!0),n,a,!0,!1),this.eat(O.parenL)?e.arguments=this.parseExprList(O.parenR,this.options.ecmaVersion>=8,!1):e.arguments=xe,this.finishNode(e,"NewExpression")},ge.parseTemplateElement=function(e){var t=e.isTagged,i=this.startNode();return this.type===O.invalidTemplate?(t||this.raiseRecoverable(this.start,"Bad escape sequence in untagged template literal"),i.value={raw:this.value.replace(/\r\n?/g,"\n"),cooked:null}):i.value={raw:this.input.slice(this.start,this.end).replace(/\r\n?/g,"\n"),cooked:this.value},this.next(),i.tail=this.type===O.backQuote,this.finishNode(i,"TemplateElement")},ge.parseTemplate=function(e){void 0===e&&(e={});var t=e.isTagged;void 0===t&&(t=!1);var i=this.startNode();this.next(),i.expressions=[];var n=this.parseTemplateElement({isTagged:t});for(i.quasis=[n];!n.tail;)this.type===O.eof&&this.raise(this.pos,"Unterminated template literal"),this.expect(O.dollarBraceL),i.expressions.push(this.parseExpression()),this.expect(O.braceR),i.quasis.push(n=this.parseTemplateElement({isTagged:t}));return this.next(),this.finishNode(i,"TemplateLiteral")},ge.isAsyncProp=function(e){return!e.computed&&"Identifier"===e.key.type&&"async"===e.key.name&&(this.type===O.name||this.type===O.num||this.type===O.string||this.type===O.bracketL||this.type.keyword||this.options.ecmaVersion>=9&&this.type===O.star)&&!j.test(this.input.slice(this.lastTokEnd,this.start))},ge.parseObj=function(e,t){var i=this.startNode(),n=!0,a={};for(i.properties=[],this.next();!this.eat(O.braceR);){if(n)n=!1;else if(this.expect(O.comma),this.options.ecmaVersion>=5&&this.afterTrailingComma(O.braceR))break;var c=this.parseProperty(e,t);e||this.checkPropClash(c,a,t),i.properties.push(c)}return this.finishNode(i,e?"ObjectPattern":"ObjectExpression")},ge.parseProperty=function(e,t){var i,n,a,c,l=this.startNode();if(this.options.ecmaVersion>=9&&this.eat(O.ellipsis))return e?(l.argument=this.parseIdent(!1),this.type===O.comma&&this.raiseRecoverable(this.start,"Comma is not permitted after the rest element"),this.finishNode(l,"RestElement")):(l.argument=this.parseMaybeAssign(!1,t),this.type===O.comma&&t&&t.trailingComma<0&&(t.trailingComma=this.start),this.finishNode(l,"SpreadElement"));this.options.ecmaVersion>=6&&(l.method=!1,l.shorthand=!1,(e||t)&&(a=this.start,c=this.startLoc),e||(i=this.eat(O.star)));var y=this.containsEsc;return this.parsePropertyName(l),!e&&!y&&this.options.ecmaVersion>=8&&!i&&this.isAsyncProp(l)?(n=!0,i=this.options.ecmaVersion>=9&&this.eat(O.star),this.parsePropertyName(l)):n=!1,this.parsePropertyValue(l,e,i,n,a,c,t,y),this.finishNode(l,"Property")},ge.parseGetterSetter=function(e){var t=e.key.name;this.parsePropertyName(e),e.value=this.parseMethod(!1),e.kind=t;var i="get"===e.kind?0:1;if(e.value.params.length!==i){var n=e.value.start;"get"===e.kind?this.raiseRecoverable(n,"getter should have no params"):this.raiseRecoverable(n,"setter should have exactly one param")}else"set"===e.kind&&"RestElement"===e.value.params[0].type&&this.raiseRecoverable(e.value.params[0].start,"Setter cannot use rest params")},ge.parsePropertyValue=function(e,t,i,n,a,c,l,y){(i||n)&&this.type===O.colon&&this.unexpected(),this.eat(O.colon)?(e.value=t?this.parseMaybeDefault(this.start,this.startLoc):this.parseMaybeAssign(!1,l),e.kind="init"):this.options.ecmaVersion>=6&&this.type===O.parenL?(t&&this.unexpected(),e.method=!0,e.value=this.parseMethod(i,n),e.kind="init"):t||y||!(this.options.ecmaVersion>=5)||e.computed||"Identifier"!==e.key.type||"get"!==e.key.name&&"set"!==e.key.name||this.type===O.comma||this.type===O.braceR||this.type===O.eq?this.options.ecmaVersion>=6&&!e.computed&&"Identifier"===e.key.type?((i||n)&&this.unexpected(),this.checkUnreserved(e.key),"await"!==e.key.name||this.awaitIdentPos||(this.awaitIdentPos=a),t?e.value=this.parseMaybeDefault(a,c,this.copyNode(e.key)):this.type===O.eq&&l?(l.shorthandAssign<0&&(l.shorthandAssign=this.start),e.value=this.parseMaybeDefault(a,c,this.copyNode(e.key))):e.value=this.copyNode(e.key),e.kind="init",e.shorthand=!0):this.unexpected():((i||n)&&this.unexpected(),this.parseGetterSetter(e))},ge.parsePropertyName=function(e){if(this.options.ecmaVersion>=6){if(this.eat(O.bracketL))return e.computed=!0,e.key=this.parseMaybeAssign(),this.expect(O.bracketR),e.key;e.computed=!1}return e.key=this.type===O.num||this.type===O.string?this.parseExprAtom():this.parseIdent("never"!==this.options.allowReserved)},ge.initFunction=function(e){e.id=null,this.options.ecmaVersion>=6&&(e.generator=e.expression=!1),this.options.ecmaVersion>=8&&(e.async=!1)},ge.parseMethod=function(e,t,i){var n=this.startNode(),a=this.yieldPos,c=this.awaitPos,l=this.awaitIdentPos;return this.initFunction(n),this.options.ecmaVersion>=6&&(n.generator=e),this.options.ecmaVersion>=8&&(n.async=!!t),this.yieldPos=0,this.awaitPos=0,this.awaitIdentPos=0,this.enterScope(64|functionFlags(t,n.generator)|(i?128:0)),this.expect(O.parenL),n.params=this.parseBindingList(O.parenR,!1,this.options.ecmaVersion>=8),this.checkYieldAwaitInDefaultParams(),this.parseFunctionBody(n,!1,!0,!1),this.yieldPos=a,this.awaitPos=c,this.awaitIdentPos=l,this.finishNode(n,"FunctionExpression")},ge.parseArrowExpression=function(e,t,i,n){var a=this.yieldPos,c=this.awaitPos,l=this.awaitIdentPos;return this.enterScope(16|functionFlags(i,!1)),this.initFunction(e),this.options.ecmaVersion>=8&&(e.async=!!i),this.yieldPos=0,this.awaitPos=0,this.awaitIdentPos=0,e.params=this.toAssignableList(t,!0),this.parseFunctionBody(e,!0,!1,n),this.yieldPos=a,this.awaitPos=c,this.awaitIdentPos=l,this.finishNode(e,"ArrowFunctionExpression")},ge.parseFunctionBody=function(e,t,i,n){var a=t&&this.type!==O.braceL,c=this.strict,l=!1;if(a)e.body=this.parseMaybeAssign(n),e.expression=!0,this.checkParams(e,!1);else{var y=this.options.ecmaVersion>=7&&!this.isSimpleParamList(e.params);c&&!y||(l=this.strictDirective(this.end))&&y&&this.raiseRecoverable(e.start,"Illegal 'use strict' directive in function with non-simple parameter list");var E=this.labels;this.labels=[],l&&(this.strict=!0),this.checkParams(e,!c&&!l&&!t&&!i&&this.isSimpleParamList(e.params)),this.strict&&e.id&&this.checkLValSimple(e.id,5),e.body=this.parseBlock(!1,void 0,l&&!c),e.expression=!1,this.adaptDirectivePrologue(e.body.body),this.labels=E}this.exitScope()},ge.isSimpleParamList=function(e){for(var t=0,i=e;t<i.length;t+=1){if("Identifier"!==i[t].type)return!1}return!0},ge.checkParams=function(e,t){for(var i=Object.create(null),n=0,a=e.params;n<a.length;n+=1){var c=a[n];this.checkLValInnerPattern(c,1,t?null:i)}},ge.parseExprList=function(e,t,i,n){for(var a=[],c=!0;!this.eat(e);){if(c)c=!1;else if(this.expect(O.comma),t&&this.afterTrailingComma(e))break;var l=void 0;i&&this.type===O.comma?l=null:this.type===O.ellipsis?(l=this.parseSpread(n),n&&this.type===O.comma&&n.trailingComma<0&&(n.trailingComma=this.start)):l=this.parseMaybeAssign(!1,n),a.push(l)}return a},ge.checkUnreserved=function(e){var t=e.start,i=e.end,n=e.name;(this.inGenerator&&"yield"===n&&this.raiseRecoverable(t,"Cannot use 'yield' as identifier inside a generator"),this.inAsync&&"await"===n&&this.raiseRecoverable(t,"Cannot use 'await' as identifier inside an async function"),this.currentThisScope().flags&se||"arguments"!==n||this.raiseRecoverable(t,"Cannot use 'arguments' in class field initializer"),!this.inClassStaticBlock||"arguments"!==n&&"await"!==n||this.raise(t,"Cannot use "+n+" in class static initialization block"),this.keywords.test(n)&&this.raise(t,"Unexpected keyword '"+n+"'"),this.options.ecmaVersion<6&&-1!==this.input.slice(t,i).indexOf("\\"))||(this.strict?this.reservedWordsStrict:this.reservedWords).test(n)&&(this.inAsync||"await"!==n||this.raiseRecoverable(t,"Cannot use keyword 'await' outside an async function"),this.raiseRecoverable(t,"The keyword '"+n+"' is reserved"))},ge.parseIdent=function(e){var t=this.parseIdentNode();return this.next(!!e),this.finishNode(t,"Identifier"),e||(this.checkUnreserved(t),"await"!==t.name||this.awaitIdentPos||(this.awaitIdentPos=t.start)),t},ge.parseIdentNode=function(){var e=this.startNode();return this.type===O.name?e.name=this.value:this.type.keyword?(e.name=this.type.keyword,"class"!==e.name&&"function"!==e.name||this.lastTokEnd===this.lastTokStart+1&&46===this.input.charCodeAt(this.lastTokStart)||this.context.pop(),this.type=O.name):this.unexpected(),e},ge.parsePrivateIdent=function(){var e=this.startNode();return this.type===O.privateId?e.name=this.value:this.unexpected(),this.next(),this.finishNode(e,"PrivateIdentifier"),this.options.checkPrivateFields&&(0===this.privateNameStack.length?this.raise(e.start,"Private field '#"+e.name+"' must be declared in an enclosing class"):this.privateNameStack[this.privateNameStack.length-1].used.push(e)),e},ge.parseYield=function(e){this.yieldPos||(this.yieldPos=this.start);var t=this.startNode();return this.next(),this.type===O.semi||this.canInsertSemicolon()||this.type!==O.star&&!this.type.startsExpr?(t.delegate=!1,t.argument=null):(t.delegate=this.eat(O.star),t.argument=this.parseMaybeAssign(e)),this.finishNode(t,"YieldExpression")},ge.parseAwait=function(e){this.awaitPos||(this.awaitPos=this.start);var t=this.startNode();return this.next(),t.argument=this.parseMaybeUnary(null,!0,!1,e),this.finishNode(t,"AwaitExpression")};var ve=acorn_Parser.prototype;ve.raise=function(e,t){var i=getLineInfo(this.input,e);t+=" ("+i.line+":"+i.column+")",this.sourceFile&&(t+=" in "+this.sourceFile);var n=new SyntaxError(t);throw n.pos=e,n.loc=i,n.raisedAt=this.pos,n},ve.raiseRecoverable=ve.raise,ve.curPosition=function(){if(this.options.locations)return new acorn_Position(this.curLine,this.pos-this.lineStart)};var ye=acorn_Parser.prototype,acorn_Scope=function(e){this.flags=e,this.var=[],this.lexical=[],this.functions=[]};ye.enterScope=function(e){this.scopeStack.push(new acorn_Scope(e))},ye.exitScope=function(){this.scopeStack.pop()},ye.treatFunctionsAsVarInScope=function(e){return 2&e.flags||!this.inModule&&1&e.flags},ye.declareName=function(e,t,i){var n=!1;if(2===t){var a=this.currentScope();n=a.lexical.indexOf(e)>-1||a.functions.indexOf(e)>-1||a.var.indexOf(e)>-1,a.lexical.push(e),this.inModule&&1&a.flags&&delete this.undefinedExports[e]}else if(4===t){this.currentScope().lexical.push(e)}else if(3===t){var c=this.currentScope();n=this.treatFunctionsAsVar?c.lexical.indexOf(e)>-1:c.lexical.indexOf(e)>-1||c.var.indexOf(e)>-1,c.functions.push(e)}else for(var l=this.scopeStack.length-1;l>=0;--l){var y=this.scopeStack[l];if(y.lexical.indexOf(e)>-1&&!(32&y.flags&&y.lexical[0]===e)||!this.treatFunctionsAsVarInScope(y)&&y.functions.indexOf(e)>-1){n=!0;break}if(y.var.push(e),this.inModule&&1&y.flags&&delete this.undefinedExports[e],y.flags&se)break}n&&this.raiseRecoverable(i,"Identifier '"+e+"' has already been declared")},ye.checkLocalExport=function(e){-1===this.scopeStack[0].lexical.indexOf(e.name)&&-1===this.scopeStack[0].var.indexOf(e.name)&&(this.undefinedExports[e.name]=e)},ye.currentScope=function(){return this.scopeStack[this.scopeStack.length-1]},ye.currentVarScope=function(){for(var e=this.scopeStack.length-1;;e--){var t=this.scopeStack[e];if(771&t.flags)return t}},ye.currentThisScope=function(){for(var e=this.scopeStack.length-1;;e--){var t=this.scopeStack[e];if(771&t.flags&&!(16&t.flags))return t}};var acorn_Node=function(e,t,i){this.type="",this.start=t,this.end=0,e.options.locations&&(this.loc=new acorn_SourceLocation(e,i)),e.options.directSourceFile&&(this.sourceFile=e.options.directSourceFile),e.options.ranges&&(this.range=[t,0])},_e=acorn_Parser.prototype;function finishNodeAt(e,t,i,n){return e.type=t,e.end=i,this.options.locations&&(e.loc.end=n),this.options.ranges&&(e.range[1]=i),e}_e.startNode=function(){return new acorn_Node(this,this.start,this.startLoc)},_e.startNodeAt=function(e,t){return new acorn_Node(this,e,t)},_e.finishNode=function(e,t){return finishNodeAt.call(this,e,t,this.lastTokEnd,this.lastTokEndLoc)},_e.finishNodeAt=function(e,t,i,n){return finishNodeAt.call(this,e,t,i,n)},_e.copyNode=function(e){var t=new acorn_Node(this,e.start,this.startLoc);for(var i in e)t[i]=e[i];return t};var Ee="ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS",be=Ee+" Extended_Pictographic",ke=be+" EBase EComp EMod EPres ExtPict",we={9:Ee,10:be,11:be,12:ke,13:ke,14:ke},Ce={9:"",10:"",11:"",12:"",13:"",14:"Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji"},Se="Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu",Ie="Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb",Te=Ie+" Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd",Re=Te+" Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho",Ae=Re+" Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi",Le=Ae+" Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith",Oe={9:Ie,10:Te,11:Re,12:Ae,13:Le,14:Le+" Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz"},De={};function buildUnicodeData(e){var t=De[e]={binary:wordsRegexp(we[e]+" "+Se),binaryOfStrings:wordsRegexp(Ce[e]),nonBinary:{General_Category:wordsRegexp(Se),Script:wordsRegexp(Oe[e])}};t.nonBinary.Script_Extensions=t.nonBinary.Script,t.nonBinary.gc=t.nonBinary.General_Category,t.nonBinary.sc=t.nonBinary.Script,t.nonBinary.scx=t.nonBinary.Script_Extensions}for(var Ve=0,Ue=[9,10,11,12,13,14];Ve<Ue.length;Ve+=1){buildUnicodeData(Ue[Ve])}var Me=acorn_Parser.prototype,acorn_BranchID=function(e,t){this.parent=e,this.base=t||this};acorn_BranchID.prototype.separatedFrom=function(e){for(var t=this;t;t=t.parent)for(var i=e;i;i=i.parent)if(t.base===i.base&&t!==i)return!0;return!1},acorn_BranchID.prototype.sibling=function(){return new acorn_BranchID(this.parent,this.base)};var acorn_RegExpValidationState=function(e){this.parser=e,this.validFlags="gim"+(e.options.ecmaVersion>=6?"uy":"")+(e.options.ecmaVersion>=9?"s":"")+(e.options.ecmaVersion>=13?"d":"")+(e.options.ecmaVersion>=15?"v":""),this.unicodeProperties=De[e.options.ecmaVersion>=14?14:e.options.ecmaVersion],this.source="",this.flags="",this.start=0,this.switchU=!1,this.switchV=!1,this.switchN=!1,this.pos=0,this.lastIntValue=0,this.lastStringValue="",this.lastAssertionIsQuantifiable=!1,this.numCapturingParens=0,this.maxBackReference=0,this.groupNames=Object.create(null),this.backReferenceNames=[],this.branchID=null};function isRegularExpressionModifier(e){return 105===e||109===e||115===e}function isSyntaxCharacter(e){return 36===e||e>=40&&e<=43||46===e||63===e||e>=91&&e<=94||e>=123&&e<=125}function isControlLetter(e){return e>=65&&e<=90||e>=97&&e<=122}acorn_RegExpValidationState.prototype.reset=function(e,t,i){var n=-1!==i.indexOf("v"),a=-1!==i.indexOf("u");this.start=0|e,this.source=t+"",this.flags=i,n&&this.parser.options.ecmaVersion>=15?(this.switchU=!0,this.switchV=!0,this.switchN=!0):(this.switchU=a&&this.parser.options.ecmaVersion>=6,this.switchV=!1,this.switchN=a&&this.parser.options.ecmaVersion>=9)},acorn_RegExpValidationState.prototype.raise=function(e){this.parser.raiseRecoverable(this.start,"Invalid regular expression: /"+this.source+"/: "+e)},acorn_RegExpValidationState.prototype.at=function(e,t){void 0===t&&(t=!1);var i=this.source,n=i.length;if(e>=n)return-1;var a=i.charCodeAt(e);if(!t&&!this.switchU||a<=55295||a>=57344||e+1>=n)return a;var c=i.charCodeAt(e+1);return c>=56320&&c<=57343?(a<<10)+c-56613888:a},acorn_RegExpValidationState.prototype.nextIndex=function(e,t){void 0===t&&(t=!1);var i=this.source,n=i.length;if(e>=n)return n;var a,c=i.charCodeAt(e);return!t&&!this.switchU||c<=55295||c>=57344||e+1>=n||(a=i.charCodeAt(e+1))<56320||a>57343?e+1:e+2},acorn_RegExpValidationState.prototype.current=function(e){return void 0===e&&(e=!1),this.at(this.pos,e)},acorn_RegExpValidationState.prototype.lookahead=function(e){return void 0===e&&(e=!1),this.at(this.nextIndex(this.pos,e),e)},acorn_RegExpValidationState.prototype.advance=function(e){void 0===e&&(e=!1),this.pos=this.nextIndex(this.pos,e)},acorn_RegExpValidationState.prototype.eat=function(e,t){return void 0===t&&(t=!1),this.current(t)===e&&(this.advance(t),!0)},acorn_RegExpValidationState.prototype.eatChars=function(e,t){void 0===t&&(t=!1);for(var i=this.pos,n=0,a=e;n<a.length;n+=1){var c=a[n],l=this.at(i,t);if(-1===l||l!==c)return!1;i=this.nextIndex(i,t)}return this.pos=i,!0},Me.validateRegExpFlags=function(e){for(var t=e.validFlags,i=e.flags,n=!1,a=!1,c=0;c<i.length;c++){var l=i.charAt(c);-1===t.indexOf(l)&&this.raise(e.start,"Invalid regular expression flag"),i.indexOf(l,c+1)>-1&&this.raise(e.start,"Duplicate regular expression flag"),"u"===l&&(n=!0),"v"===l&&(a=!0)}this.options.ecmaVersion>=15&&n&&a&&this.raise(e.start,"Invalid regular expression flag")},Me.validateRegExpPattern=function(e){this.regexp_pattern(e),!e.switchN&&this.options.ecmaVersion>=9&&function(e){for(var t in e)return!0;return!1}(e.groupNames)&&(e.switchN=!0,this.regexp_pattern(e))},Me.regexp_pattern=function(e){e.pos=0,e.lastIntValue=0,e.lastStringValue="",e.lastAssertionIsQuantifiable=!1,e.numCapturingParens=0,e.maxBackReference=0,e.groupNames=Object.create(null),e.backReferenceNames.length=0,e.branchID=null,this.regexp_disjunction(e),e.pos!==e.source.length&&(e.eat(41)&&e.raise("Unmatched ')'"),(e.eat(93)||e.eat(125))&&e.raise("Lone quantifier brackets")),e.maxBackReference>e.numCapturingParens&&e.raise("Invalid escape");for(var t=0,i=e.backReferenceNames;t<i.length;t+=1){var n=i[t];e.groupNames[n]||e.raise("Invalid named capture referenced")}},Me.regexp_disjunction=function(e){var t=this.options.ecmaVersion>=16;for(t&&(e.branchID=new acorn_BranchID(e.branchID,null)),this.regexp_alternative(e);e.eat(124);)t&&(e.branchID=e.branchID.sibling()),this.regexp_alternative(e);t&&(e.branchID=e.branchID.parent),this.regexp_eatQuantifier(e,!0)&&e.raise("Nothing to repeat"),e.eat(123)&&e.raise("Lone quantifier brackets")},Me.regexp_alternative=function(e){for(;e.pos<e.source.length&&this.regexp_eatTerm(e););},Me.regexp_eatTerm=function(e){return this.regexp_eatAssertion(e)?(e.lastAssertionIsQuantifiable&&this.regexp_eatQuantifier(e)&&e.switchU&&e.raise("Invalid quantifier"),!0):!!(e.switchU?this.regexp_eatAtom(e):this.regexp_eatExtendedAtom(e))&&(this.regexp_eatQuantifier(e),!0)},Me.regexp_eatAssertion=function(e){var t=e.pos;if(e.lastAssertionIsQuantifiable=!1,e.eat(94)||e.eat(36))return!0;if(e.eat(92)){if(e.eat(66)||e.eat(98))return!0;e.pos=t}if(e.eat(40)&&e.eat(63)){var i=!1;if(this.options.ecmaVersion>=9&&(i=e.eat(60)),e.eat(61)||e.eat(33))return this.regexp_disjunction(e),e.eat(41)||e.raise("Unterminated group"),e.lastAssertionIsQuantifiable=!i,!0}return e.pos=t,!1},Me.regexp_eatQuantifier=function(e,t){return void 0===t&&(t=!1),!!this.regexp_eatQuantifierPrefix(e,t)&&(e.eat(63),!0)},Me.regexp_eatQuantifierPrefix=function(e,t){return e.eat(42)||e.eat(43)||e.eat(63)||this.regexp_eatBracedQuantifier(e,t)},Me.regexp_eatBracedQuantifier=function(e,t){var i=e.pos;if(e.eat(123)){var n=0,a=-1;if(this.regexp_eatDecimalDigits(e)&&(n=e.lastIntValue,e.eat(44)&&this.regexp_eatDecimalDigits(e)&&(a=e.lastIntValue),e.eat(125)))return-1!==a&&a<n&&!t&&e.raise("numbers out of order in {} quantifier"),!0;e.switchU&&!t&&e.raise("Incomplete quantifier"),e.pos=i}return!1},Me.regexp_eatAtom=function(e){return this.regexp_eatPatternCharacters(e)||e.eat(46)||this.regexp_eatReverseSolidusAtomEscape(e)||this.regexp_eatCharacterClass(e)||this.regexp_eatUncapturingGroup(e)||this.regexp_eatCapturingGroup(e)},Me.regexp_eatReverseSolidusAtomEscape=function(e){var t=e.pos;if(e.eat(92)){if(this.regexp_eatAtomEscape(e))return!0;e.pos=t}return!1},Me.regexp_eatUncapturingGroup=function(e){var t=e.pos;if(e.eat(40)){if(e.eat(63)){if(this.options.ecmaVersion>=16){var i=this.regexp_eatModifiers(e),n=e.eat(45);if(i||n){for(var a=0;a<i.length;a++){var c=i.charAt(a);i.indexOf(c,a+1)>-1&&e.raise("Duplicate regular expression modifiers")}if(n){var l=this.regexp_eatModifiers(e);i||l||58!==e.current()||e.raise("Invalid regular expression modifiers");for(var y=0;y<l.length;y++){var E=l.charAt(y);(l.indexOf(E,y+1)>-1||i.indexOf(E)>-1)&&e.raise("Duplicate regular expression modifiers")}}}}if(e.eat(58)){if(this.regexp_disjunction(e),e.eat(41))return!0;e.raise("Unterminated group")}}e.pos=t}return!1},Me.regexp_eatCapturingGroup=function(e){if(e.eat(40)){if(this.options.ecmaVersion>=9?this.regexp_groupSpecifier(e):63===e.current()&&e.raise("Invalid group"),this.regexp_disjunction(e),e.eat(41))return e.numCapturingParens+=1,!0;e.raise("Unterminated group")}return!1},Me.regexp_eatModifiers=function(e){for(var t="",i=0;-1!==(i=e.current())&&isRegularExpressionModifier(i);)t+=codePointToString(i),e.advance();return t},Me.regexp_eatExtendedAtom=function(e){return e.eat(46)||this.regexp_eatReverseSolidusAtomEscape(e)||this.regexp_eatCharacterClass(e)||this.regexp_eatUncapturingGroup(e)||this.regexp_eatCapturingGroup(e)||this.regexp_eatInvalidBracedQuantifier(e)||this.regexp_eatExtendedPatternCharacter(e)},Me.regexp_eatInvalidBracedQuantifier=function(e){return this.regexp_eatBracedQuantifier(e,!0)&&e.raise("Nothing to repeat"),!1},Me.regexp_eatSyntaxCharacter=function(e){var t=e.current();return!!isSyntaxCharacter(t)&&(e.lastIntValue=t,e.advance(),!0)},Me.regexp_eatPatternCharacters=function(e){for(var t=e.pos,i=0;-1!==(i=e.current())&&!isSyntaxCharacter(i);)e.advance();return e.pos!==t},Me.regexp_eatExtendedPatternCharacter=function(e){var t=e.current();return!(-1===t||36===t||t>=40&&t<=43||46===t||63===t||91===t||94===t||124===t)&&(e.advance(),!0)},Me.regexp_groupSpecifier=function(e){if(e.eat(63)){this.regexp_eatGroupName(e)||e.raise("Invalid group");var t=this.options.ecmaVersion>=16,i=e.groupNames[e.lastStringValue];if(i)if(t)for(var n=0,a=i;n<a.length;n+=1){a[n].separatedFrom(e.branchID)||e.raise("Duplicate capture group name")}else e.raise("Duplicate capture group name");t?(i||(e.groupNames[e.lastStringValue]=[])).push(e.branchID):e.groupNames[e.lastStringValue]=!0}},Me.regexp_eatGroupName=function(e){if(e.lastStringValue="",e.eat(60)){if(this.regexp_eatRegExpIdentifierName(e)&&e.eat(62))return!0;e.raise("Invalid capture group name")}return!1},Me.regexp_eatRegExpIdentifierName=function(e){if(e.lastStringValue="",this.regexp_eatRegExpIdentifierStart(e)){for(e.lastStringValue+=codePointToString(e.lastIntValue);this.regexp_eatRegExpIdentifierPart(e);)e.lastStringValue+=codePointToString(e.lastIntValue);return!0}return!1},Me.regexp_eatRegExpIdentifierStart=function(e){var t=e.pos,i=this.options.ecmaVersion>=11,n=e.current(i);return e.advance(i),92===n&&this.regexp_eatRegExpUnicodeEscapeSequence(e,i)&&(n=e.lastIntValue),function(e){return isIdentifierStart(e,!0)||36===e||95===e}(n)?(e.lastIntValue=n,!0):(e.pos=t,!1)},Me.regexp_eatRegExpIdentifierPart=function(e){var t=e.pos,i=this.options.ecmaVersion>=11,n=e.current(i);return e.advance(i),92===n&&this.regexp_eatRegExpUnicodeEscapeSequence(e,i)&&(n=e.lastIntValue),function(e){return isIdentifierChar(e,!0)||36===e||95===e||8204===e||8205===e}(n)?(e.lastIntValue=n,!0):(e.pos=t,!1)},Me.regexp_eatAtomEscape=function(e){return!!(this.regexp_eatBackReference(e)||this.regexp_eatCharacterClassEscape(e)||this.regexp_eatCharacterEscape(e)||e.switchN&&this.regexp_eatKGroupName(e))||(e.switchU&&(99===e.current()&&e.raise("Invalid unicode escape"),e.raise("Invalid escape")),!1)},Me.regexp_eatBackReference=function(e){var t=e.pos;if(this.regexp_eatDecimalEscape(e)){var i=e.lastIntValue;if(e.switchU)return i>e.maxBackReference&&(e.maxBackReference=i),!0;if(i<=e.numCapturingParens)return!0;e.pos=t}return!1},Me.regexp_eatKGroupName=function(e){if(e.eat(107)){if(this.regexp_eatGroupName(e))return e.backReferenceNames.push(e.lastStringValue),!0;e.raise("Invalid named reference")}return!1},Me.regexp_eatCharacterEscape=function(e){return this.regexp_eatControlEscape(e)||this.regexp_eatCControlLetter(e)||this.regexp_eatZero(e)||this.regexp_eatHexEscapeSequence(e)||this.regexp_eatRegExpUnicodeEscapeSequence(e,!1)||!e.switchU&&this.regexp_eatLegacyOctalEscapeSequence(e)||this.regexp_eatIdentityEscape(e)},Me.regexp_eatCControlLetter=function(e){var t=e.pos;if(e.eat(99)){if(this.regexp_eatControlLetter(e))return!0;e.pos=t}return!1},Me.regexp_eatZero=function(e){return 48===e.current()&&!isDecimalDigit(e.lookahead())&&(e.lastIntValue=0,e.advance(),!0)},Me.regexp_eatControlEscape=function(e){var t=e.current();return 116===t?(e.lastIntValue=9,e.advance(),!0):110===t?(e.lastIntValue=10,e.advance(),!0):118===t?(e.lastIntValue=11,e.advance(),!0):102===t?(e.lastIntValue=12,e.advance(),!0):114===t&&(e.lastIntValue=13,e.advance(),!0)},Me.regexp_eatControlLetter=function(e){var t=e.current();return!!isControlLetter(t)&&(e.lastIntValue=t%32,e.advance(),!0)},Me.regexp_eatRegExpUnicodeEscapeSequence=function(e,t){void 0===t&&(t=!1);var i,n=e.pos,a=t||e.switchU;if(e.eat(117)){if(this.regexp_eatFixedHexDigits(e,4)){var c=e.lastIntValue;if(a&&c>=55296&&c<=56319){var l=e.pos;if(e.eat(92)&&e.eat(117)&&this.regexp_eatFixedHexDigits(e,4)){var y=e.lastIntValue;if(y>=56320&&y<=57343)return e.lastIntValue=1024*(c-55296)+(y-56320)+65536,!0}e.pos=l,e.lastIntValue=c}return!0}if(a&&e.eat(123)&&this.regexp_eatHexDigits(e)&&e.eat(125)&&((i=e.lastIntValue)>=0&&i<=1114111))return!0;a&&e.raise("Invalid unicode escape"),e.pos=n}return!1},Me.regexp_eatIdentityEscape=function(e){if(e.switchU)return!!this.regexp_eatSyntaxCharacter(e)||!!e.eat(47)&&(e.lastIntValue=47,!0);var t=e.current();return!(99===t||e.switchN&&107===t)&&(e.lastIntValue=t,e.advance(),!0)},Me.regexp_eatDecimalEscape=function(e){e.lastIntValue=0;var t=e.current();if(t>=49&&t<=57){do{e.lastIntValue=10*e.lastIntValue+(t-48),e.advance()}while((t=e.current())>=48&&t<=57);return!0}return!1};function isUnicodePropertyNameCharacter(e){return isControlLetter(e)||95===e}function isUnicodePropertyValueCharacter(e){return isUnicodePropertyNameCharacter(e)||isDecimalDigit(e)}function isDecimalDigit(e){return e>=48&&e<=57}function isHexDigit(e){return e>=48&&e<=57||e>=65&&e<=70||e>=97&&e<=102}function hexToInt(e){return e>=65&&e<=70?e-65+10:e>=97&&e<=102?e-97+10:e-48}function isOctalDigit(e){return e>=48&&e<=55}Me.regexp_eatCharacterClassEscape=function(e){var t=e.current();if(function(e){return 100===e||68===e||115===e||83===e||119===e||87===e}(t))return e.lastIntValue=-1,e.advance(),1;var i=!1;if(e.switchU&&this.options.ecmaVersion>=9&&((i=80===t)||112===t)){var n;if(e.lastIntValue=-1,e.advance(),e.eat(123)&&(n=this.regexp_eatUnicodePropertyValueExpression(e))&&e.eat(125))return i&&2===n&&e.raise("Invalid property name"),n;e.raise("Invalid property name")}return 0},Me.regexp_eatUnicodePropertyValueExpression=function(e){var t=e.pos;if(this.regexp_eatUnicodePropertyName(e)&&e.eat(61)){var i=e.lastStringValue;if(this.regexp_eatUnicodePropertyValue(e)){var n=e.lastStringValue;return this.regexp_validateUnicodePropertyNameAndValue(e,i,n),1}}if(e.pos=t,this.regexp_eatLoneUnicodePropertyNameOrValue(e)){var a=e.lastStringValue;return this.regexp_validateUnicodePropertyNameOrValue(e,a)}return 0},Me.regexp_validateUnicodePropertyNameAndValue=function(e,t,i){H(e.unicodeProperties.nonBinary,t)||e.raise("Invalid property name"),e.unicodeProperties.nonBinary[t].test(i)||e.raise("Invalid property value")},Me.regexp_validateUnicodePropertyNameOrValue=function(e,t){return e.unicodeProperties.binary.test(t)?1:e.switchV&&e.unicodeProperties.binaryOfStrings.test(t)?2:void e.raise("Invalid property name")},Me.regexp_eatUnicodePropertyName=function(e){var t=0;for(e.lastStringValue="";isUnicodePropertyNameCharacter(t=e.current());)e.lastStringValue+=codePointToString(t),e.advance();return""!==e.lastStringValue},Me.regexp_eatUnicodePropertyValue=function(e){var t=0;for(e.lastStringValue="";isUnicodePropertyValueCharacter(t=e.current());)e.lastStringValue+=codePointToString(t),e.advance();return""!==e.lastStringValue},Me.regexp_eatLoneUnicodePropertyNameOrValue=function(e){return this.regexp_eatUnicodePropertyValue(e)},Me.regexp_eatCharacterClass=function(e){if(e.eat(91)){var t=e.eat(94),i=this.regexp_classContents(e);return e.eat(93)||e.raise("Unterminated character class"),t&&2===i&&e.raise("Negated character class may contain strings"),!0}return!1},Me.regexp_classContents=function(e){return 93===e.current()?1:e.switchV?this.regexp_classSetExpression(e):(this.regexp_nonEmptyClassRanges(e),1)},Me.regexp_nonEmptyClassRanges=function(e){for(;this.regexp_eatClassAtom(e);){var t=e.lastIntValue;if(e.eat(45)&&this.regexp_eatClassAtom(e)){var i=e.lastIntValue;!e.switchU||-1!==t&&-1!==i||e.raise("Invalid character class"),-1!==t&&-1!==i&&t>i&&e.raise("Range out of order in character class")}}},Me.regexp_eatClassAtom=function(e){var t=e.pos;if(e.eat(92)){if(this.regexp_eatClassEscape(e))return!0;if(e.switchU){var i=e.current();(99===i||isOctalDigit(i))&&e.raise("Invalid class escape"),e.raise("Invalid escape")}e.pos=t}var n=e.current();return 93!==n&&(e.lastIntValue=n,e.advance(),!0)},Me.regexp_eatClassEscape=function(e){var t=e.pos;if(e.eat(98))return e.lastIntValue=8,!0;if(e.switchU&&e.eat(45))return e.lastIntValue=45,!0;if(!e.switchU&&e.eat(99)){if(this.regexp_eatClassControlLetter(e))return!0;e.pos=t}return this.regexp_eatCharacterClassEscape(e)||this.regexp_eatCharacterEscape(e)},Me.regexp_classSetExpression=function(e){var t,i=1;if(this.regexp_eatClassSetRange(e));else if(t=this.regexp_eatClassSetOperand(e)){2===t&&(i=2);for(var n=e.pos;e.eatChars([38,38]);)38!==e.current()&&(t=this.regexp_eatClassSetOperand(e))?2!==t&&(i=1):e.raise("Invalid character in character class");if(n!==e.pos)return i;for(;e.eatChars([45,45]);)this.regexp_eatClassSetOperand(e)||e.raise("Invalid character in character class");if(n!==e.pos)return i}else e.raise("Invalid character in character class");for(;;)if(!this.regexp_eatClassSetRange(e)){if(!(t=this.regexp_eatClassSetOperand(e)))return i;2===t&&(i=2)}},Me.regexp_eatClassSetRange=function(e){var t=e.pos;if(this.regexp_eatClassSetCharacter(e)){var i=e.lastIntValue;if(e.eat(45)&&this.regexp_eatClassSetCharacter(e)){var n=e.lastIntValue;return-1!==i&&-1!==n&&i>n&&e.raise("Range out of order in character class"),!0}e.pos=t}return!1},Me.regexp_eatClassSetOperand=function(e){return this.regexp_eatClassSetCharacter(e)?1:this.regexp_eatClassStringDisjunction(e)||this.regexp_eatNestedClass(e)},Me.regexp_eatNestedClass=function(e){var t=e.pos;if(e.eat(91)){var i=e.eat(94),n=this.regexp_classContents(e);if(e.eat(93))return i&&2===n&&e.raise("Negated character class may contain strings"),n;e.pos=t}if(e.eat(92)){var a=this.regexp_eatCharacterClassEscape(e);if(a)return a;e.pos=t}return null},Me.regexp_eatClassStringDisjunction=function(e){var t=e.pos;if(e.eatChars([92,113])){if(e.eat(123)){var i=this.regexp_classStringDisjunctionContents(e);if(e.eat(125))return i}else e.raise("Invalid escape");e.pos=t}return null},Me.regexp_classStringDisjunctionContents=function(e){for(var t=this.regexp_classString(e);e.eat(124);)2===this.regexp_classString(e)&&(t=2);return t},Me.regexp_classString=function(e){for(var t=0;this.regexp_eatClassSetCharacter(e);)t++;return 1===t?1:2},Me.regexp_eatClassSetCharacter=function(e){var t=e.pos;if(e.eat(92))return!(!this.regexp_eatCharacterEscape(e)&&!this.regexp_eatClassSetReservedPunctuator(e))||(e.eat(98)?(e.lastIntValue=8,!0):(e.pos=t,!1));var i=e.current();return!(i<0||i===e.lookahead()&&function(e){return 33===e||e>=35&&e<=38||e>=42&&e<=44||46===e||e>=58&&e<=64||94===e||96===e||126===e}(i))&&(!function(e){return 40===e||41===e||45===e||47===e||e>=91&&e<=93||e>=123&&e<=125}(i)&&(e.advance(),e.lastIntValue=i,!0))},Me.regexp_eatClassSetReservedPunctuator=function(e){var t=e.current();return!!function(e){return 33===e||35===e||37===e||38===e||44===e||45===e||e>=58&&e<=62||64===e||96===e||126===e}(t)&&(e.lastIntValue=t,e.advance(),!0)},Me.regexp_eatClassControlLetter=function(e){var t=e.current();return!(!isDecimalDigit(t)&&95!==t)&&(e.lastIntValue=t%32,e.advance(),!0)},Me.regexp_eatHexEscapeSequence=function(e){var t=e.pos;if(e.eat(120)){if(this.regexp_eatFixedHexDigits(e,2))return!0;e.switchU&&e.raise("Invalid escape"),e.pos=t}return!1},Me.regexp_eatDecimalDigits=function(e){var t=e.pos,i=0;for(e.lastIntValue=0;isDecimalDigit(i=e.current());)e.lastIntValue=10*e.lastIntValue+(i-48),e.advance();return e.pos!==t},Me.regexp_eatHexDigits=function(e){var t=e.pos,i=0;for(e.lastIntValue=0;isHexDigit(i=e.current());)e.lastIntValue=16*e.lastIntValue+hexToInt(i),e.advance();return e.pos!==t},Me.regexp_eatLegacyOctalEscapeSequence=function(e){if(this.regexp_eatOctalDigit(e)){var t=e.lastIntValue;if(this.regexp_eatOctalDigit(e)){var i=e.lastIntValue;t<=3&&this.regexp_eatOctalDigit(e)?e.lastIntValue=64*t+8*i+e.lastIntValue:e.lastIntValue=8*t+i}else e.lastIntValue=t;return!0}return!1},Me.regexp_eatOctalDigit=function(e){var t=e.current();return isOctalDigit(t)?(e.lastIntValue=t-48,e.advance(),!0):(e.lastIntValue=0,!1)},Me.regexp_eatFixedHexDigits=function(e,t){var i=e.pos;e.lastIntValue=0;for(var n=0;n<t;++n){var a=e.current();if(!isHexDigit(a))return e.pos=i,!1;e.lastIntValue=16*e.lastIntValue+hexToInt(a),e.advance()}return!0};var acorn_Token=function(e){this.type=e.type,this.value=e.value,this.start=e.start,this.end=e.end,e.options.locations&&(this.loc=new acorn_SourceLocation(e,e.startLoc,e.endLoc)),e.options.ranges&&(this.range=[e.start,e.end])},je=acorn_Parser.prototype;function stringToBigInt(e){return"function"!=typeof BigInt?null:BigInt(e.replace(/_/g,""))}je.next=function(e){!e&&this.type.keyword&&this.containsEsc&&this.raiseRecoverable(this.start,"Escape sequence in keyword "+this.type.keyword),this.options.onToken&&this.options.onToken(new acorn_Token(this)),this.lastTokEnd=this.end,this.lastTokStart=this.start,this.lastTokEndLoc=this.endLoc,this.lastTokStartLoc=this.startLoc,this.nextToken()},je.getToken=function(){return this.next(),new acorn_Token(this)},"undefined"!=typeof Symbol&&(je[Symbol.iterator]=function(){var e=this;return{next:function(){var t=e.getToken();return{done:t.type===O.eof,value:t}}}}),je.nextToken=function(){var e=this.curContext();return e&&e.preserveSpace||this.skipSpace(),this.start=this.pos,this.options.locations&&(this.startLoc=this.curPosition()),this.pos>=this.input.length?this.finishToken(O.eof):e.override?e.override(this):void this.readToken(this.fullCharCodeAtPos())},je.readToken=function(e){return isIdentifierStart(e,this.options.ecmaVersion>=6)||92===e?this.readWord():this.getTokenFromCode(e)},je.fullCharCodeAt=function(e){var t=this.input.charCodeAt(e);if(t<=55295||t>=56320)return t;var i=this.input.charCodeAt(e+1);return i<=56319||i>=57344?t:(t<<10)+i-56613888},je.fullCharCodeAtPos=function(){return this.fullCharCodeAt(this.pos)},je.skipBlockComment=function(){var e=this.options.onComment&&this.curPosition(),t=this.pos,i=this.input.indexOf("*/",this.pos+=2);if(-1===i&&this.raise(this.pos-2,"Unterminated comment"),this.pos=i+2,this.options.locations)for(var n=void 0,a=t;(n=nextLineBreak(this.input,a,this.pos))>-1;)++this.curLine,a=this.lineStart=n;this.options.onComment&&this.options.onComment(!0,this.input.slice(t+2,i),t,this.pos,e,this.curPosition())},je.skipLineComment=function(e){for(var t=this.pos,i=this.options.onComment&&this.curPosition(),n=this.input.charCodeAt(this.pos+=e);this.pos<this.input.length&&!isNewLine(n);)n=this.input.charCodeAt(++this.pos);this.options.onComment&&this.options.onComment(!1,this.input.slice(t+e,this.pos),t,this.pos,i,this.curPosition())},je.skipSpace=function(){e:for(;this.pos<this.input.length;){var e=this.input.charCodeAt(this.pos);switch(e){case 32:case 160:++this.pos;break;case 13:10===this.input.charCodeAt(this.pos+1)&&++this.pos;case 10:case 8232:case 8233:++this.pos,this.options.locations&&(++this.curLine,this.lineStart=this.pos);break;case 47:switch(this.input.charCodeAt(this.pos+1)){case 42:this.skipBlockComment();break;case 47:this.skipLineComment(2);break;default:break e}break;default:if(!(e>8&&e<14||e>=5760&&B.test(String.fromCharCode(e))))break e;++this.pos}}},je.finishToken=function(e,t){this.end=this.pos,this.options.locations&&(this.endLoc=this.curPosition());var i=this.type;this.type=e,this.value=t,this.updateContext(i)},je.readToken_dot=function(){var e=this.input.charCodeAt(this.pos+1);if(e>=48&&e<=57)return this.readNumber(!0);var t=this.input.charCodeAt(this.pos+2);return this.options.ecmaVersion>=6&&46===e&&46===t?(this.pos+=3,this.finishToken(O.ellipsis)):(++this.pos,this.finishToken(O.dot))},je.readToken_slash=function(){var e=this.input.charCodeAt(this.pos+1);return this.exprAllowed?(++this.pos,this.readRegexp()):61===e?this.finishOp(O.assign,2):this.finishOp(O.slash,1)},je.readToken_mult_modulo_exp=function(e){var t=this.input.charCodeAt(this.pos+1),i=1,n=42===e?O.star:O.modulo;return this.options.ecmaVersion>=7&&42===e&&42===t&&(++i,n=O.starstar,t=this.input.charCodeAt(this.pos+2)),61===t?this.finishOp(O.assign,i+1):this.finishOp(n,i)},je.readToken_pipe_amp=function(e){var t=this.input.charCodeAt(this.pos+1);if(t===e){if(this.options.ecmaVersion>=12)if(61===this.input.charCodeAt(this.pos+2))return this.finishOp(O.assign,3);return this.finishOp(124===e?O.logicalOR:O.logicalAND,2)}return 61===t?this.finishOp(O.assign,2):this.finishOp(124===e?O.bitwiseOR:O.bitwiseAND,1)},je.readToken_caret=function(){return 61===this.input.charCodeAt(this.pos+1)?this.finishOp(O.assign,2):this.finishOp(O.bitwiseXOR,1)},je.readToken_plus_min=function(e){var t=this.input.charCodeAt(this.pos+1);return t===e?45!==t||this.inModule||62!==this.input.charCodeAt(this.pos+2)||0!==this.lastTokEnd&&!j.test(this.input.slice(this.lastTokEnd,this.pos))?this.finishOp(O.incDec,2):(this.skipLineComment(3),this.skipSpace(),this.nextToken()):61===t?this.finishOp(O.assign,2):this.finishOp(O.plusMin,1)},je.readToken_lt_gt=function(e){var t=this.input.charCodeAt(this.pos+1),i=1;return t===e?(i=62===e&&62===this.input.charCodeAt(this.pos+2)?3:2,61===this.input.charCodeAt(this.pos+i)?this.finishOp(O.assign,i+1):this.finishOp(O.bitShift,i)):33!==t||60!==e||this.inModule||45!==this.input.charCodeAt(this.pos+2)||45!==this.input.charCodeAt(this.pos+3)?(61===t&&(i=2),this.finishOp(O.relational,i)):(this.skipLineComment(4),this.skipSpace(),this.nextToken())},je.readToken_eq_excl=function(e){var t=this.input.charCodeAt(this.pos+1);return 61===t?this.finishOp(O.equality,61===this.input.charCodeAt(this.pos+2)?3:2):61===e&&62===t&&this.options.ecmaVersion>=6?(this.pos+=2,this.finishToken(O.arrow)):this.finishOp(61===e?O.eq:O.prefix,1)},je.readToken_question=function(){var e=this.options.ecmaVersion;if(e>=11){var t=this.input.charCodeAt(this.pos+1);if(46===t){var i=this.input.charCodeAt(this.pos+2);if(i<48||i>57)return this.finishOp(O.questionDot,2)}if(63===t){if(e>=12)if(61===this.input.charCodeAt(this.pos+2))return this.finishOp(O.assign,3);return this.finishOp(O.coalesce,2)}}return this.finishOp(O.question,1)},je.readToken_numberSign=function(){var e=35;if(this.options.ecmaVersion>=13&&(++this.pos,isIdentifierStart(e=this.fullCharCodeAtPos(),!0)||92===e))return this.finishToken(O.privateId,this.readWord1());this.raise(this.pos,"Unexpected character '"+codePointToString(e)+"'")},je.getTokenFromCode=function(e){switch(e){case 46:return this.readToken_dot();case 40:return++this.pos,this.finishToken(O.parenL);case 41:return++this.pos,this.finishToken(O.parenR);case 59:return++this.pos,this.finishToken(O.semi);case 44:return++this.pos,this.finishToken(O.comma);case 91:return++this.pos,this.finishToken(O.bracketL);case 93:return++this.pos,this.finishToken(O.bracketR);case 123:return++this.pos,this.finishToken(O.braceL);case 125:return++this.pos,this.finishToken(O.braceR);case 58:return++this.pos,this.finishToken(O.colon);case 96:if(this.options.ecmaVersion<6)break;return++this.pos,this.finishToken(O.backQuote);case 48:var t=this.input.charCodeAt(this.pos+1);if(120===t||88===t)return this.readRadixNumber(16);if(this.options.ecmaVersion>=6){if(111===t||79===t)return this.readRadixNumber(8);if(98===t||66===t)return this.readRadixNumber(2)}case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:return this.readNumber(!1);case 34:case 39:return this.readString(e);case 47:return this.readToken_slash();case 37:case 42:return this.readToken_mult_modulo_exp(e);case 124:case 38:return this.readToken_pipe_amp(e);case 94:return this.readToken_caret();case 43:case 45:return this.readToken_plus_min(e);case 60:case 62:return this.readToken_lt_gt(e);case 61:case 33:return this.readToken_eq_excl(e);case 63:return this.readToken_question();case 126:return this.finishOp(O.prefix,1);case 35:return this.readToken_numberSign()}this.raise(this.pos,"Unexpected character '"+codePointToString(e)+"'")},je.finishOp=function(e,t){var i=this.input.slice(this.pos,this.pos+t);return this.pos+=t,this.finishToken(e,i)},je.readRegexp=function(){for(var e,t,i=this.pos;;){this.pos>=this.input.length&&this.raise(i,"Unterminated regular expression");var n=this.input.charAt(this.pos);if(j.test(n)&&this.raise(i,"Unterminated regular expression"),e)e=!1;else{if("["===n)t=!0;else if("]"===n&&t)t=!1;else if("/"===n&&!t)break;e="\\"===n}++this.pos}var a=this.input.slice(i,this.pos);++this.pos;var c=this.pos,l=this.readWord1();this.containsEsc&&this.unexpected(c);var y=this.regexpState||(this.regexpState=new acorn_RegExpValidationState(this));y.reset(i,a,l),this.validateRegExpFlags(y),this.validateRegExpPattern(y);var E=null;try{E=new RegExp(a,l)}catch(e){}return this.finishToken(O.regexp,{pattern:a,flags:l,value:E})},je.readInt=function(e,t,i){for(var n=this.options.ecmaVersion>=12&&void 0===t,a=i&&48===this.input.charCodeAt(this.pos),c=this.pos,l=0,y=0,E=0,w=null==t?1/0:t;E<w;++E,++this.pos){var C=this.input.charCodeAt(this.pos),S=void 0;if(n&&95===C)a&&this.raiseRecoverable(this.pos,"Numeric separator is not allowed in legacy octal numeric literals"),95===y&&this.raiseRecoverable(this.pos,"Numeric separator must be exactly one underscore"),0===E&&this.raiseRecoverable(this.pos,"Numeric separator is not allowed at the first of digits"),y=C;else{if((S=C>=97?C-97+10:C>=65?C-65+10:C>=48&&C<=57?C-48:1/0)>=e)break;y=C,l=l*e+S}}return n&&95===y&&this.raiseRecoverable(this.pos-1,"Numeric separator is not allowed at the last of digits"),this.pos===c||null!=t&&this.pos-c!==t?null:l},je.readRadixNumber=function(e){var t=this.pos;this.pos+=2;var i=this.readInt(e);return null==i&&this.raise(this.start+2,"Expected number in radix "+e),this.options.ecmaVersion>=11&&110===this.input.charCodeAt(this.pos)?(i=stringToBigInt(this.input.slice(t,this.pos)),++this.pos):isIdentifierStart(this.fullCharCodeAtPos())&&this.raise(this.pos,"Identifier directly after number"),this.finishToken(O.num,i)},je.readNumber=function(e){var t=this.pos;e||null!==this.readInt(10,void 0,!0)||this.raise(t,"Invalid number");var i=this.pos-t>=2&&48===this.input.charCodeAt(t);i&&this.strict&&this.raise(t,"Invalid number");var n=this.input.charCodeAt(this.pos);if(!i&&!e&&this.options.ecmaVersion>=11&&110===n){var a=stringToBigInt(this.input.slice(t,this.pos));return++this.pos,isIdentifierStart(this.fullCharCodeAtPos())&&this.raise(this.pos,"Identifier directly after number"),this.finishToken(O.num,a)}i&&/[89]/.test(this.input.slice(t,this.pos))&&(i=!1),46!==n||i||(++this.pos,this.readInt(10),n=this.input.charCodeAt(this.pos)),69!==n&&101!==n||i||(43!==(n=this.input.charCodeAt(++this.pos))&&45!==n||++this.pos,null===this.readInt(10)&&this.raise(t,"Invalid number")),isIdentifierStart(this.fullCharCodeAtPos())&&this.raise(this.pos,"Identifier directly after number");var c,l=(c=this.input.slice(t,this.pos),i?parseInt(c,8):parseFloat(c.replace(/_/g,"")));return this.finishToken(O.num,l)},je.readCodePoint=function(){var e;if(123===this.input.charCodeAt(this.pos)){this.options.ecmaVersion<6&&this.unexpected();var t=++this.pos;e=this.readHexChar(this.input.indexOf("}",this.pos)-this.pos),++this.pos,e>1114111&&this.invalidStringToken(t,"Code point out of bounds")}else e=this.readHexChar(4);return e},je.readString=function(e){for(var t="",i=++this.pos;;){this.pos>=this.input.length&&this.raise(this.start,"Unterminated string constant");var n=this.input.charCodeAt(this.pos);if(n===e)break;92===n?(t+=this.input.slice(i,this.pos),t+=this.readEscapedChar(!1),i=this.pos):8232===n||8233===n?(this.options.ecmaVersion<10&&this.raise(this.start,"Unterminated string constant"),++this.pos,this.options.locations&&(this.curLine++,this.lineStart=this.pos)):(isNewLine(n)&&this.raise(this.start,"Unterminated string constant"),++this.pos)}return t+=this.input.slice(i,this.pos++),this.finishToken(O.string,t)};var Fe={};je.tryReadTemplateToken=function(){this.inTemplateElement=!0;try{this.readTmplToken()}catch(e){if(e!==Fe)throw e;this.readInvalidTemplateToken()}this.inTemplateElement=!1},je.invalidStringToken=function(e,t){if(this.inTemplateElement&&this.options.ecmaVersion>=9)throw Fe;this.raise(e,t)},je.readTmplToken=function(){for(var e="",t=this.pos;;){this.pos>=this.input.length&&this.raise(this.start,"Unterminated template");var i=this.input.charCodeAt(this.pos);if(96===i||36===i&&123===this.input.charCodeAt(this.pos+1))return this.pos!==this.start||this.type!==O.template&&this.type!==O.invalidTemplate?(e+=this.input.slice(t,this.pos),this.finishToken(O.template,e)):36===i?(this.pos+=2,this.finishToken(O.dollarBraceL)):(++this.pos,this.finishToken(O.backQuote));if(92===i)e+=this.input.slice(t,this.pos),e+=this.readEscapedChar(!0),t=this.pos;else if(isNewLine(i)){switch(e+=this.input.slice(t,this.pos),++this.pos,i){case 13:10===this.input.charCodeAt(this.pos)&&++this.pos;case 10:e+="\n";break;default:e+=String.fromCharCode(i)}this.options.locations&&(++this.curLine,this.lineStart=this.pos),t=this.pos}else++this.pos}},je.readInvalidTemplateToken=function(){for(;this.pos<this.input.length;this.pos++)switch(this.input[this.pos]){case"\\":++this.pos;break;case"$":if("{"!==this.input[this.pos+1])break;case"`":return this.finishToken(O.invalidTemplate,this.input.slice(this.start,this.pos));case"\r":"\n"===this.input[this.pos+1]&&++this.pos;case"\n":case"\u2028":case"\u2029":++this.curLine,this.lineStart=this.pos+1}this.raise(this.start,"Unterminated template")},je.readEscapedChar=function(e){var t=this.input.charCodeAt(++this.pos);switch(++this.pos,t){case 110:return"\n";case 114:return"\r";case 120:return String.fromCharCode(this.readHexChar(2));case 117:return codePointToString(this.readCodePoint());case 116:return"\t";case 98:return"\b";case 118:return"\v";case 102:return"\f";case 13:10===this.input.charCodeAt(this.pos)&&++this.pos;case 10:return this.options.locations&&(this.lineStart=this.pos,++this.curLine),"";case 56:case 57:if(this.strict&&this.invalidStringToken(this.pos-1,"Invalid escape sequence"),e){var i=this.pos-1;this.invalidStringToken(i,"Invalid escape sequence in template string")}default:if(t>=48&&t<=55){var n=this.input.substr(this.pos-1,3).match(/^[0-7]+/)[0],a=parseInt(n,8);return a>255&&(n=n.slice(0,-1),a=parseInt(n,8)),this.pos+=n.length-1,t=this.input.charCodeAt(this.pos),"0"===n&&56!==t&&57!==t||!this.strict&&!e||this.invalidStringToken(this.pos-1-n.length,e?"Octal literal in template string":"Octal literal in strict mode"),String.fromCharCode(a)}return isNewLine(t)?(this.options.locations&&(this.lineStart=this.pos,++this.curLine),""):String.fromCharCode(t)}},je.readHexChar=function(e){var t=this.pos,i=this.readInt(16,e);return null===i&&this.invalidStringToken(t,"Bad character escape sequence"),i},je.readWord1=function(){this.containsEsc=!1;for(var e="",t=!0,i=this.pos,n=this.options.ecmaVersion>=6;this.pos<this.input.length;){var a=this.fullCharCodeAtPos();if(isIdentifierChar(a,n))this.pos+=a<=65535?1:2;else{if(92!==a)break;this.containsEsc=!0,e+=this.input.slice(i,this.pos);var c=this.pos;117!==this.input.charCodeAt(++this.pos)&&this.invalidStringToken(this.pos,"Expecting Unicode escape sequence \\uXXXX"),++this.pos;var l=this.readCodePoint();(t?isIdentifierStart:isIdentifierChar)(l,n)||this.invalidStringToken(c,"Invalid Unicode escape"),e+=codePointToString(l),i=this.pos}t=!1}return e+this.input.slice(i,this.pos)},je.readWord=function(){var e=this.readWord1(),t=O.name;return this.keywords.test(e)&&(t=N[e]),this.finishToken(t,e)};acorn_Parser.acorn={Parser:acorn_Parser,version:"8.16.0",defaultOptions:X,Position:acorn_Position,SourceLocation:acorn_SourceLocation,getLineInfo,Node:acorn_Node,TokenType:acorn_TokenType,tokTypes:O,keywordTypes:N,TokContext:acorn_TokContext,tokContexts:fe,isIdentifierChar,isIdentifierStart,Token:acorn_Token,isNewLine,lineBreak:j,lineBreakG:F,nonASCIIwhitespace:B};var Be=__nested_webpack_require_27261__("node:module"),$e=__nested_webpack_require_27261__("node:fs");String.fromCharCode;const qe=/\/$|\/\?|\/#/,Ge=/^\.?\//;function hasTrailingSlash(e="",t){return t?qe.test(e):e.endsWith("/")}function withTrailingSlash(e="",t){if(!t)return e.endsWith("/")?e:e+"/";if(hasTrailingSlash(e,!0))return e||"/";let i=e,n="";const a=e.indexOf("#");if(-1!==a&&(i=e.slice(0,a),n=e.slice(a),!i))return n;const[c,...l]=i.split("?");return c+"/"+(l.length>0?`?${l.join("?")}`:"")+n}function isNonEmptyURL(e){return e&&"/"!==e}function dist_joinURL(e,...t){let i=e||"";for(const e of t.filter(e=>isNonEmptyURL(e)))if(i){const t=e.replace(Ge,"");i=withTrailingSlash(i)+t}else i=e;return i}Symbol.for("ufo:protocolRelative");const Ke=/^[A-Za-z]:\//;function pathe_M_eThtNZ_normalizeWindowsPath(e=""){return e?e.replace(/\\/g,"/").replace(Ke,e=>e.toUpperCase()):e}const He=/^[/\\]{2}/,ze=/^[/\\](?![/\\])|^[/\\]{2}(?!\.)|^[A-Za-z]:[/\\]/,Je=/^[A-Za-z]:$/,Ye=/.(\.[^./]+|\.)$/,pathe_M_eThtNZ_normalize=function(e){if(0===e.length)return".";const t=(e=pathe_M_eThtNZ_normalizeWindowsPath(e)).match(He),i=isAbsolute(e),n="/"===e[e.length-1];return 0===(e=normalizeString(e,!i)).length?i?"/":n?"./":".":(n&&(e+="/"),Je.test(e)&&(e+="/"),t?i?`//${e}`:`//./${e}`:i&&!isAbsolute(e)?`/${e}`:e)},pathe_M_eThtNZ_join=function(...e){let t="";for(const i of e)if(i)if(t.length>0){const e="/"===t[t.length-1],n="/"===i[0];t+=e&&n?i.slice(1):e||n?i:`/${i}`}else t+=i;return pathe_M_eThtNZ_normalize(t)};function pathe_M_eThtNZ_cwd(){return"undefined"!=typeof process&&"function"==typeof process.cwd?process.cwd().replace(/\\/g,"/"):"/"}const pathe_M_eThtNZ_resolve=function(...e){let t="",i=!1;for(let n=(e=e.map(e=>pathe_M_eThtNZ_normalizeWindowsPath(e))).length-1;n>=-1&&!i;n--){const a=n>=0?e[n]:pathe_M_eThtNZ_cwd();a&&0!==a.length&&(t=`${a}/${t}`,i=isAbsolute(a))}return t=normalizeString(t,!i),i&&!isAbsolute(t)?`/${t}`:t.length>0?t:"."};function normalizeString(e,t){let i="",n=0,a=-1,c=0,l=null;for(let y=0;y<=e.length;++y){if(y<e.length)l=e[y];else{if("/"===l)break;l="/"}if("/"===l){if(a===y-1||1===c);else if(2===c){if(i.length<2||2!==n||"."!==i[i.length-1]||"."!==i[i.length-2]){if(i.length>2){const e=i.lastIndexOf("/");-1===e?(i="",n=0):(i=i.slice(0,e),n=i.length-1-i.lastIndexOf("/")),a=y,c=0;continue}if(i.length>0){i="",n=0,a=y,c=0;continue}}t&&(i+=i.length>0?"/..":"..",n=2)}else i.length>0?i+=`/${e.slice(a+1,y)}`:i=e.slice(a+1,y),n=y-a-1;a=y,c=0}else"."===l&&-1!==c?++c:c=-1}return i}const isAbsolute=function(e){return ze.test(e)},extname=function(e){if(".."===e)return"";const t=Ye.exec(pathe_M_eThtNZ_normalizeWindowsPath(e));return t&&t[1]||""},pathe_M_eThtNZ_dirname=function(e){const t=pathe_M_eThtNZ_normalizeWindowsPath(e).replace(/\/$/,"").split("/").slice(0,-1);return 1===t.length&&Je.test(t[0])&&(t[0]+="/"),t.join("/")||(isAbsolute(e)?"/":".")},basename=function(e,t){const i=pathe_M_eThtNZ_normalizeWindowsPath(e).split("/");let n="";for(let e=i.length-1;e>=0;e--){const t=i[e];if(t){n=t;break}}return t&&n.endsWith(t)?n.slice(0,-t.length):n},Qe=__nccwpck_require__(3136),Ze=__nccwpck_require__(4589),Xe=__nccwpck_require__(1708);var et=__nested_webpack_require_27261__("node:path");const tt=__nccwpck_require__(8877),it=__nccwpck_require__(7975),st=new Set(Be.builtinModules);function normalizeSlash(e){return e.replace(/\\/g,"/")}const rt={}.hasOwnProperty,nt=/^([A-Z][a-z\d]*)+$/,at=new Set(["string","function","number","object","Function","Object","boolean","bigint","symbol"]),ot={};function formatList(e,t="and"){return e.length<3?e.join(` ${t} `):`${e.slice(0,-1).join(", ")}, ${t} ${e[e.length-1]}`}const ct=new Map;let ht;function createError(e,t,i){return ct.set(e,t),function(e,t){return NodeError;function NodeError(...i){const n=Error.stackTraceLimit;isErrorStackTraceLimitWritable()&&(Error.stackTraceLimit=0);const a=new e;isErrorStackTraceLimitWritable()&&(Error.stackTraceLimit=n);const c=function(e,t,i){const n=ct.get(e);if(Ze.ok(void 0!==n,"expected `message` to be found"),"function"==typeof n)return Ze.ok(n.length<=t.length,`Code: ${e}; The provided arguments length (${t.length}) does not match the required ones (${n.length}).`),Reflect.apply(n,i,t);const a=/%[dfijoOs]/g;let c=0;for(;null!==a.exec(n);)c++;return Ze.ok(c===t.length,`Code: ${e}; The provided arguments length (${t.length}) does not match the required ones (${c}).`),0===t.length?n:(t.unshift(n),Reflect.apply(it.format,null,t))}(t,i,a);return Object.defineProperties(a,{message:{value:c,enumerable:!1,writable:!0,configurable:!0},toString:{value(){return`${this.name} [${t}]: ${this.message}`},enumerable:!1,writable:!0,configurable:!0}}),lt(a),a.code=t,a}}(i,e)}function isErrorStackTraceLimitWritable(){try{if(tt.startupSnapshot.isBuildingSnapshot())return!1}catch{}const e=Object.getOwnPropertyDescriptor(Error,"stackTraceLimit");return void 0===e?Object.isExtensible(Error):rt.call(e,"writable")&&void 0!==e.writable?e.writable:void 0!==e.set}ot.ERR_INVALID_ARG_TYPE=createError("ERR_INVALID_ARG_TYPE",(e,t,i)=>{Ze.ok("string"==typeof e,"'name' must be a string"),Array.isArray(t)||(t=[t]);let n="The ";if(e.endsWith(" argument"))n+=`${e} `;else{const t=e.includes(".")?"property":"argument";n+=`"${e}" ${t} `}n+="must be ";const a=[],c=[],l=[];for(const e of t)Ze.ok("string"==typeof e,"All expected entries have to be of type string"),at.has(e)?a.push(e.toLowerCase()):null===nt.exec(e)?(Ze.ok("object"!==e,'The value "object" should be written as "Object"'),l.push(e)):c.push(e);if(c.length>0){const e=a.indexOf("object");-1!==e&&(a.slice(e,1),c.push("Object"))}return a.length>0&&(n+=`${a.length>1?"one of type":"of type"} ${formatList(a,"or")}`,(c.length>0||l.length>0)&&(n+=" or ")),c.length>0&&(n+=`an instance of ${formatList(c,"or")}`,l.length>0&&(n+=" or ")),l.length>0&&(l.length>1?n+=`one of ${formatList(l,"or")}`:(l[0].toLowerCase()!==l[0]&&(n+="an "),n+=`${l[0]}`)),n+=`. Received ${function(e){if(null==e)return String(e);if("function"==typeof e&&e.name)return`function ${e.name}`;if("object"==typeof e)return e.constructor&&e.constructor.name?`an instance of ${e.constructor.name}`:`${(0,it.inspect)(e,{depth:-1})}`;let t=(0,it.inspect)(e,{colors:!1});t.length>28&&(t=`${t.slice(0,25)}...`);return`type ${typeof e} (${t})`}(i)}`,n},TypeError),ot.ERR_INVALID_MODULE_SPECIFIER=createError("ERR_INVALID_MODULE_SPECIFIER",(e,t,i=void 0)=>`Invalid module "${e}" ${t}${i?` imported from ${i}`:""}`,TypeError),ot.ERR_INVALID_PACKAGE_CONFIG=createError("ERR_INVALID_PACKAGE_CONFIG",(e,t,i)=>`Invalid package config ${e}${t?` while importing ${t}`:""}${i?`. ${i}`:""}`,Error),ot.ERR_INVALID_PACKAGE_TARGET=createError("ERR_INVALID_PACKAGE_TARGET",(e,t,i,n=!1,a=void 0)=>{const c="string"==typeof i&&!n&&i.length>0&&!i.startsWith("./");return"."===t?(Ze.ok(!1===n),`Invalid "exports" main target ${JSON.stringify(i)} defined in the package config ${e}package.json${a?` imported from ${a}`:""}${c?'; targets must start with "./"':""}`):`Invalid "${n?"imports":"exports"}" target ${JSON.stringify(i)} defined for '${t}' in the package config ${e}package.json${a?` imported from ${a}`:""}${c?'; targets must start with "./"':""}`},Error),ot.ERR_MODULE_NOT_FOUND=createError("ERR_MODULE_NOT_FOUND",(e,t,i=!1)=>`Cannot find ${i?"module":"package"} '${e}' imported from ${t}`,Error),ot.ERR_NETWORK_IMPORT_DISALLOWED=createError("ERR_NETWORK_IMPORT_DISALLOWED","import of '%s' by %s is not supported: %s",Error),ot.ERR_PACKAGE_IMPORT_NOT_DEFINED=createError("ERR_PACKAGE_IMPORT_NOT_DEFINED",(e,t,i)=>`Package import specifier "${e}" is not defined${t?` in package ${t}package.json`:""} imported from ${i}`,TypeError),ot.ERR_PACKAGE_PATH_NOT_EXPORTED=createError("ERR_PACKAGE_PATH_NOT_EXPORTED",(e,t,i=void 0)=>"."===t?`No "exports" main defined in ${e}package.json${i?` imported from ${i}`:""}`:`Package subpath '${t}' is not defined by "exports" in ${e}package.json${i?` imported from ${i}`:""}`,Error),ot.ERR_UNSUPPORTED_DIR_IMPORT=createError("ERR_UNSUPPORTED_DIR_IMPORT","Directory import '%s' is not supported resolving ES modules imported from %s",Error),ot.ERR_UNSUPPORTED_RESOLVE_REQUEST=createError("ERR_UNSUPPORTED_RESOLVE_REQUEST",'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.',TypeError),ot.ERR_UNKNOWN_FILE_EXTENSION=createError("ERR_UNKNOWN_FILE_EXTENSION",(e,t)=>`Unknown file extension "${e}" for ${t}`,TypeError),ot.ERR_INVALID_ARG_VALUE=createError("ERR_INVALID_ARG_VALUE",(e,t,i="is invalid")=>{let n=(0,it.inspect)(t);n.length>128&&(n=`${n.slice(0,128)}...`);return`The ${e.includes(".")?"property":"argument"} '${e}' ${i}. Received ${n}`},TypeError);const lt=function(e){const t="__node_internal_"+e.name;return Object.defineProperty(e,"name",{value:t}),e}(function(e){const t=isErrorStackTraceLimitWritable();return t&&(ht=Error.stackTraceLimit,Error.stackTraceLimit=Number.POSITIVE_INFINITY),Error.captureStackTrace(e),t&&(Error.stackTraceLimit=ht),e});const pt={}.hasOwnProperty,{ERR_INVALID_PACKAGE_CONFIG:ut}=ot,dt=new Map;function read(e,{base:t,specifier:i}){const n=dt.get(e);if(n)return n;let a;try{a=$e.readFileSync(et.toNamespacedPath(e),"utf8")}catch(e){const t=e;if("ENOENT"!==t.code)throw t}const c={exists:!1,pjsonPath:e,main:void 0,name:void 0,type:"none",exports:void 0,imports:void 0};if(void 0!==a){let n;try{n=JSON.parse(a)}catch(n){const a=n,c=new ut(e,(t?`"${i}" from `:"")+(0,Qe.fileURLToPath)(t||i),a.message);throw c.cause=a,c}c.exists=!0,pt.call(n,"name")&&"string"==typeof n.name&&(c.name=n.name),pt.call(n,"main")&&"string"==typeof n.main&&(c.main=n.main),pt.call(n,"exports")&&(c.exports=n.exports),pt.call(n,"imports")&&(c.imports=n.imports),!pt.call(n,"type")||"commonjs"!==n.type&&"module"!==n.type||(c.type=n.type)}return dt.set(e,c),c}function getPackageScopeConfig(e){let t=new URL("package.json",e);for(;;){if(t.pathname.endsWith("node_modules/package.json"))break;const i=read((0,Qe.fileURLToPath)(t),{specifier:e});if(i.exists)return i;const n=t;if(t=new URL("../package.json",t),t.pathname===n.pathname)break}return{pjsonPath:(0,Qe.fileURLToPath)(t),exists:!1,type:"none"}}function getPackageType(e){return getPackageScopeConfig(e).type}const{ERR_UNKNOWN_FILE_EXTENSION:ft}=ot,mt={}.hasOwnProperty,gt={__proto__:null,".cjs":"commonjs",".js":"module",".json":"json",".mjs":"module"};const xt={__proto__:null,"data:":function(e){const{1:t}=/^([^/]+\/[^;,]+)[^,]*?(;base64)?,/.exec(e.pathname)||[null,null,null];return function(e){return e&&/\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?/i.test(e)?"module":"application/json"===e?"json":null}(t)},"file:":function(e,t,i){const n=function(e){const t=e.pathname;let i=t.length;for(;i--;){const e=t.codePointAt(i);if(47===e)return"";if(46===e)return 47===t.codePointAt(i-1)?"":t.slice(i)}return""}(e);if(".js"===n){const t=getPackageType(e);return"none"!==t?t:"commonjs"}if(""===n){const t=getPackageType(e);return"none"===t||"commonjs"===t?"commonjs":"module"}const a=gt[n];if(a)return a;if(i)return;const c=(0,Qe.fileURLToPath)(e);throw new ft(n,c)},"http:":getHttpProtocolModuleFormat,"https:":getHttpProtocolModuleFormat,"node:":()=>"builtin"};function getHttpProtocolModuleFormat(){}const vt=Object.freeze(["node","import"]),yt=new Set(vt);function getConditionsSet(e){return yt}const _t=RegExp.prototype[Symbol.replace],{ERR_INVALID_MODULE_SPECIFIER:Et,ERR_INVALID_PACKAGE_CONFIG:bt,ERR_INVALID_PACKAGE_TARGET:kt,ERR_MODULE_NOT_FOUND:wt,ERR_PACKAGE_IMPORT_NOT_DEFINED:Ct,ERR_PACKAGE_PATH_NOT_EXPORTED:St,ERR_UNSUPPORTED_DIR_IMPORT:It,ERR_UNSUPPORTED_RESOLVE_REQUEST:Tt}=ot,Rt={}.hasOwnProperty,At=/(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i,Pt=/(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i,Lt=/^\.|%|\\/,Nt=/\*/g,Ot=/%2f|%5c/i,Dt=new Set,Vt=/[/\\]{2}/;function emitInvalidSegmentDeprecation(e,t,i,n,a,c,l){if(Xe.noDeprecation)return;const y=(0,Qe.fileURLToPath)(n),E=null!==Vt.exec(l?e:t);Xe.emitWarning(`Use of deprecated ${E?"double slash":"leading or trailing slash matching"} resolving "${e}" for module request "${t}" ${t===i?"":`matched to "${i}" `}in the "${a?"imports":"exports"}" field module resolution of the package at ${y}${c?` imported from ${(0,Qe.fileURLToPath)(c)}`:""}.`,"DeprecationWarning","DEP0166")}function emitLegacyIndexDeprecation(e,t,i,n){if(Xe.noDeprecation)return;const a=function(e,t){const i=e.protocol;return mt.call(xt,i)&&xt[i](e,t,!0)||null}(e,{parentURL:i.href});if("module"!==a)return;const c=(0,Qe.fileURLToPath)(e.href),l=(0,Qe.fileURLToPath)(new URL(".",t)),y=(0,Qe.fileURLToPath)(i);n?et.resolve(l,n)!==c&&Xe.emitWarning(`Package ${l} has a "main" field set to "${n}", excluding the full filename and extension to the resolved file at "${c.slice(l.length)}", imported from ${y}.\n Automatic extension resolution of the "main" field is deprecated for ES modules.`,"DeprecationWarning","DEP0151"):Xe.emitWarning(`No "main" or "exports" field defined in the package.json for ${l} resolving the main entry point "${c.slice(l.length)}", imported from ${y}.\nDefault "index" lookups for the main are deprecated for ES modules.`,"DeprecationWarning","DEP0151")}function tryStatSync(e){try{return(0,$e.statSync)(e)}catch{}}function fileExists(e){const t=(0,$e.statSync)(e,{throwIfNoEntry:!1}),i=t?t.isFile():void 0;return null!=i&&i}function legacyMainResolve(e,t,i){let n;if(void 0!==t.main){if(n=new URL(t.main,e),fileExists(n))return n;const a=[`./${t.main}.js`,`./${t.main}.json`,`./${t.main}.node`,`./${t.main}/index.js`,`./${t.main}/index.json`,`./${t.main}/index.node`];let c=-1;for(;++c<a.length&&(n=new URL(a[c],e),!fileExists(n));)n=void 0;if(n)return emitLegacyIndexDeprecation(n,e,i,t.main),n}const a=["./index.js","./index.json","./index.node"];let c=-1;for(;++c<a.length&&(n=new URL(a[c],e),!fileExists(n));)n=void 0;if(n)return emitLegacyIndexDeprecation(n,e,i,t.main),n;throw new wt((0,Qe.fileURLToPath)(new URL(".",e)),(0,Qe.fileURLToPath)(i))}function exportsNotFound(e,t,i){return new St((0,Qe.fileURLToPath)(new URL(".",t)),e,i&&(0,Qe.fileURLToPath)(i))}function invalidPackageTarget(e,t,i,n,a){return t="object"==typeof t&&null!==t?JSON.stringify(t,null,""):`${t}`,new kt((0,Qe.fileURLToPath)(new URL(".",i)),e,t,n,a&&(0,Qe.fileURLToPath)(a))}function resolvePackageTargetString(e,t,i,n,a,c,l,y,E){if(""!==t&&!c&&"/"!==e[e.length-1])throw invalidPackageTarget(i,e,n,l,a);if(!e.startsWith("./")){if(l&&!e.startsWith("../")&&!e.startsWith("/")){let i=!1;try{new URL(e),i=!0}catch{}if(!i){return packageResolve(c?_t.call(Nt,e,()=>t):e+t,n,E)}}throw invalidPackageTarget(i,e,n,l,a)}if(null!==At.exec(e.slice(2))){if(null!==Pt.exec(e.slice(2)))throw invalidPackageTarget(i,e,n,l,a);if(!y){const y=c?i.replace("*",()=>t):i+t;emitInvalidSegmentDeprecation(c?_t.call(Nt,e,()=>t):e,y,i,n,l,a,!0)}}const w=new URL(e,n),C=w.pathname,S=new URL(".",n).pathname;if(!C.startsWith(S))throw invalidPackageTarget(i,e,n,l,a);if(""===t)return w;if(null!==At.exec(t)){const E=c?i.replace("*",()=>t):i+t;if(null===Pt.exec(t)){if(!y){emitInvalidSegmentDeprecation(c?_t.call(Nt,e,()=>t):e,E,i,n,l,a,!1)}}else!function(e,t,i,n,a){const c=`request is not a valid match in pattern "${t}" for the "${n?"imports":"exports"}" resolution of ${(0,Qe.fileURLToPath)(i)}`;throw new Et(e,c,a&&(0,Qe.fileURLToPath)(a))}(E,i,n,l,a)}return c?new URL(_t.call(Nt,w.href,()=>t)):new URL(t,w)}function isArrayIndex(e){const t=Number(e);return`${t}`===e&&(t>=0&&t<4294967295)}function resolvePackageTarget(e,t,i,n,a,c,l,y,E){if("string"==typeof t)return resolvePackageTargetString(t,i,n,e,a,c,l,y,E);if(Array.isArray(t)){const w=t;if(0===w.length)return null;let C,S=-1;for(;++S<w.length;){const t=w[S];let I;try{I=resolvePackageTarget(e,t,i,n,a,c,l,y,E)}catch(e){if(C=e,"ERR_INVALID_PACKAGE_TARGET"===e.code)continue;throw e}if(void 0!==I){if(null!==I)return I;C=null}}if(null==C)return null;throw C}if("object"==typeof t&&null!==t){const w=Object.getOwnPropertyNames(t);let C=-1;for(;++C<w.length;){if(isArrayIndex(w[C]))throw new bt((0,Qe.fileURLToPath)(e),a,'"exports" cannot contain numeric property keys.')}for(C=-1;++C<w.length;){const S=w[C];if("default"===S||E&&E.has(S)){const w=resolvePackageTarget(e,t[S],i,n,a,c,l,y,E);if(void 0===w)continue;return w}}return null}if(null===t)return null;throw invalidPackageTarget(n,t,e,l,a)}function emitTrailingSlashPatternDeprecation(e,t,i){if(Xe.noDeprecation)return;const n=(0,Qe.fileURLToPath)(t);Dt.has(n+"|"+e)||(Dt.add(n+"|"+e),Xe.emitWarning(`Use of deprecated trailing slash pattern mapping "${e}" in the "exports" field module resolution of the package at ${n}${i?` imported from ${(0,Qe.fileURLToPath)(i)}`:""}. Mapping specifiers ending in "/" is no longer supported.`,"DeprecationWarning","DEP0155"))}function packageExportsResolve(e,t,i,n,a){let c=i.exports;if(function(e,t,i){if("string"==typeof e||Array.isArray(e))return!0;if("object"!=typeof e||null===e)return!1;const n=Object.getOwnPropertyNames(e);let a=!1,c=0,l=-1;for(;++l<n.length;){const e=n[l],y=""===e||"."!==e[0];if(0===c++)a=y;else if(a!==y)throw new bt((0,Qe.fileURLToPath)(t),i,"\"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.")}return a}(c,e,n)&&(c={".":c}),Rt.call(c,t)&&!t.includes("*")&&!t.endsWith("/")){const i=resolvePackageTarget(e,c[t],"",t,n,!1,!1,!1,a);if(null==i)throw exportsNotFound(t,e,n);return i}let l="",y="";const E=Object.getOwnPropertyNames(c);let w=-1;for(;++w<E.length;){const i=E[w],a=i.indexOf("*");if(-1!==a&&t.startsWith(i.slice(0,a))){t.endsWith("/")&&emitTrailingSlashPatternDeprecation(t,e,n);const c=i.slice(a+1);t.length>=i.length&&t.endsWith(c)&&1===patternKeyCompare(l,i)&&i.lastIndexOf("*")===a&&(l=i,y=t.slice(a,t.length-c.length))}}if(l){const i=resolvePackageTarget(e,c[l],y,l,n,!0,!1,t.endsWith("/"),a);if(null==i)throw exportsNotFound(t,e,n);return i}throw exportsNotFound(t,e,n)}function patternKeyCompare(e,t){const i=e.indexOf("*"),n=t.indexOf("*"),a=-1===i?e.length:i+1,c=-1===n?t.length:n+1;return a>c?-1:c>a||-1===i?1:-1===n||e.length>t.length?-1:t.length>e.length?1:0}function packageImportsResolve(e,t,i){if("#"===e||e.startsWith("#/")||e.endsWith("/")){throw new Et(e,"is not a valid internal imports specifier name",(0,Qe.fileURLToPath)(t))}let n;const a=getPackageScopeConfig(t);if(a.exists){n=(0,Qe.pathToFileURL)(a.pjsonPath);const c=a.imports;if(c)if(Rt.call(c,e)&&!e.includes("*")){const a=resolvePackageTarget(n,c[e],"",e,t,!1,!0,!1,i);if(null!=a)return a}else{let a="",l="";const y=Object.getOwnPropertyNames(c);let E=-1;for(;++E<y.length;){const t=y[E],i=t.indexOf("*");if(-1!==i&&e.startsWith(t.slice(0,-1))){const n=t.slice(i+1);e.length>=t.length&&e.endsWith(n)&&1===patternKeyCompare(a,t)&&t.lastIndexOf("*")===i&&(a=t,l=e.slice(i,e.length-n.length))}}if(a){const e=resolvePackageTarget(n,c[a],l,a,t,!0,!0,!1,i);if(null!=e)return e}}}throw function(e,t,i){return new Ct(e,t&&(0,Qe.fileURLToPath)(new URL(".",t)),(0,Qe.fileURLToPath)(i))}(e,n,t)}function packageResolve(e,t,i){if(Be.builtinModules.includes(e))return new URL("node:"+e);const{packageName:n,packageSubpath:a,isScoped:c}=function(e,t){let i=e.indexOf("/"),n=!0,a=!1;"@"===e[0]&&(a=!0,-1===i||0===e.length?n=!1:i=e.indexOf("/",i+1));const c=-1===i?e:e.slice(0,i);if(null!==Lt.exec(c)&&(n=!1),!n)throw new Et(e,"is not a valid package name",(0,Qe.fileURLToPath)(t));return{packageName:c,packageSubpath:"."+(-1===i?"":e.slice(i)),isScoped:a}}(e,t),l=getPackageScopeConfig(t);if(l.exists){const e=(0,Qe.pathToFileURL)(l.pjsonPath);if(l.name===n&&void 0!==l.exports&&null!==l.exports)return packageExportsResolve(e,a,l,t,i)}let y,E=new URL("./node_modules/"+n+"/package.json",t),w=(0,Qe.fileURLToPath)(E);do{const l=tryStatSync(w.slice(0,-13));if(!l||!l.isDirectory()){y=w,E=new URL((c?"../../../../node_modules/":"../../../node_modules/")+n+"/package.json",E),w=(0,Qe.fileURLToPath)(E);continue}const C=read(w,{base:t,specifier:e});return void 0!==C.exports&&null!==C.exports?packageExportsResolve(E,a,C,t,i):"."===a?legacyMainResolve(E,C,t):new URL(a,E)}while(w.length!==y.length)}function moduleResolve(e,t,i,n){void 0===i&&(i=getConditionsSet());const a=t.protocol,c="data:"===a||"http:"===a||"https:"===a;let l;if(function(e){return""!==e&&("/"===e[0]||function(e){if("."===e[0]){if(1===e.length||"/"===e[1])return!0;if("."===e[1]&&(2===e.length||"/"===e[2]))return!0}return!1}(e))}(e))try{l=new URL(e,t)}catch(i){const n=new Tt(e,t);throw n.cause=i,n}else if("file:"===a&&"#"===e[0])l=packageImportsResolve(e,t,i);else try{l=new URL(e)}catch(n){if(c&&!Be.builtinModules.includes(e)){const i=new Tt(e,t);throw i.cause=n,i}l=packageResolve(e,t,i)}return Ze.ok(void 0!==l,"expected to be defined"),"file:"!==l.protocol?l:function(e,t){if(null!==Ot.exec(e.pathname))throw new Et(e.pathname,'must not include encoded "/" or "\\" characters',(0,Qe.fileURLToPath)(t));let i;try{i=(0,Qe.fileURLToPath)(e)}catch(i){const n=i;throw Object.defineProperty(n,"input",{value:String(e)}),Object.defineProperty(n,"module",{value:String(t)}),n}const n=tryStatSync(i.endsWith("/")?i.slice(-1):i);if(n&&n.isDirectory()){const n=new It(i,(0,Qe.fileURLToPath)(t));throw n.url=String(e),n}if(!n||!n.isFile()){const n=new wt(i||e.pathname,t&&(0,Qe.fileURLToPath)(t),!0);throw n.url=String(e),n}{const t=(0,$e.realpathSync)(i),{search:n,hash:a}=e;(e=(0,Qe.pathToFileURL)(t+(i.endsWith(et.sep)?"/":""))).search=n,e.hash=a}return e}(l,t)}function fileURLToPath(e){return"string"!=typeof e||e.startsWith("file://")?normalizeSlash((0,Qe.fileURLToPath)(e)):normalizeSlash(e)}function pathToFileURL(e){return(0,Qe.pathToFileURL)(fileURLToPath(e)).toString()}const Ut=new Set(["node","import"]),Mt=[".mjs",".cjs",".js",".json"],jt=new Set(["ERR_MODULE_NOT_FOUND","ERR_UNSUPPORTED_DIR_IMPORT","MODULE_NOT_FOUND","ERR_PACKAGE_PATH_NOT_EXPORTED"]);function _tryModuleResolve(e,t,i){try{return moduleResolve(e,t,i)}catch(e){if(!jt.has(e?.code))throw e}}function _resolve(e,t={}){if("string"!=typeof e){if(!(e instanceof URL))throw new TypeError("input must be a `string` or `URL`");e=fileURLToPath(e)}if(/(?:node|data|http|https):/.test(e))return e;if(st.has(e))return"node:"+e;if(e.startsWith("file://")&&(e=fileURLToPath(e)),isAbsolute(e))try{if((0,$e.statSync)(e).isFile())return pathToFileURL(e)}catch(e){if("ENOENT"!==e?.code)throw e}const i=t.conditions?new Set(t.conditions):Ut,n=(Array.isArray(t.url)?t.url:[t.url]).filter(Boolean).map(e=>new URL(function(e){return"string"!=typeof e&&(e=e.toString()),/(?:node|data|http|https|file):/.test(e)?e:st.has(e)?"node:"+e:"file://"+encodeURI(normalizeSlash(e))}(e.toString())));0===n.length&&n.push(new URL(pathToFileURL(process.cwd())));const a=[...n];for(const e of n)"file:"===e.protocol&&a.push(new URL("./",e),new URL(dist_joinURL(e.pathname,"_index.js"),e),new URL("node_modules",e));let c;for(const n of a){if(c=_tryModuleResolve(e,n,i),c)break;for(const a of["","/index"]){for(const l of t.extensions||Mt)if(c=_tryModuleResolve(dist_joinURL(e,a)+l,n,i),c)break;if(c)break}if(c)break}if(!c){const t=new Error(`Cannot find module ${e} imported from ${a.join(", ")}`);throw t.code="ERR_MODULE_NOT_FOUND",t}return pathToFileURL(c)}function resolveSync(e,t){return _resolve(e,t)}function resolvePathSync(e,t){return fileURLToPath(resolveSync(e,t))}const Ft=/(?:[\s;]|^)(?:import[\s\w*,{}]*from|import\s*["'*{]|export\b\s*(?:[*{]|default|class|type|function|const|var|let|async function)|import\.meta\b)/m,Bt=/\/\*.+?\*\/|\/\/.*(?=[nr])/g;function hasESMSyntax(e,t={}){return t.stripComments&&(e=e.replace(Bt,"")),Ft.test(e)}function escapeStringRegexp(e){if("string"!=typeof e)throw new TypeError("Expected a string");return e.replace(/[|\\{}()[\]^$+*?.]/g,"\\$&").replace(/-/g,"\\x2d")}const $t=new Set(["/","\\",void 0]),qt=Symbol.for("pathe:normalizedAlias"),Wt=/[/\\]/;function normalizeAliases(e){if(e[qt])return e;const t=Object.fromEntries(Object.entries(e).sort(([e],[t])=>function(e,t){return t.split("/").length-e.split("/").length}(e,t)));for(const e in t)for(const i in t)i===e||e.startsWith(i)||t[e]?.startsWith(i)&&$t.has(t[e][i.length])&&(t[e]=t[i]+t[e].slice(i.length));return Object.defineProperty(t,qt,{value:!0,enumerable:!1}),t}function utils_hasTrailingSlash(e="/"){const t=e[e.length-1];return"/"===t||"\\"===t}var Gt={rE:"2.6.1"};const Kt=__nccwpck_require__(7598);var Ht=__nested_webpack_require_27261__.n(Kt);const zt=globalThis.process?.env||Object.create(null),Jt=globalThis.process||{env:zt},Yt=void 0!==Jt&&Jt.env&&Jt.env.NODE_ENV||void 0,Qt=[["claude",["CLAUDECODE","CLAUDE_CODE"]],["replit",["REPL_ID"]],["gemini",["GEMINI_CLI"]],["codex",["CODEX_SANDBOX","CODEX_THREAD_ID"]],["opencode",["OPENCODE"]],["pi",[dist_i("PATH",/\.pi[\\/]agent/)]],["auggie",["AUGMENT_AGENT"]],["goose",["GOOSE_PROVIDER"]],["devin",[dist_i("EDITOR",/devin/)]],["cursor",["CURSOR_AGENT"]],["kiro",[dist_i("TERM_PROGRAM",/kiro/)]]];function dist_i(e,t){return()=>{let i=zt[e];return!!i&&t.test(i)}}const Zt=function(){let e=zt.AI_AGENT;if(e)return{name:e.toLowerCase()};for(let[e,t]of Qt)for(let i of t)if("string"==typeof i?zt[i]:i())return{name:e};return{}}(),Xt=(Zt.name,Zt.name,[["APPVEYOR"],["AWS_AMPLIFY","AWS_APP_ID",{ci:!0}],["AZURE_PIPELINES","SYSTEM_TEAMFOUNDATIONCOLLECTIONURI"],["AZURE_STATIC","INPUT_AZURE_STATIC_WEB_APPS_API_TOKEN"],["APPCIRCLE","AC_APPCIRCLE"],["BAMBOO","bamboo_planKey"],["BITBUCKET","BITBUCKET_COMMIT"],["BITRISE","BITRISE_IO"],["BUDDY","BUDDY_WORKSPACE_ID"],["BUILDKITE"],["CIRCLE","CIRCLECI"],["CIRRUS","CIRRUS_CI"],["CLOUDFLARE_PAGES","CF_PAGES",{ci:!0}],["CLOUDFLARE_WORKERS","WORKERS_CI",{ci:!0}],["GOOGLE_CLOUDRUN","K_SERVICE"],["GOOGLE_CLOUDRUN_JOB","CLOUD_RUN_JOB"],["CODEBUILD","CODEBUILD_BUILD_ARN"],["CODEFRESH","CF_BUILD_ID"],["DRONE"],["DRONE","DRONE_BUILD_EVENT"],["DSARI"],["GITHUB_ACTIONS"],["GITLAB","GITLAB_CI"],["GITLAB","CI_MERGE_REQUEST_ID"],["GOCD","GO_PIPELINE_LABEL"],["LAYERCI"],["JENKINS","JENKINS_URL"],["HUDSON","HUDSON_URL"],["MAGNUM"],["NETLIFY"],["NETLIFY","NETLIFY_LOCAL",{ci:!1}],["NEVERCODE"],["RENDER"],["SAIL","SAILCI"],["SEMAPHORE"],["SCREWDRIVER"],["SHIPPABLE"],["SOLANO","TDDIUM"],["STRIDER"],["TEAMCITY","TEAMCITY_VERSION"],["TRAVIS"],["VERCEL","NOW_BUILDER"],["VERCEL","VERCEL",{ci:!1}],["VERCEL","VERCEL_ENV",{ci:!1}],["APPCENTER","APPCENTER_BUILD_ID"],["CODESANDBOX","CODESANDBOX_SSE",{ci:!1}],["CODESANDBOX","CODESANDBOX_HOST",{ci:!1}],["STACKBLITZ"],["STORMKIT"],["CLEAVR"],["ZEABUR"],["CODESPHERE","CODESPHERE_APP_ID",{ci:!0}],["RAILWAY","RAILWAY_PROJECT_ID"],["RAILWAY","RAILWAY_SERVICE_ID"],["DENO-DEPLOY","DENO_DEPLOY"],["DENO-DEPLOY","DENO_DEPLOYMENT_ID"],["FIREBASE_APP_HOSTING","FIREBASE_APP_HOSTING",{ci:!0}],["EDGEONE_PAGES","EO_PAGES_CI",{ci:!0}]]);const ei=function(){for(let e of Xt)if(zt[e[1]||e[0]])return{name:e[0].toLowerCase(),...e[2]};return"/bin/jsh"===zt.SHELL&&Jt.versions?.webcontainer?{name:"stackblitz",ci:!1}:{name:"",ci:!1}}(),ti=(ei.name,Jt.platform||""),ii=!!zt.CI||!1!==ei.ci,si=!!Jt.stdout?.isTTY,ri=(zt.DEBUG,"test"===Yt||!!zt.TEST),ni=("production"===Yt||zt.MODE,"dev"===Yt||"development"===Yt||zt.MODE,zt.MINIMAL,/^win/i.test(ti)),ai=(/^linux/i.test(ti),/^darwin/i.test(ti),!zt.NO_COLOR&&(!!zt.FORCE_COLOR||(si||ni)&&zt.TERM),(Jt.versions?.node||"").replace(/^v/,"")||null),oi=(Number(ai?.split(".")[0]),!!Jt?.versions?.node),ci="Bun"in globalThis,hi="Deno"in globalThis,li="fastly"in globalThis,pi=[["Netlify"in globalThis,"netlify"],["EdgeRuntime"in globalThis,"edge-light"],["Cloudflare-Workers"===globalThis.navigator?.userAgent,"workerd"],[li,"fastly"],[hi,"deno"],[ci,"bun"],[oi,"node"]];!function(){let e=pi.find(e=>e[0]);if(e)e[1]}();const ui=__nccwpck_require__(7066),di=ui?.WriteStream?.prototype?.hasColors?.()??!1,base_format=(e,t)=>{if(!di)return e=>e;const i=`[${e}m`,n=`[${t}m`;return e=>{const a=e+"";let c=a.indexOf(n);if(-1===c)return i+a+n;let l=i,y=0;const E=(22===t?n:"")+i;for(;-1!==c;)l+=a.slice(y,c)+E,y=c+n.length,c=a.indexOf(n,y);return l+=a.slice(y)+n,l}},fi=(base_format(0,0),base_format(1,22),base_format(2,22),base_format(3,23),base_format(4,24),base_format(53,55),base_format(7,27),base_format(8,28),base_format(9,29),base_format(30,39),base_format(31,39)),mi=base_format(32,39),gi=base_format(33,39),xi=base_format(34,39),vi=(base_format(35,39),base_format(36,39)),yi=(base_format(37,39),base_format(90,39));base_format(40,49),base_format(41,49),base_format(42,49),base_format(43,49),base_format(44,49),base_format(45,49),base_format(46,49),base_format(47,49),base_format(100,49),base_format(91,39),base_format(92,39),base_format(93,39),base_format(94,39),base_format(95,39),base_format(96,39),base_format(97,39),base_format(101,49),base_format(102,49),base_format(103,49),base_format(104,49),base_format(105,49),base_format(106,49),base_format(107,49);function isDir(e){if("string"!=typeof e||e.startsWith("file://"))return!1;try{return(0,$e.lstatSync)(e).isDirectory()}catch{return!1}}function utils_hash(e,t=8){return(function(){if(void 0!==Ei)return Ei;try{return Ei=!!Ht().getFips?.(),Ei}catch{return Ei=!1,Ei}}()?Ht().createHash("sha256"):Ht().createHash("md5")).update(e).digest("hex").slice(0,t)}const _i={true:mi("true"),false:gi("false"),"[rebuild]":gi("[rebuild]"),"[esm]":xi("[esm]"),"[cjs]":mi("[cjs]"),"[import]":xi("[import]"),"[require]":mi("[require]"),"[native]":vi("[native]"),"[transpile]":gi("[transpile]"),"[fallback]":fi("[fallback]"),"[unknown]":fi("[unknown]"),"[hit]":mi("[hit]"),"[miss]":gi("[miss]"),"[json]":mi("[json]"),"[data]":mi("[data]")};function debug(e,...t){if(!e.opts.debug)return;const i=process.cwd();console.log(yi(["[jiti]",...t.map(e=>e in _i?_i[e]:"string"!=typeof e?JSON.stringify(e):e.replace(i,"."))].join(" ")))}function jitiInteropDefault(e,t){return e.opts.interopDefault?function(e){const t=typeof e;if(null===e||"object"!==t&&"function"!==t)return e;const i=e.default,n=typeof i,a=null==i,c="object"===n||"function"===n;if(a&&e instanceof Promise)return e;const l="function"===n&&"function"!==t,y=c&&!(i instanceof Promise),E=new Map;return new Proxy(e,{get(t,n){if(E.has(n))return E.get(n);let c;return"__esModule"===n?c=!0:"default"===n?c=a?e:"function"==typeof i?.default&&e.__esModule?i.default:i:n in t?c=t[n]:y&&(c=i[n],"function"==typeof c&&(c=c.bind(i))),E.set(n,c),c},apply:l?(e,t,n)=>Reflect.apply(i,t,n):void 0})}(t):t}let Ei;function _booleanEnv(e,t){const i=_jsonEnv(e,t);return Boolean(i)}function _jsonEnv(e,t,i){const n=process.env[e];if(!(e in process.env))return t;try{return JSON.parse(n)}catch{return i?n:t}}const bi=/\.(c|m)?j(sx?)$/,ki=/\.(c|m)?t(sx?)$/;function jitiResolve(e,t,i){let n,a;if(e.isNativeRe.test(t))return t;if(e.resolveTsConfigPaths&&!i.skipTsConfigPaths){const n=e.resolveTsConfigPaths(t);for(const t of n){const n=jitiResolve(e,t,{...i,try:!0,skipTsConfigPaths:!0});if(n)return n}}e.alias&&(t=function(e,t){const i=pathe_M_eThtNZ_normalizeWindowsPath(e);t=normalizeAliases(t);for(const[e,n]of Object.entries(t)){if(!i.startsWith(e))continue;const t=utils_hasTrailingSlash(e)?e.slice(0,-1):e;if(utils_hasTrailingSlash(i[t.length]))return pathe_M_eThtNZ_join(n,i.slice(e.length))}return i}(t,e.alias));let c=i?.parentURL||e.url;isDir(c)&&(c=pathe_M_eThtNZ_join(c,"_index.js"));const l=(i?.async?[i?.conditions,["node","import"],["node","require"]]:[i?.conditions,["node","require"],["node","import"]]).filter(Boolean);for(const i of l){try{n=resolvePathSync(t,{url:c,conditions:i,extensions:e.opts.extensions})}catch(e){a=e}if(n)return n}try{return e.nativeRequire.resolve(t,{paths:i.paths})}catch(e){a=e}for(const a of e.additionalExts){if(n=tryNativeRequireResolve(e,t+a,c,i)||tryNativeRequireResolve(e,t+"/index"+a,c,i),n)return n;if((ki.test(e.filename)||ki.test(e.parentModule?.filename||"")||bi.test(t))&&(n=tryNativeRequireResolve(e,t.replace(bi,".$1t$2"),c,i),n))return n}if(!i?.try)throw a}function tryNativeRequireResolve(e,t,i,n){try{return e.nativeRequire.resolve(t,{...n,paths:[pathe_M_eThtNZ_dirname(fileURLToPath(i)),...n?.paths||[]]})}catch{}}const wi=__nccwpck_require__(1455),Ci=__nccwpck_require__(643),Si=__nccwpck_require__(714);var Ii=__nested_webpack_require_27261__.n(Si);function jitiRequire(e,t,i){const n=e.parentCache||{};if(t.startsWith("node:"))return nativeImportOrRequire(e,t,i.async);if(t.startsWith("file:"))t=(0,Qe.fileURLToPath)(t);else if(t.startsWith("data:")){if(!i.async)throw new Error("`data:` URLs are only supported in ESM context. Use `import` or `jiti.import` instead.");return debug(e,"[native]","[data]","[import]",t),nativeImportOrRequire(e,t,!0)}if(Be.builtinModules.includes(t)||".pnp.js"===t)return nativeImportOrRequire(e,t,i.async);if(e.opts.virtualModules&&t in e.opts.virtualModules){debug(e,"[virtual]",t);const n=e.opts.virtualModules[t];return i.async?Promise.resolve(jitiInteropDefault(e,n)):jitiInteropDefault(e,n)}if(e.opts.tryNative&&!e.opts.transformOptions)try{if(!(t=jitiResolve(e,t,i))&&i.try)return;if(debug(e,"[try-native]",i.async&&e.nativeImport?"[import]":"[require]",t),i.async&&e.nativeImport)return e.nativeImport(t).then(i=>(!1===e.opts.moduleCache&&delete e.nativeRequire.cache[t],jitiInteropDefault(e,i))).catch(n=>(debug(e,`[try-native] Using fallback for ${t} because of an error:`,n),jitiRequire({...e,opts:{...e.opts,tryNative:!1}},t,i)));{const i=e.nativeRequire(t);return!1===e.opts.moduleCache&&delete e.nativeRequire.cache[t],jitiInteropDefault(e,i)}}catch(i){debug(e,`[try-native] Using fallback for ${t} because of an error:`,i)}const a=jitiResolve(e,t,i);if(!a&&i.try)return;const c=extname(a);if(".json"===c){debug(e,"[json]",a);const t=e.nativeRequire(a);return t&&!("default"in t)&&Object.defineProperty(t,"default",{value:t,enumerable:!1}),t}if(c&&!e.opts.extensions.includes(c))return debug(e,"[native]","[unknown]",i.async?"[import]":"[require]",a),nativeImportOrRequire(e,a,i.async);if(e.isNativeRe.test(a))return debug(e,"[native]",i.async?"[import]":"[require]",a),nativeImportOrRequire(e,a,i.async);if(n[a])return jitiInteropDefault(e,n[a]?.exports);if(e.opts.moduleCache){const t=e.nativeRequire.cache[a];if(t?.loaded)return jitiInteropDefault(e,t.exports)}const l=(0,$e.readFileSync)(a,"utf8");return eval_evalModule(e,l,{id:t,filename:a,ext:c,cache:n,async:i.async})}function nativeImportOrRequire(e,t,i){return i&&e.nativeImport?e.nativeImport(function(e){return ni&&isAbsolute(e)?pathToFileURL(e):e}(t)).then(t=>jitiInteropDefault(e,t)):jitiInteropDefault(e,e.nativeRequire(t))}const Ti="9";function getCache(e,t,i){if(!e.opts.fsCache||!t.filename)return i();const n=` /* v${Ti}-${utils_hash(t.source,16)} */\n`;let a=`${basename(pathe_M_eThtNZ_dirname(t.filename))}-${function(e){const t=e.split(Wt).pop();if(!t)return;const i=t.lastIndexOf(".");return i<=0?t:t.slice(0,i)}(t.filename)}`+(e.opts.sourceMaps?"+map":"")+(t.interopDefault?".i":"")+`.${utils_hash(t.filename)}`+(t.async?".mjs":".cjs");t.jsx&&t.filename.endsWith("x")&&(a+="x");const c=e.opts.fsCache,l=pathe_M_eThtNZ_join(c,a);if(!e.opts.rebuildFsCache&&(0,$e.existsSync)(l)){const i=(0,$e.readFileSync)(l,"utf8");if(i.endsWith(n))return debug(e,"[cache]","[hit]",t.filename,"~>",l),i}debug(e,"[cache]","[miss]",t.filename);const y=i();return y.includes("__JITI_ERROR__")||((0,$e.writeFileSync)(l,y+n,"utf8"),debug(e,"[cache]","[store]",t.filename,"~>",l)),y}function prepareCacheDir(t){if(!0===t.opts.fsCache&&(t.opts.fsCache=function(t){const i=t.filename&&pathe_M_eThtNZ_resolve(t.filename,"../node_modules");if(i&&(0,$e.existsSync)(i))return pathe_M_eThtNZ_join(i,".cache/jiti");let n=(0,e.tmpdir)();if(process.env.TMPDIR&&n===process.cwd()&&!process.env.JITI_RESPECT_TMPDIR_ENV){const t=process.env.TMPDIR;delete process.env.TMPDIR,n=(0,e.tmpdir)(),process.env.TMPDIR=t}return pathe_M_eThtNZ_join(n,"jiti")}(t)),t.opts.fsCache)try{if((0,$e.mkdirSync)(t.opts.fsCache,{recursive:!0}),!function(e){try{return(0,$e.accessSync)(e,$e.constants.W_OK),!0}catch{return!1}}(t.opts.fsCache))throw new Error("directory is not writable!")}catch(e){debug(t,"Error creating cache directory at ",t.opts.fsCache,e),t.opts.fsCache=!1}}function transform(e,t){let i=getCache(e,t,()=>{const i=e.opts.transform({...e.opts.transformOptions,babel:{...e.opts.sourceMaps?{sourceFileName:t.filename,sourceMaps:"inline"}:{},...e.opts.transformOptions?.babel},interopDefault:e.opts.interopDefault,...t});return i.error&&e.opts.debug&&debug(e,i.error),i.code});return i.startsWith("#!")&&(i="// "+i),i}function eval_evalModule(t,i,n={}){const a=n.id||(n.filename?basename(n.filename):`_jitiEval.${n.ext||(n.async?"mjs":"js")}`),c=n.filename||jitiResolve(t,a,{async:n.async}),l=n.ext||extname(c),y=n.cache||t.parentCache||{},E=/\.[cm]?tsx?$/.test(l),w=".mjs"===l||".js"===l&&"module"===function(e){for(;e&&"."!==e&&"/"!==e;){e=pathe_M_eThtNZ_join(e,"..");try{const t=(0,$e.readFileSync)(pathe_M_eThtNZ_join(e,"package.json"),"utf8");try{return JSON.parse(t)}catch{}break}catch{}}}(c)?.type,C=".cjs"===l,S=n.forceTranspile??(!C&&!(w&&n.async)&&(E||w||t.isTransformRe.test(c)||hasESMSyntax(i))),I=Ci.performance.now();if(S){i=transform(t,{filename:c,source:i,ts:E,async:n.async??!1,jsx:t.opts.jsx});const e=Math.round(1e3*(Ci.performance.now()-I))/1e3;debug(t,"[transpile]",n.async?"[esm]":"[cjs]",c,`(${e}ms)`)}else{if(debug(t,"[native]",n.async?"[import]":"[require]",c),n.async)return Promise.resolve(nativeImportOrRequire(t,c,n.async)).catch(e=>(debug(t,"Native import error:",e),debug(t,"[fallback]",c),eval_evalModule(t,i,{...n,forceTranspile:!0})));try{return nativeImportOrRequire(t,c,n.async)}catch(e){debug(t,"Native require error:",e),debug(t,"[fallback]",c),i=transform(t,{filename:c,source:i,ts:E,async:n.async??!1,jsx:t.opts.jsx})}}const N=new Be.Module(c);N.filename=c,t.parentModule&&(N.parent=t.parentModule,Array.isArray(t.parentModule.children)&&!t.parentModule.children.includes(N)&&t.parentModule.children.push(N));const O=createJiti(c,t.opts,{parentModule:N,parentCache:y,nativeImport:t.nativeImport,onError:t.onError,createRequire:t.createRequire},!0);let j;N.require=O,N.path=pathe_M_eThtNZ_dirname(c),N.paths=Be.Module._nodeModulePaths(N.path),y[c]=N,t.opts.moduleCache&&(t.nativeRequire.cache[c]=N);const F=function(e,t){return`(${t?.async?"async ":""}function (exports, require, module, __filename, __dirname, jitiImport, jitiESMResolve) { ${e}\n});`}(i,{async:n.async});try{j=Ii().runInThisContext(F,{filename:c,lineOffset:0,displayErrors:!1})}catch(i){"SyntaxError"===i.name&&n.async&&t.nativeImport?(debug(t,"[esm]","[import]","[fallback]",c),j=function(t,i,n,a,c){const l=`export default ${i}`,y=c?void 0:`data:text/javascript;base64,${Buffer.from(l).toString("base64")}`;return(...i)=>{let c;const importViaTempFile=()=>(c=function(t,i){const n=pathe_M_eThtNZ_join((0,e.tmpdir)(),"jiti-esm");try{(0,$e.mkdirSync)(n,{recursive:!0})}catch{}const a=pathe_M_eThtNZ_join(n,`${basename(i,extname(i))}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);return(0,$e.writeFileSync)(a,t),a}(l,n),debug(t,"[esm]","[tempfile]",c),a(pathToFileURL(c))),E=y?a(y).catch(e=>{if("ENAMETOOLONG"!==e?.code)throw e;return importViaTempFile()}):importViaTempFile();return E.then(e=>e.default(...i)).finally(()=>{c&&(0,wi.unlink)(c).catch(()=>{})})}}(t,F,c,t.nativeImport,t.opts.esmEvalTempFile)):(t.opts.moduleCache&&delete t.nativeRequire.cache[c],t.onError(i))}let B;try{B=j(N.exports,N.require,N,N.filename,pathe_M_eThtNZ_dirname(N.filename),O.import,O.esmResolve)}catch(e){t.opts.moduleCache&&delete t.nativeRequire.cache[c],t.onError(e)}function next(){if(N.exports&&N.exports.__JITI_ERROR__){const{filename:e,line:i,column:n,code:a,message:c}=N.exports.__JITI_ERROR__,l=new Error(`${a}: ${c} \n ${`${e}:${i}:${n}`}`);Error.captureStackTrace(l,jitiRequire),t.onError(l)}N.loaded=!0;return jitiInteropDefault(t,N.exports)}return n.async?Promise.resolve(B).then(next):next()}const Ri="win32"===(0,e.platform)();function createJiti(e,t={},i,n=!1){const a=n?t:function(e){const t={fsCache:_booleanEnv("JITI_FS_CACHE",_booleanEnv("JITI_CACHE",!0)),rebuildFsCache:_booleanEnv("JITI_REBUILD_FS_CACHE",!1),moduleCache:_booleanEnv("JITI_MODULE_CACHE",_booleanEnv("JITI_REQUIRE_CACHE",!0)),debug:_booleanEnv("JITI_DEBUG",!1),sourceMaps:_booleanEnv("JITI_SOURCE_MAPS",!1),interopDefault:_booleanEnv("JITI_INTEROP_DEFAULT",!0),extensions:_jsonEnv("JITI_EXTENSIONS",[".js",".mjs",".cjs",".ts",".tsx",".mts",".cts",".mtsx",".ctsx"]),alias:_jsonEnv("JITI_ALIAS",{}),nativeModules:_jsonEnv("JITI_NATIVE_MODULES",[]),transformModules:_jsonEnv("JITI_TRANSFORM_MODULES",[]),tryNative:_jsonEnv("JITI_TRY_NATIVE","Bun"in globalThis),esmEvalTempFile:_booleanEnv("JITI_ESM_EVAL_TEMP_FILE",!1),jsx:_booleanEnv("JITI_JSX",!1),tsconfigPaths:_jsonEnv("JITI_TSCONFIG_PATHS",!1,!0)};t.jsx&&t.extensions.push(".jsx",".tsx");const i={};return void 0!==e.cache&&(i.fsCache=e.cache),void 0!==e.requireCache&&(i.moduleCache=e.requireCache),{...t,...i,...e}}(t);"string"==typeof e&&e.startsWith("file://")&&(e=fileURLToPath(e));const c=a.alias&&Object.keys(a.alias).length>0?normalizeAliases(a.alias||{}):void 0;let l;if(a.tsconfigPaths){const{getTsconfig:t,createPathsMatcher:i}=__nested_webpack_require_27261__("./node_modules/.pnpm/get-tsconfig@4.14.0/node_modules/get-tsconfig/dist/index.cjs"),n=t("string"==typeof a.tsconfigPaths?a.tsconfigPaths:pathe_M_eThtNZ_dirname(e));n&&(l=i(n))}const y=["typescript","jiti",...a.nativeModules||[]],E=new RegExp(`node_modules/(${y.map(e=>escapeStringRegexp(e)).join("|")})/`),w=[...a.transformModules||[]],C=new RegExp(`node_modules/(${w.map(e=>escapeStringRegexp(e)).join("|")})/`);e||(e=process.cwd()),!n&&isDir(e)&&(e=pathe_M_eThtNZ_join(e,"_index.js"));const S=pathToFileURL(e),I=[...a.extensions].filter(e=>".js"!==e),N=i.createRequire(Ri?e.replace(/\//g,"\\"):e),O={filename:e,url:S,opts:a,alias:c,resolveTsConfigPaths:l,nativeModules:y,transformModules:w,isNativeRe:E,isTransformRe:C,additionalExts:I,nativeRequire:N,onError:i.onError,parentModule:i.parentModule,parentCache:i.parentCache,nativeImport:i.nativeImport,createRequire:i.createRequire};n||debug(O,"[init]",...[["version:",Gt.rE],["module-cache:",a.moduleCache],["fs-cache:",a.fsCache],["rebuild-fs-cache:",a.rebuildFsCache],["interop-defaults:",a.interopDefault]].flat()),n||prepareCacheDir(O);const j=Object.assign(function(e){return jitiRequire(O,e,{async:!1})},{cache:a.moduleCache?N.cache:Object.create(null),extensions:N.extensions,main:N.main,options:a,resolve:Object.assign(function(e,t){return jitiResolve(O,e,{...t,async:!1})},{paths:N.resolve.paths}),transform:e=>transform(O,e),evalModule:(e,t)=>eval_evalModule(O,e,t),async import(e,t){const i=await jitiRequire(O,e,{...t,async:!0});return t?.default?i?.default??i:i},esmResolve(e,t){"string"==typeof t&&(t={parentURL:t});const i=jitiResolve(O,e,{parentURL:S,...t,async:!0});return!i||"string"!=typeof i||i.startsWith("file://")?i:pathToFileURL(i)}});return j}})(),module.exports=i.default})();

/***/ }),

/***/ 2627:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/**
 * DO NOT MODIFY MANUALLY — this is generated from the templates dir
 *
 * To make changes, edit the files in the templates/ directory and run:
 * npm run copy:templates
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
exports.hasSqlDetails = hasSqlDetails;
exports.formatSqlError = formatSqlError;
exports.loadModule = loadModule;
exports.parseSync = parseSync;
exports.parsePlPgSQLSync = parsePlPgSQLSync;
exports.fingerprintSync = fingerprintSync;
exports.normalizeSync = normalizeSync;
exports.scanSync = scanSync;
__exportStar(__nccwpck_require__(9461), exports);
class SqlError extends Error {
    sqlDetails;
    constructor(message, details) {
        super(message);
        this.name = 'SqlError';
        this.sqlDetails = details;
    }
}
exports.SqlError = SqlError;
function hasSqlDetails(error) {
    return error instanceof SqlError && error.sqlDetails !== undefined;
}
function formatSqlError(error, query, options = {}) {
    const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
    const lines = [];
    // ANSI color codes
    const red = color ? '\x1b[31m' : '';
    const yellow = color ? '\x1b[33m' : '';
    const reset = color ? '\x1b[0m' : '';
    // Add error message
    lines.push(`${red}Error: ${error.message}${reset}`);
    // Add SQL details if available
    if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== undefined && cursorPosition >= 0) {
            lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
            const details = [];
            if (fileName)
                details.push(`file: ${fileName}`);
            if (functionName)
                details.push(`function: ${functionName}`);
            if (lineNumber)
                details.push(`line: ${lineNumber}`);
            lines.push(`Source: ${details.join(', ')}`);
        }
        // Show query with position marker
        if (showQuery && showPosition && cursorPosition !== undefined && cursorPosition >= 0) {
            let displayQuery = query;
            let adjustedPosition = cursorPosition;
            // Truncate if needed
            if (maxQueryLength && query.length > maxQueryLength) {
                const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
                const end = Math.min(query.length, start + maxQueryLength);
                displayQuery = (start > 0 ? '...' : '') +
                    query.substring(start, end) +
                    (end < query.length ? '...' : '');
                // Adjust cursor position for truncation
                adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
            }
            lines.push(displayQuery);
            lines.push(' '.repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
    }
    else if (showQuery) {
        // No SQL details, just show the query if requested
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
            displayQuery = query.substring(0, maxQueryLength) + '...';
        }
        lines.push(`Query: ${displayQuery}`);
    }
    return lines.join('\n');
}
// @ts-ignore
const libpg_query_js_1 = __importDefault(__nccwpck_require__(3995));
let wasmModule;
const initPromise = (0, libpg_query_js_1.default)().then((module) => {
    wasmModule = module;
});
function ensureLoaded() {
    if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
}
async function loadModule() {
    if (!wasmModule) {
        await initPromise;
    }
}
function awaitInit(fn) {
    return (async (...args) => {
        await initPromise;
        return fn(...args);
    });
}
function stringToPtr(str) {
    ensureLoaded();
    if (typeof str !== 'string') {
        throw new TypeError(`Expected a string, got ${typeof str}`);
    }
    const len = wasmModule.lengthBytesUTF8(str) + 1;
    const ptr = wasmModule._malloc(len);
    try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
    }
    catch (error) {
        wasmModule._free(ptr);
        throw error;
    }
}
function ptrToString(ptr) {
    ensureLoaded();
    if (typeof ptr !== 'number') {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
    }
    return wasmModule.UTF8ToString(ptr);
}
exports.parse = awaitInit(async (query) => {
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
});
exports.parsePlPgSQL = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.fingerprint = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.normalize = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
// Sync versions
function parseSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
}
function parsePlPgSQLSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function fingerprintSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function normalizeSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
exports.scan = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
function scanSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4175);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
