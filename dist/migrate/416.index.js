// db-deploy sources sha256:3b9550e47c1133e05b8f6b24def30a1b978b0c066d52cd80a87c7e3c6429d407
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname, join as __dbdJoin } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdJoin(__dbdDirname(__filename), ".");
export const id = 416;
export const ids = [416];
export const modules = {

/***/ 5416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MigrationBuilder: () => (/* binding */ MigrationBuilder)
});

// UNUSED EXPORTS: Migration, PG_MIGRATE_LOCK_ID, PgLiteral, PgType, escapeValue, isPgLiteral, jiti, runner

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_fs_, 2);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./node_modules/glob/dist/esm/index.min.js
var Gt=(n,t,e)=>{let s=n instanceof RegExp?ce(n,e):n,i=t instanceof RegExp?ce(t,e):t,r=s!==null&&i!=null&&ss(s,i,e);return r&&{start:r[0],end:r[1],pre:e.slice(0,r[0]),body:e.slice(r[0]+s.length,r[1]),post:e.slice(r[1]+i.length)}},ce=(n,t)=>{let e=t.match(n);return e?e[0]:null},ss=(n,t,e)=>{let s,i,r,o,h,a=e.indexOf(n),l=e.indexOf(t,a+1),u=a;if(a>=0&&l>0){if(n===t)return[a,l];for(s=[],r=e.length;u>=0&&!h;){if(u===a)s.push(u),a=e.indexOf(n,u+1);else if(s.length===1){let c=s.pop();c!==void 0&&(h=[c,l])}else i=s.pop(),i!==void 0&&i<r&&(r=i,o=l),l=e.indexOf(t,u+1);u=a<l&&a>=0?a:l}s.length&&o!==void 0&&(h=[r,o])}return h};var fe="\0SLASH"+Math.random()+"\0",ue="\0OPEN"+Math.random()+"\0",qt="\0CLOSE"+Math.random()+"\0",de="\0COMMA"+Math.random()+"\0",pe="\0PERIOD"+Math.random()+"\0",is=new RegExp(fe,"g"),rs=new RegExp(ue,"g"),ns=new RegExp(qt,"g"),os=new RegExp(de,"g"),hs=new RegExp(pe,"g"),as=/\\\\/g,ls=/\\{/g,cs=/\\}/g,fs=/\\,/g,us=/\\./g,ds=1e5;function Ht(n){return isNaN(n)?n.charCodeAt(0):parseInt(n,10)}function ps(n){return n.replace(as,fe).replace(ls,ue).replace(cs,qt).replace(fs,de).replace(us,pe)}function ms(n){return n.replace(is,"\\").replace(rs,"{").replace(ns,"}").replace(os,",").replace(hs,".")}function me(n){if(!n)return[""];let t=[],e=Gt("{","}",n);if(!e)return n.split(",");let{pre:s,body:i,post:r}=e,o=s.split(",");o[o.length-1]+="{"+i+"}";let h=me(r);return r.length&&(o[o.length-1]+=h.shift(),o.push.apply(o,h)),t.push.apply(t,o),t}function ge(n,t={}){if(!n)return[];let{max:e=ds}=t;return n.slice(0,2)==="{}"&&(n="\\{\\}"+n.slice(2)),ht(ps(n),e,!0).map(ms)}function gs(n){return"{"+n+"}"}function ws(n){return/^-?0\d/.test(n)}function ys(n,t){return n<=t}function bs(n,t){return n>=t}function ht(n,t,e){let s=[],i=Gt("{","}",n);if(!i)return[n];let r=i.pre,o=i.post.length?ht(i.post,t,!1):[""];if(/\$$/.test(i.pre))for(let h=0;h<o.length&&h<t;h++){let a=r+"{"+i.body+"}"+o[h];s.push(a)}else{let h=/^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(i.body),a=/^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(i.body),l=h||a,u=i.body.indexOf(",")>=0;if(!l&&!u)return i.post.match(/,(?!,).*\}/)?(n=i.pre+"{"+i.body+qt+i.post,ht(n,t,!0)):[n];let c;if(l)c=i.body.split(/\.\./);else if(c=me(i.body),c.length===1&&c[0]!==void 0&&(c=ht(c[0],t,!1).map(gs),c.length===1))return o.map(f=>i.pre+c[0]+f);let d;if(l&&c[0]!==void 0&&c[1]!==void 0){let f=Ht(c[0]),m=Ht(c[1]),p=Math.max(c[0].length,c[1].length),w=c.length===3&&c[2]!==void 0?Math.abs(Ht(c[2])):1,g=ys;m<f&&(w*=-1,g=bs);let E=c.some(ws);d=[];for(let y=f;g(y,m);y+=w){let b;if(a)b=String.fromCharCode(y),b==="\\"&&(b="");else if(b=String(y),E){let z=p-b.length;if(z>0){let $=new Array(z+1).join("0");y<0?b="-"+$+b.slice(1):b=$+b}}d.push(b)}}else{d=[];for(let f=0;f<c.length;f++)d.push.apply(d,ht(c[f],t,!1))}for(let f=0;f<d.length;f++)for(let m=0;m<o.length&&s.length<t;m++){let p=r+d[f]+o[m];(!e||l||p)&&s.push(p)}}return s}var at=n=>{if(typeof n!="string")throw new TypeError("invalid pattern");if(n.length>65536)throw new TypeError("pattern is too long")};var Ss={"[:alnum:]":["\\p{L}\\p{Nl}\\p{Nd}",!0],"[:alpha:]":["\\p{L}\\p{Nl}",!0],"[:ascii:]":["\\x00-\\x7f",!1],"[:blank:]":["\\p{Zs}\\t",!0],"[:cntrl:]":["\\p{Cc}",!0],"[:digit:]":["\\p{Nd}",!0],"[:graph:]":["\\p{Z}\\p{C}",!0,!0],"[:lower:]":["\\p{Ll}",!0],"[:print:]":["\\p{C}",!0],"[:punct:]":["\\p{P}",!0],"[:space:]":["\\p{Z}\\t\\r\\n\\v\\f",!0],"[:upper:]":["\\p{Lu}",!0],"[:word:]":["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}",!0],"[:xdigit:]":["A-Fa-f0-9",!1]},lt=n=>n.replace(/[[\]\\-]/g,"\\$&"),Es=n=>n.replace(/[-[\]{}()*+?.,\\^$|#\s]/g,"\\$&"),we=n=>n.join(""),ye=(n,t)=>{let e=t;if(n.charAt(e)!=="[")throw new Error("not in a brace expression");let s=[],i=[],r=e+1,o=!1,h=!1,a=!1,l=!1,u=e,c="";t:for(;r<n.length;){let p=n.charAt(r);if((p==="!"||p==="^")&&r===e+1){l=!0,r++;continue}if(p==="]"&&o&&!a){u=r+1;break}if(o=!0,p==="\\"&&!a){a=!0,r++;continue}if(p==="["&&!a){for(let[w,[g,S,E]]of Object.entries(Ss))if(n.startsWith(w,r)){if(c)return["$.",!1,n.length-e,!0];r+=w.length,E?i.push(g):s.push(g),h=h||S;continue t}}if(a=!1,c){p>c?s.push(lt(c)+"-"+lt(p)):p===c&&s.push(lt(p)),c="",r++;continue}if(n.startsWith("-]",r+1)){s.push(lt(p+"-")),r+=2;continue}if(n.startsWith("-",r+1)){c=p,r+=2;continue}s.push(lt(p)),r++}if(u<r)return["",!1,0,!1];if(!s.length&&!i.length)return["$.",!1,n.length-e,!0];if(i.length===0&&s.length===1&&/^\\?.$/.test(s[0])&&!l){let p=s[0].length===2?s[0].slice(-1):s[0];return[Es(p),!1,u-e,!1]}let d="["+(l?"^":"")+we(s)+"]",f="["+(l?"":"^")+we(i)+"]";return[s.length&&i.length?"("+d+"|"+f+")":s.length?d:f,h,u-e,!0]};var W=(n,{windowsPathsNoEscape:t=!1,magicalBraces:e=!0}={})=>e?t?n.replace(/\[([^\/\\])\]/g,"$1"):n.replace(/((?!\\).|^)\[([^\/\\])\]/g,"$1$2").replace(/\\([^\/])/g,"$1"):t?n.replace(/\[([^\/\\{}])\]/g,"$1"):n.replace(/((?!\\).|^)\[([^\/\\{}])\]/g,"$1$2").replace(/\\([^\/{}])/g,"$1");var xs=new Set(["!","?","+","*","@"]),be=n=>xs.has(n),vs="(?!(?:^|/)\\.\\.?(?:$|/))",Ct="(?!\\.)",Cs=new Set(["[","."]),Ts=new Set(["..","."]),As=new Set("().*{}+?[]^$\\!"),ks=n=>n.replace(/[-[\]{}()*+?.,\\^$|#\s]/g,"\\$&"),Kt="[^/]",Se=Kt+"*?",Ee=Kt+"+?",Q=class n{type;#t;#s;#n=!1;#r=[];#o;#S;#w;#c=!1;#h;#u;#f=!1;constructor(t,e,s={}){this.type=t,t&&(this.#s=!0),this.#o=e,this.#t=this.#o?this.#o.#t:this,this.#h=this.#t===this?s:this.#t.#h,this.#w=this.#t===this?[]:this.#t.#w,t==="!"&&!this.#t.#c&&this.#w.push(this),this.#S=this.#o?this.#o.#r.length:0}get hasMagic(){if(this.#s!==void 0)return this.#s;for(let t of this.#r)if(typeof t!="string"&&(t.type||t.hasMagic))return this.#s=!0;return this.#s}toString(){return this.#u!==void 0?this.#u:this.type?this.#u=this.type+"("+this.#r.map(t=>String(t)).join("|")+")":this.#u=this.#r.map(t=>String(t)).join("")}#a(){if(this!==this.#t)throw new Error("should only call on root");if(this.#c)return this;this.toString(),this.#c=!0;let t;for(;t=this.#w.pop();){if(t.type!=="!")continue;let e=t,s=e.#o;for(;s;){for(let i=e.#S+1;!s.type&&i<s.#r.length;i++)for(let r of t.#r){if(typeof r=="string")throw new Error("string part in extglob AST??");r.copyIn(s.#r[i])}e=s,s=e.#o}}return this}push(...t){for(let e of t)if(e!==""){if(typeof e!="string"&&!(e instanceof n&&e.#o===this))throw new Error("invalid part: "+e);this.#r.push(e)}}toJSON(){let t=this.type===null?this.#r.slice().map(e=>typeof e=="string"?e:e.toJSON()):[this.type,...this.#r.map(e=>e.toJSON())];return this.isStart()&&!this.type&&t.unshift([]),this.isEnd()&&(this===this.#t||this.#t.#c&&this.#o?.type==="!")&&t.push({}),t}isStart(){if(this.#t===this)return!0;if(!this.#o?.isStart())return!1;if(this.#S===0)return!0;let t=this.#o;for(let e=0;e<this.#S;e++){let s=t.#r[e];if(!(s instanceof n&&s.type==="!"))return!1}return!0}isEnd(){if(this.#t===this||this.#o?.type==="!")return!0;if(!this.#o?.isEnd())return!1;if(!this.type)return this.#o?.isEnd();let t=this.#o?this.#o.#r.length:0;return this.#S===t-1}copyIn(t){typeof t=="string"?this.push(t):this.push(t.clone(this))}clone(t){let e=new n(this.type,t);for(let s of this.#r)e.copyIn(s);return e}static#i(t,e,s,i){let r=!1,o=!1,h=-1,a=!1;if(e.type===null){let f=s,m="";for(;f<t.length;){let p=t.charAt(f++);if(r||p==="\\"){r=!r,m+=p;continue}if(o){f===h+1?(p==="^"||p==="!")&&(a=!0):p==="]"&&!(f===h+2&&a)&&(o=!1),m+=p;continue}else if(p==="["){o=!0,h=f,a=!1,m+=p;continue}if(!i.noext&&be(p)&&t.charAt(f)==="("){e.push(m),m="";let w=new n(p,e);f=n.#i(t,w,f,i),e.push(w);continue}m+=p}return e.push(m),f}let l=s+1,u=new n(null,e),c=[],d="";for(;l<t.length;){let f=t.charAt(l++);if(r||f==="\\"){r=!r,d+=f;continue}if(o){l===h+1?(f==="^"||f==="!")&&(a=!0):f==="]"&&!(l===h+2&&a)&&(o=!1),d+=f;continue}else if(f==="["){o=!0,h=l,a=!1,d+=f;continue}if(be(f)&&t.charAt(l)==="("){u.push(d),d="";let m=new n(f,u);u.push(m),l=n.#i(t,m,l,i);continue}if(f==="|"){u.push(d),d="",c.push(u),u=new n(null,e);continue}if(f===")")return d===""&&e.#r.length===0&&(e.#f=!0),u.push(d),d="",e.push(...c,u),l;d+=f}return e.type=null,e.#s=void 0,e.#r=[t.substring(s-1)],l}static fromGlob(t,e={}){let s=new n(null,void 0,e);return n.#i(t,s,0,e),s}toMMPattern(){if(this!==this.#t)return this.#t.toMMPattern();let t=this.toString(),[e,s,i,r]=this.toRegExpSource();if(!(i||this.#s||this.#h.nocase&&!this.#h.nocaseMagicOnly&&t.toUpperCase()!==t.toLowerCase()))return s;let h=(this.#h.nocase?"i":"")+(r?"u":"");return Object.assign(new RegExp(`^${e}$`,h),{_src:e,_glob:t})}get options(){return this.#h}toRegExpSource(t){let e=t??!!this.#h.dot;if(this.#t===this&&this.#a(),!this.type){let a=this.isStart()&&this.isEnd()&&!this.#r.some(f=>typeof f!="string"),l=this.#r.map(f=>{let[m,p,w,g]=typeof f=="string"?n.#E(f,this.#s,a):f.toRegExpSource(t);return this.#s=this.#s||w,this.#n=this.#n||g,m}).join(""),u="";if(this.isStart()&&typeof this.#r[0]=="string"&&!(this.#r.length===1&&Ts.has(this.#r[0]))){let m=Cs,p=e&&m.has(l.charAt(0))||l.startsWith("\\.")&&m.has(l.charAt(2))||l.startsWith("\\.\\.")&&m.has(l.charAt(4)),w=!e&&!t&&m.has(l.charAt(0));u=p?vs:w?Ct:""}let c="";return this.isEnd()&&this.#t.#c&&this.#o?.type==="!"&&(c="(?:$|\\/)"),[u+l+c,W(l),this.#s=!!this.#s,this.#n]}let s=this.type==="*"||this.type==="+",i=this.type==="!"?"(?:(?!(?:":"(?:",r=this.#d(e);if(this.isStart()&&this.isEnd()&&!r&&this.type!=="!"){let a=this.toString();return this.#r=[a],this.type=null,this.#s=void 0,[a,W(this.toString()),!1,!1]}let o=!s||t||e||!Ct?"":this.#d(!0);o===r&&(o=""),o&&(r=`(?:${r})(?:${o})*?`);let h="";if(this.type==="!"&&this.#f)h=(this.isStart()&&!e?Ct:"")+Ee;else{let a=this.type==="!"?"))"+(this.isStart()&&!e&&!t?Ct:"")+Se+")":this.type==="@"?")":this.type==="?"?")?":this.type==="+"&&o?")":this.type==="*"&&o?")?":`)${this.type}`;h=i+r+a}return[h,W(r),this.#s=!!this.#s,this.#n]}#d(t){return this.#r.map(e=>{if(typeof e=="string")throw new Error("string type in extglob ast??");let[s,i,r,o]=e.toRegExpSource(t);return this.#n=this.#n||o,s}).filter(e=>!(this.isStart()&&this.isEnd())||!!e).join("|")}static#E(t,e,s=!1){let i=!1,r="",o=!1,h=!1;for(let a=0;a<t.length;a++){let l=t.charAt(a);if(i){i=!1,r+=(As.has(l)?"\\":"")+l;continue}if(l==="*"){if(h)continue;h=!0,r+=s&&/^[*]+$/.test(t)?Ee:Se,e=!0;continue}else h=!1;if(l==="\\"){a===t.length-1?r+="\\\\":i=!0;continue}if(l==="["){let[u,c,d,f]=ye(t,a);if(d){r+=u,o=o||c,a+=d-1,e=e||f;continue}}if(l==="?"){r+=Kt,e=!0;continue}r+=ks(l)}return[r,W(t),!!e,o]}};var tt=(n,{windowsPathsNoEscape:t=!1,magicalBraces:e=!1}={})=>e?t?n.replace(/[?*()[\]{}]/g,"[$&]"):n.replace(/[?*()[\]\\{}]/g,"\\$&"):t?n.replace(/[?*()[\]]/g,"[$&]"):n.replace(/[?*()[\]\\]/g,"\\$&");var O=(n,t,e={})=>(at(t),!e.nocomment&&t.charAt(0)==="#"?!1:new D(t,e).match(n)),Rs=/^\*+([^+@!?\*\[\(]*)$/,Os=n=>t=>!t.startsWith(".")&&t.endsWith(n),Fs=n=>t=>t.endsWith(n),Ds=n=>(n=n.toLowerCase(),t=>!t.startsWith(".")&&t.toLowerCase().endsWith(n)),Ms=n=>(n=n.toLowerCase(),t=>t.toLowerCase().endsWith(n)),Ns=/^\*+\.\*+$/,_s=n=>!n.startsWith(".")&&n.includes("."),Ls=n=>n!=="."&&n!==".."&&n.includes("."),Ws=/^\.\*+$/,Ps=n=>n!=="."&&n!==".."&&n.startsWith("."),js=/^\*+$/,Is=n=>n.length!==0&&!n.startsWith("."),zs=n=>n.length!==0&&n!=="."&&n!=="..",Bs=/^\?+([^+@!?\*\[\(]*)?$/,Us=([n,t=""])=>{let e=Ce([n]);return t?(t=t.toLowerCase(),s=>e(s)&&s.toLowerCase().endsWith(t)):e},$s=([n,t=""])=>{let e=Te([n]);return t?(t=t.toLowerCase(),s=>e(s)&&s.toLowerCase().endsWith(t)):e},Gs=([n,t=""])=>{let e=Te([n]);return t?s=>e(s)&&s.endsWith(t):e},Hs=([n,t=""])=>{let e=Ce([n]);return t?s=>e(s)&&s.endsWith(t):e},Ce=([n])=>{let t=n.length;return e=>e.length===t&&!e.startsWith(".")},Te=([n])=>{let t=n.length;return e=>e.length===t&&e!=="."&&e!==".."},Ae=typeof process=="object"&&process?typeof process.env=="object"&&process.env&&process.env.__MINIMATCH_TESTING_PLATFORM__||process.platform:"posix",xe={win32:{sep:"\\"},posix:{sep:"/"}},qs=Ae==="win32"?xe.win32.sep:xe.posix.sep;O.sep=qs;var A=Symbol("globstar **");O.GLOBSTAR=A;var Ks="[^/]",Vs=Ks+"*?",Ys="(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?",Xs="(?:(?!(?:\\/|^)\\.).)*?",Js=(n,t={})=>e=>O(e,n,t);O.filter=Js;var N=(n,t={})=>Object.assign({},n,t),Zs=n=>{if(!n||typeof n!="object"||!Object.keys(n).length)return O;let t=O;return Object.assign((s,i,r={})=>t(s,i,N(n,r)),{Minimatch:class extends t.Minimatch{constructor(i,r={}){super(i,N(n,r))}static defaults(i){return t.defaults(N(n,i)).Minimatch}},AST:class extends t.AST{constructor(i,r,o={}){super(i,r,N(n,o))}static fromGlob(i,r={}){return t.AST.fromGlob(i,N(n,r))}},unescape:(s,i={})=>t.unescape(s,N(n,i)),escape:(s,i={})=>t.escape(s,N(n,i)),filter:(s,i={})=>t.filter(s,N(n,i)),defaults:s=>t.defaults(N(n,s)),makeRe:(s,i={})=>t.makeRe(s,N(n,i)),braceExpand:(s,i={})=>t.braceExpand(s,N(n,i)),match:(s,i,r={})=>t.match(s,i,N(n,r)),sep:t.sep,GLOBSTAR:A})};O.defaults=Zs;var ke=(n,t={})=>(at(n),t.nobrace||!/\{(?:(?!\{).)*\}/.test(n)?[n]:ge(n,{max:t.braceExpandMax}));O.braceExpand=ke;var Qs=(n,t={})=>new D(n,t).makeRe();O.makeRe=Qs;var ti=(n,t,e={})=>{let s=new D(t,e);return n=n.filter(i=>s.match(i)),s.options.nonull&&!n.length&&n.push(t),n};O.match=ti;var ve=/[?*]|[+@!]\(.*?\)|\[|\]/,ei=n=>n.replace(/[-[\]{}()*+?.,\\^$|#\s]/g,"\\$&"),D=class{options;set;pattern;windowsPathsNoEscape;nonegate;negate;comment;empty;preserveMultipleSlashes;partial;globSet;globParts;nocase;isWindows;platform;windowsNoMagicRoot;regexp;constructor(t,e={}){at(t),e=e||{},this.options=e,this.pattern=t,this.platform=e.platform||Ae,this.isWindows=this.platform==="win32";let s="allowWindowsEscape";this.windowsPathsNoEscape=!!e.windowsPathsNoEscape||e[s]===!1,this.windowsPathsNoEscape&&(this.pattern=this.pattern.replace(/\\/g,"/")),this.preserveMultipleSlashes=!!e.preserveMultipleSlashes,this.regexp=null,this.negate=!1,this.nonegate=!!e.nonegate,this.comment=!1,this.empty=!1,this.partial=!!e.partial,this.nocase=!!this.options.nocase,this.windowsNoMagicRoot=e.windowsNoMagicRoot!==void 0?e.windowsNoMagicRoot:!!(this.isWindows&&this.nocase),this.globSet=[],this.globParts=[],this.set=[],this.make()}hasMagic(){if(this.options.magicalBraces&&this.set.length>1)return!0;for(let t of this.set)for(let e of t)if(typeof e!="string")return!0;return!1}debug(...t){}make(){let t=this.pattern,e=this.options;if(!e.nocomment&&t.charAt(0)==="#"){this.comment=!0;return}if(!t){this.empty=!0;return}this.parseNegate(),this.globSet=[...new Set(this.braceExpand())],e.debug&&(this.debug=(...r)=>console.error(...r)),this.debug(this.pattern,this.globSet);let s=this.globSet.map(r=>this.slashSplit(r));this.globParts=this.preprocess(s),this.debug(this.pattern,this.globParts);let i=this.globParts.map((r,o,h)=>{if(this.isWindows&&this.windowsNoMagicRoot){let a=r[0]===""&&r[1]===""&&(r[2]==="?"||!ve.test(r[2]))&&!ve.test(r[3]),l=/^[a-z]:/i.test(r[0]);if(a)return[...r.slice(0,4),...r.slice(4).map(u=>this.parse(u))];if(l)return[r[0],...r.slice(1).map(u=>this.parse(u))]}return r.map(a=>this.parse(a))});if(this.debug(this.pattern,i),this.set=i.filter(r=>r.indexOf(!1)===-1),this.isWindows)for(let r=0;r<this.set.length;r++){let o=this.set[r];o[0]===""&&o[1]===""&&this.globParts[r][2]==="?"&&typeof o[3]=="string"&&/^[a-z]:$/i.test(o[3])&&(o[2]="?")}this.debug(this.pattern,this.set)}preprocess(t){if(this.options.noglobstar)for(let s=0;s<t.length;s++)for(let i=0;i<t[s].length;i++)t[s][i]==="**"&&(t[s][i]="*");let{optimizationLevel:e=1}=this.options;return e>=2?(t=this.firstPhasePreProcess(t),t=this.secondPhasePreProcess(t)):e>=1?t=this.levelOneOptimize(t):t=this.adjascentGlobstarOptimize(t),t}adjascentGlobstarOptimize(t){return t.map(e=>{let s=-1;for(;(s=e.indexOf("**",s+1))!==-1;){let i=s;for(;e[i+1]==="**";)i++;i!==s&&e.splice(s,i-s)}return e})}levelOneOptimize(t){return t.map(e=>(e=e.reduce((s,i)=>{let r=s[s.length-1];return i==="**"&&r==="**"?s:i===".."&&r&&r!==".."&&r!=="."&&r!=="**"?(s.pop(),s):(s.push(i),s)},[]),e.length===0?[""]:e))}levelTwoFileOptimize(t){Array.isArray(t)||(t=this.slashSplit(t));let e=!1;do{if(e=!1,!this.preserveMultipleSlashes){for(let i=1;i<t.length-1;i++){let r=t[i];i===1&&r===""&&t[0]===""||(r==="."||r==="")&&(e=!0,t.splice(i,1),i--)}t[0]==="."&&t.length===2&&(t[1]==="."||t[1]==="")&&(e=!0,t.pop())}let s=0;for(;(s=t.indexOf("..",s+1))!==-1;){let i=t[s-1];i&&i!=="."&&i!==".."&&i!=="**"&&(e=!0,t.splice(s-1,2),s-=2)}}while(e);return t.length===0?[""]:t}firstPhasePreProcess(t){let e=!1;do{e=!1;for(let s of t){let i=-1;for(;(i=s.indexOf("**",i+1))!==-1;){let o=i;for(;s[o+1]==="**";)o++;o>i&&s.splice(i+1,o-i);let h=s[i+1],a=s[i+2],l=s[i+3];if(h!==".."||!a||a==="."||a===".."||!l||l==="."||l==="..")continue;e=!0,s.splice(i,1);let u=s.slice(0);u[i]="**",t.push(u),i--}if(!this.preserveMultipleSlashes){for(let o=1;o<s.length-1;o++){let h=s[o];o===1&&h===""&&s[0]===""||(h==="."||h==="")&&(e=!0,s.splice(o,1),o--)}s[0]==="."&&s.length===2&&(s[1]==="."||s[1]==="")&&(e=!0,s.pop())}let r=0;for(;(r=s.indexOf("..",r+1))!==-1;){let o=s[r-1];if(o&&o!=="."&&o!==".."&&o!=="**"){e=!0;let a=r===1&&s[r+1]==="**"?["."]:[];s.splice(r-1,2,...a),s.length===0&&s.push(""),r-=2}}}}while(e);return t}secondPhasePreProcess(t){for(let e=0;e<t.length-1;e++)for(let s=e+1;s<t.length;s++){let i=this.partsMatch(t[e],t[s],!this.preserveMultipleSlashes);if(i){t[e]=[],t[s]=i;break}}return t.filter(e=>e.length)}partsMatch(t,e,s=!1){let i=0,r=0,o=[],h="";for(;i<t.length&&r<e.length;)if(t[i]===e[r])o.push(h==="b"?e[r]:t[i]),i++,r++;else if(s&&t[i]==="**"&&e[r]===t[i+1])o.push(t[i]),i++;else if(s&&e[r]==="**"&&t[i]===e[r+1])o.push(e[r]),r++;else if(t[i]==="*"&&e[r]&&(this.options.dot||!e[r].startsWith("."))&&e[r]!=="**"){if(h==="b")return!1;h="a",o.push(t[i]),i++,r++}else if(e[r]==="*"&&t[i]&&(this.options.dot||!t[i].startsWith("."))&&t[i]!=="**"){if(h==="a")return!1;h="b",o.push(e[r]),i++,r++}else return!1;return t.length===e.length&&o}parseNegate(){if(this.nonegate)return;let t=this.pattern,e=!1,s=0;for(let i=0;i<t.length&&t.charAt(i)==="!";i++)e=!e,s++;s&&(this.pattern=t.slice(s)),this.negate=e}matchOne(t,e,s=!1){let i=this.options;if(this.isWindows){let p=typeof t[0]=="string"&&/^[a-z]:$/i.test(t[0]),w=!p&&t[0]===""&&t[1]===""&&t[2]==="?"&&/^[a-z]:$/i.test(t[3]),g=typeof e[0]=="string"&&/^[a-z]:$/i.test(e[0]),S=!g&&e[0]===""&&e[1]===""&&e[2]==="?"&&typeof e[3]=="string"&&/^[a-z]:$/i.test(e[3]),E=w?3:p?0:void 0,y=S?3:g?0:void 0;if(typeof E=="number"&&typeof y=="number"){let[b,z]=[t[E],e[y]];b.toLowerCase()===z.toLowerCase()&&(e[y]=b,y>E?e=e.slice(y):E>y&&(t=t.slice(E)))}}let{optimizationLevel:r=1}=this.options;r>=2&&(t=this.levelTwoFileOptimize(t)),this.debug("matchOne",this,{file:t,pattern:e}),this.debug("matchOne",t.length,e.length);for(var o=0,h=0,a=t.length,l=e.length;o<a&&h<l;o++,h++){this.debug("matchOne loop");var u=e[h],c=t[o];if(this.debug(e,u,c),u===!1)return!1;if(u===A){this.debug("GLOBSTAR",[e,u,c]);var d=o,f=h+1;if(f===l){for(this.debug("** at the end");o<a;o++)if(t[o]==="."||t[o]===".."||!i.dot&&t[o].charAt(0)===".")return!1;return!0}for(;d<a;){var m=t[d];if(this.debug(`
globstar while`,t,d,e,f,m),this.matchOne(t.slice(d),e.slice(f),s))return this.debug("globstar found match!",d,a,m),!0;if(m==="."||m===".."||!i.dot&&m.charAt(0)==="."){this.debug("dot detected!",t,d,e,f);break}this.debug("globstar swallow a segment, and continue"),d++}return!!(s&&(this.debug(`
>>> no match, partial?`,t,d,e,f),d===a))}let p;if(typeof u=="string"?(p=c===u,this.debug("string match",u,c,p)):(p=u.test(c),this.debug("pattern match",u,c,p)),!p)return!1}if(o===a&&h===l)return!0;if(o===a)return s;if(h===l)return o===a-1&&t[o]==="";throw new Error("wtf?")}braceExpand(){return ke(this.pattern,this.options)}parse(t){at(t);let e=this.options;if(t==="**")return A;if(t==="")return"";let s,i=null;(s=t.match(js))?i=e.dot?zs:Is:(s=t.match(Rs))?i=(e.nocase?e.dot?Ms:Ds:e.dot?Fs:Os)(s[1]):(s=t.match(Bs))?i=(e.nocase?e.dot?$s:Us:e.dot?Gs:Hs)(s):(s=t.match(Ns))?i=e.dot?Ls:_s:(s=t.match(Ws))&&(i=Ps);let r=Q.fromGlob(t,this.options).toMMPattern();return i&&typeof r=="object"&&Reflect.defineProperty(r,"test",{value:i}),r}makeRe(){if(this.regexp||this.regexp===!1)return this.regexp;let t=this.set;if(!t.length)return this.regexp=!1,this.regexp;let e=this.options,s=e.noglobstar?Vs:e.dot?Ys:Xs,i=new Set(e.nocase?["i"]:[]),r=t.map(a=>{let l=a.map(c=>{if(c instanceof RegExp)for(let d of c.flags.split(""))i.add(d);return typeof c=="string"?ei(c):c===A?A:c._src});l.forEach((c,d)=>{let f=l[d+1],m=l[d-1];c!==A||m===A||(m===void 0?f!==void 0&&f!==A?l[d+1]="(?:\\/|"+s+"\\/)?"+f:l[d]=s:f===void 0?l[d-1]=m+"(?:\\/|\\/"+s+")?":f!==A&&(l[d-1]=m+"(?:\\/|\\/"+s+"\\/)"+f,l[d+1]=A))});let u=l.filter(c=>c!==A);if(this.partial&&u.length>=1){let c=[];for(let d=1;d<=u.length;d++)c.push(u.slice(0,d).join("/"));return"(?:"+c.join("|")+")"}return u.join("/")}).join("|"),[o,h]=t.length>1?["(?:",")"]:["",""];r="^"+o+r+h+"$",this.partial&&(r="^(?:\\/|"+o+r.slice(1,-1)+h+")$"),this.negate&&(r="^(?!"+r+").+$");try{this.regexp=new RegExp(r,[...i].join(""))}catch{this.regexp=!1}return this.regexp}slashSplit(t){return this.preserveMultipleSlashes?t.split("/"):this.isWindows&&/^\/\/[^\/]+/.test(t)?["",...t.split(/\/+/)]:t.split(/\/+/)}match(t,e=this.partial){if(this.debug("match",t,this.pattern),this.comment)return!1;if(this.empty)return t==="";if(t==="/"&&e)return!0;let s=this.options;this.isWindows&&(t=t.split("\\").join("/"));let i=this.slashSplit(t);this.debug(this.pattern,"split",i);let r=this.set;this.debug(this.pattern,"set",r);let o=i[i.length-1];if(!o)for(let h=i.length-2;!o&&h>=0;h--)o=i[h];for(let h=0;h<r.length;h++){let a=r[h],l=i;if(s.matchBase&&a.length===1&&(l=[o]),this.matchOne(l,a,e))return s.flipNegate?!0:!this.negate}return s.flipNegate?!1:this.negate}static defaults(t){return O.defaults(t).Minimatch}};O.AST=Q;O.Minimatch=D;O.escape=tt;O.unescape=W;var si=typeof performance=="object"&&performance&&typeof performance.now=="function"?performance:Date,Oe=new Set,Vt=typeof process=="object"&&process?process:{},Fe=(n,t,e,s)=>{typeof Vt.emitWarning=="function"?Vt.emitWarning(n,t,e,s):console.error(`[${e}] ${t}: ${n}`)},At=globalThis.AbortController,Re=globalThis.AbortSignal;if(typeof At>"u"){Re=class{onabort;_onabort=[];reason;aborted=!1;addEventListener(e,s){this._onabort.push(s)}},At=class{constructor(){t()}signal=new Re;abort(e){if(!this.signal.aborted){this.signal.reason=e,this.signal.aborted=!0;for(let s of this.signal._onabort)s(e);this.signal.onabort?.(e)}}};let n=Vt.env?.LRU_CACHE_IGNORE_AC_WARNING!=="1",t=()=>{n&&(n=!1,Fe("AbortController is not defined. If using lru-cache in node 14, load an AbortController polyfill from the `node-abort-controller` package. A minimal polyfill is provided for use by LRUCache.fetch(), but it should not be relied upon in other contexts (eg, passing it to other APIs that use AbortController/AbortSignal might have undesirable effects). You may disable this with LRU_CACHE_IGNORE_AC_WARNING=1 in the env.","NO_ABORT_CONTROLLER","ENOTSUP",t))}}var ii=n=>!Oe.has(n);var q=n=>n&&n===Math.floor(n)&&n>0&&isFinite(n),De=n=>q(n)?n<=Math.pow(2,8)?Uint8Array:n<=Math.pow(2,16)?Uint16Array:n<=Math.pow(2,32)?Uint32Array:n<=Number.MAX_SAFE_INTEGER?Tt:null:null,Tt=class extends Array{constructor(n){super(n),this.fill(0)}},ri=class ct{heap;length;static#t=!1;static create(t){let e=De(t);if(!e)return[];ct.#t=!0;let s=new ct(t,e);return ct.#t=!1,s}constructor(t,e){if(!ct.#t)throw new TypeError("instantiate Stack using Stack.create(n)");this.heap=new e(t),this.length=0}push(t){this.heap[this.length++]=t}pop(){return this.heap[--this.length]}},ft=class Me{#t;#s;#n;#r;#o;#S;#w;#c;get perf(){return this.#c}ttl;ttlResolution;ttlAutopurge;updateAgeOnGet;updateAgeOnHas;allowStale;noDisposeOnSet;noUpdateTTL;maxEntrySize;sizeCalculation;noDeleteOnFetchRejection;noDeleteOnStaleGet;allowStaleOnFetchAbort;allowStaleOnFetchRejection;ignoreFetchAbort;#h;#u;#f;#a;#i;#d;#E;#b;#p;#R;#m;#C;#T;#g;#y;#x;#A;#e;#_;static unsafeExposeInternals(t){return{starts:t.#T,ttls:t.#g,autopurgeTimers:t.#y,sizes:t.#C,keyMap:t.#f,keyList:t.#a,valList:t.#i,next:t.#d,prev:t.#E,get head(){return t.#b},get tail(){return t.#p},free:t.#R,isBackgroundFetch:e=>t.#l(e),backgroundFetch:(e,s,i,r)=>t.#U(e,s,i,r),moveToTail:e=>t.#W(e),indexes:e=>t.#F(e),rindexes:e=>t.#D(e),isStale:e=>t.#v(e)}}get max(){return this.#t}get maxSize(){return this.#s}get calculatedSize(){return this.#u}get size(){return this.#h}get fetchMethod(){return this.#S}get memoMethod(){return this.#w}get dispose(){return this.#n}get onInsert(){return this.#r}get disposeAfter(){return this.#o}constructor(t){let{max:e=0,ttl:s,ttlResolution:i=1,ttlAutopurge:r,updateAgeOnGet:o,updateAgeOnHas:h,allowStale:a,dispose:l,onInsert:u,disposeAfter:c,noDisposeOnSet:d,noUpdateTTL:f,maxSize:m=0,maxEntrySize:p=0,sizeCalculation:w,fetchMethod:g,memoMethod:S,noDeleteOnFetchRejection:E,noDeleteOnStaleGet:y,allowStaleOnFetchRejection:b,allowStaleOnFetchAbort:z,ignoreFetchAbort:$,perf:J}=t;if(J!==void 0&&typeof J?.now!="function")throw new TypeError("perf option must have a now() method if specified");if(this.#c=J??si,e!==0&&!q(e))throw new TypeError("max option must be a nonnegative integer");let Z=e?De(e):Array;if(!Z)throw new Error("invalid max value: "+e);if(this.#t=e,this.#s=m,this.maxEntrySize=p||this.#s,this.sizeCalculation=w,this.sizeCalculation){if(!this.#s&&!this.maxEntrySize)throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");if(typeof this.sizeCalculation!="function")throw new TypeError("sizeCalculation set to non-function")}if(S!==void 0&&typeof S!="function")throw new TypeError("memoMethod must be a function if defined");if(this.#w=S,g!==void 0&&typeof g!="function")throw new TypeError("fetchMethod must be a function if specified");if(this.#S=g,this.#A=!!g,this.#f=new Map,this.#a=new Array(e).fill(void 0),this.#i=new Array(e).fill(void 0),this.#d=new Z(e),this.#E=new Z(e),this.#b=0,this.#p=0,this.#R=ri.create(e),this.#h=0,this.#u=0,typeof l=="function"&&(this.#n=l),typeof u=="function"&&(this.#r=u),typeof c=="function"?(this.#o=c,this.#m=[]):(this.#o=void 0,this.#m=void 0),this.#x=!!this.#n,this.#_=!!this.#r,this.#e=!!this.#o,this.noDisposeOnSet=!!d,this.noUpdateTTL=!!f,this.noDeleteOnFetchRejection=!!E,this.allowStaleOnFetchRejection=!!b,this.allowStaleOnFetchAbort=!!z,this.ignoreFetchAbort=!!$,this.maxEntrySize!==0){if(this.#s!==0&&!q(this.#s))throw new TypeError("maxSize must be a positive integer if specified");if(!q(this.maxEntrySize))throw new TypeError("maxEntrySize must be a positive integer if specified");this.#G()}if(this.allowStale=!!a,this.noDeleteOnStaleGet=!!y,this.updateAgeOnGet=!!o,this.updateAgeOnHas=!!h,this.ttlResolution=q(i)||i===0?i:1,this.ttlAutopurge=!!r,this.ttl=s||0,this.ttl){if(!q(this.ttl))throw new TypeError("ttl must be a positive integer if specified");this.#M()}if(this.#t===0&&this.ttl===0&&this.#s===0)throw new TypeError("At least one of max, maxSize, or ttl is required");if(!this.ttlAutopurge&&!this.#t&&!this.#s){let $t="LRU_CACHE_UNBOUNDED";ii($t)&&(Oe.add($t),Fe("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.","UnboundedCacheWarning",$t,Me))}}getRemainingTTL(t){return this.#f.has(t)?1/0:0}#M(){let t=new Tt(this.#t),e=new Tt(this.#t);this.#g=t,this.#T=e;let s=this.ttlAutopurge?new Array(this.#t):void 0;this.#y=s,this.#j=(o,h,a=this.#c.now())=>{if(e[o]=h!==0?a:0,t[o]=h,s?.[o]&&(clearTimeout(s[o]),s[o]=void 0),h!==0&&s){let l=setTimeout(()=>{this.#v(o)&&this.#O(this.#a[o],"expire")},h+1);l.unref&&l.unref(),s[o]=l}},this.#k=o=>{e[o]=t[o]!==0?this.#c.now():0},this.#N=(o,h)=>{if(t[h]){let a=t[h],l=e[h];if(!a||!l)return;o.ttl=a,o.start=l,o.now=i||r();let u=o.now-l;o.remainingTTL=a-u}};let i=0,r=()=>{let o=this.#c.now();if(this.ttlResolution>0){i=o;let h=setTimeout(()=>i=0,this.ttlResolution);h.unref&&h.unref()}return o};this.getRemainingTTL=o=>{let h=this.#f.get(o);if(h===void 0)return 0;let a=t[h],l=e[h];if(!a||!l)return 1/0;let u=(i||r())-l;return a-u},this.#v=o=>{let h=e[o],a=t[o];return!!a&&!!h&&(i||r())-h>a}}#k=()=>{};#N=()=>{};#j=()=>{};#v=()=>!1;#G(){let t=new Tt(this.#t);this.#u=0,this.#C=t,this.#P=e=>{this.#u-=t[e],t[e]=0},this.#I=(e,s,i,r)=>{if(this.#l(s))return 0;if(!q(i))if(r){if(typeof r!="function")throw new TypeError("sizeCalculation must be a function");if(i=r(s,e),!q(i))throw new TypeError("sizeCalculation return invalid (expect positive integer)")}else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.");return i},this.#L=(e,s,i)=>{if(t[e]=s,this.#s){let r=this.#s-t[e];for(;this.#u>r;)this.#B(!0)}this.#u+=t[e],i&&(i.entrySize=s,i.totalCalculatedSize=this.#u)}}#P=t=>{};#L=(t,e,s)=>{};#I=(t,e,s,i)=>{if(s||i)throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");return 0};*#F({allowStale:t=this.allowStale}={}){if(this.#h)for(let e=this.#p;!(!this.#z(e)||((t||!this.#v(e))&&(yield e),e===this.#b));)e=this.#E[e]}*#D({allowStale:t=this.allowStale}={}){if(this.#h)for(let e=this.#b;!(!this.#z(e)||((t||!this.#v(e))&&(yield e),e===this.#p));)e=this.#d[e]}#z(t){return t!==void 0&&this.#f.get(this.#a[t])===t}*entries(){for(let t of this.#F())this.#i[t]!==void 0&&this.#a[t]!==void 0&&!this.#l(this.#i[t])&&(yield[this.#a[t],this.#i[t]])}*rentries(){for(let t of this.#D())this.#i[t]!==void 0&&this.#a[t]!==void 0&&!this.#l(this.#i[t])&&(yield[this.#a[t],this.#i[t]])}*keys(){for(let t of this.#F()){let e=this.#a[t];e!==void 0&&!this.#l(this.#i[t])&&(yield e)}}*rkeys(){for(let t of this.#D()){let e=this.#a[t];e!==void 0&&!this.#l(this.#i[t])&&(yield e)}}*values(){for(let t of this.#F())this.#i[t]!==void 0&&!this.#l(this.#i[t])&&(yield this.#i[t])}*rvalues(){for(let t of this.#D())this.#i[t]!==void 0&&!this.#l(this.#i[t])&&(yield this.#i[t])}[Symbol.iterator](){return this.entries()}[Symbol.toStringTag]="LRUCache";find(t,e={}){for(let s of this.#F()){let i=this.#i[s],r=this.#l(i)?i.__staleWhileFetching:i;if(r!==void 0&&t(r,this.#a[s],this))return this.get(this.#a[s],e)}}forEach(t,e=this){for(let s of this.#F()){let i=this.#i[s],r=this.#l(i)?i.__staleWhileFetching:i;r!==void 0&&t.call(e,r,this.#a[s],this)}}rforEach(t,e=this){for(let s of this.#D()){let i=this.#i[s],r=this.#l(i)?i.__staleWhileFetching:i;r!==void 0&&t.call(e,r,this.#a[s],this)}}purgeStale(){let t=!1;for(let e of this.#D({allowStale:!0}))this.#v(e)&&(this.#O(this.#a[e],"expire"),t=!0);return t}info(t){let e=this.#f.get(t);if(e===void 0)return;let s=this.#i[e],i=this.#l(s)?s.__staleWhileFetching:s;if(i===void 0)return;let r={value:i};if(this.#g&&this.#T){let o=this.#g[e],h=this.#T[e];if(o&&h){let a=o-(this.#c.now()-h);r.ttl=a,r.start=Date.now()}}return this.#C&&(r.size=this.#C[e]),r}dump(){let t=[];for(let e of this.#F({allowStale:!0})){let s=this.#a[e],i=this.#i[e],r=this.#l(i)?i.__staleWhileFetching:i;if(r===void 0||s===void 0)continue;let o={value:r};if(this.#g&&this.#T){o.ttl=this.#g[e];let h=this.#c.now()-this.#T[e];o.start=Math.floor(Date.now()-h)}this.#C&&(o.size=this.#C[e]),t.unshift([s,o])}return t}load(t){this.clear();for(let[e,s]of t){if(s.start){let i=Date.now()-s.start;s.start=this.#c.now()-i}this.set(e,s.value,s)}}set(t,e,s={}){if(e===void 0)return this.delete(t),this;let{ttl:i=this.ttl,start:r,noDisposeOnSet:o=this.noDisposeOnSet,sizeCalculation:h=this.sizeCalculation,status:a}=s,{noUpdateTTL:l=this.noUpdateTTL}=s,u=this.#I(t,e,s.size||0,h);if(this.maxEntrySize&&u>this.maxEntrySize)return a&&(a.set="miss",a.maxEntrySizeExceeded=!0),this.#O(t,"set"),this;let c=this.#h===0?void 0:this.#f.get(t);if(c===void 0)c=this.#h===0?this.#p:this.#R.length!==0?this.#R.pop():this.#h===this.#t?this.#B(!1):this.#h,this.#a[c]=t,this.#i[c]=e,this.#f.set(t,c),this.#d[this.#p]=c,this.#E[c]=this.#p,this.#p=c,this.#h++,this.#L(c,u,a),a&&(a.set="add"),l=!1,this.#_&&this.#r?.(e,t,"add");else{this.#W(c);let d=this.#i[c];if(e!==d){if(this.#A&&this.#l(d)){d.__abortController.abort(new Error("replaced"));let{__staleWhileFetching:f}=d;f!==void 0&&!o&&(this.#x&&this.#n?.(f,t,"set"),this.#e&&this.#m?.push([f,t,"set"]))}else o||(this.#x&&this.#n?.(d,t,"set"),this.#e&&this.#m?.push([d,t,"set"]));if(this.#P(c),this.#L(c,u,a),this.#i[c]=e,a){a.set="replace";let f=d&&this.#l(d)?d.__staleWhileFetching:d;f!==void 0&&(a.oldValue=f)}}else a&&(a.set="update");this.#_&&this.onInsert?.(e,t,e===d?"update":"replace")}if(i!==0&&!this.#g&&this.#M(),this.#g&&(l||this.#j(c,i,r),a&&this.#N(a,c)),!o&&this.#e&&this.#m){let d=this.#m,f;for(;f=d?.shift();)this.#o?.(...f)}return this}pop(){try{for(;this.#h;){let t=this.#i[this.#b];if(this.#B(!0),this.#l(t)){if(t.__staleWhileFetching)return t.__staleWhileFetching}else if(t!==void 0)return t}}finally{if(this.#e&&this.#m){let t=this.#m,e;for(;e=t?.shift();)this.#o?.(...e)}}}#B(t){let e=this.#b,s=this.#a[e],i=this.#i[e];return this.#A&&this.#l(i)?i.__abortController.abort(new Error("evicted")):(this.#x||this.#e)&&(this.#x&&this.#n?.(i,s,"evict"),this.#e&&this.#m?.push([i,s,"evict"])),this.#P(e),this.#y?.[e]&&(clearTimeout(this.#y[e]),this.#y[e]=void 0),t&&(this.#a[e]=void 0,this.#i[e]=void 0,this.#R.push(e)),this.#h===1?(this.#b=this.#p=0,this.#R.length=0):this.#b=this.#d[e],this.#f.delete(s),this.#h--,e}has(t,e={}){let{updateAgeOnHas:s=this.updateAgeOnHas,status:i}=e,r=this.#f.get(t);if(r!==void 0){let o=this.#i[r];if(this.#l(o)&&o.__staleWhileFetching===void 0)return!1;if(this.#v(r))i&&(i.has="stale",this.#N(i,r));else return s&&this.#k(r),i&&(i.has="hit",this.#N(i,r)),!0}else i&&(i.has="miss");return!1}peek(t,e={}){let{allowStale:s=this.allowStale}=e,i=this.#f.get(t);if(i===void 0||!s&&this.#v(i))return;let r=this.#i[i];return this.#l(r)?r.__staleWhileFetching:r}#U(t,e,s,i){let r=e===void 0?void 0:this.#i[e];if(this.#l(r))return r;let o=new At,{signal:h}=s;h?.addEventListener("abort",()=>o.abort(h.reason),{signal:o.signal});let a={signal:o.signal,options:s,context:i},l=(p,w=!1)=>{let{aborted:g}=o.signal,S=s.ignoreFetchAbort&&p!==void 0,E=s.ignoreFetchAbort||!!(s.allowStaleOnFetchAbort&&p!==void 0);if(s.status&&(g&&!w?(s.status.fetchAborted=!0,s.status.fetchError=o.signal.reason,S&&(s.status.fetchAbortIgnored=!0)):s.status.fetchResolved=!0),g&&!S&&!w)return c(o.signal.reason,E);let y=f,b=this.#i[e];return(b===f||S&&w&&b===void 0)&&(p===void 0?y.__staleWhileFetching!==void 0?this.#i[e]=y.__staleWhileFetching:this.#O(t,"fetch"):(s.status&&(s.status.fetchUpdated=!0),this.set(t,p,a.options))),p},u=p=>(s.status&&(s.status.fetchRejected=!0,s.status.fetchError=p),c(p,!1)),c=(p,w)=>{let{aborted:g}=o.signal,S=g&&s.allowStaleOnFetchAbort,E=S||s.allowStaleOnFetchRejection,y=E||s.noDeleteOnFetchRejection,b=f;if(this.#i[e]===f&&(!y||!w&&b.__staleWhileFetching===void 0?this.#O(t,"fetch"):S||(this.#i[e]=b.__staleWhileFetching)),E)return s.status&&b.__staleWhileFetching!==void 0&&(s.status.returnedStale=!0),b.__staleWhileFetching;if(b.__returned===b)throw p},d=(p,w)=>{let g=this.#S?.(t,r,a);g&&g instanceof Promise&&g.then(S=>p(S===void 0?void 0:S),w),o.signal.addEventListener("abort",()=>{(!s.ignoreFetchAbort||s.allowStaleOnFetchAbort)&&(p(void 0),s.allowStaleOnFetchAbort&&(p=S=>l(S,!0)))})};s.status&&(s.status.fetchDispatched=!0);let f=new Promise(d).then(l,u),m=Object.assign(f,{__abortController:o,__staleWhileFetching:r,__returned:void 0});return e===void 0?(this.set(t,m,{...a.options,status:void 0}),e=this.#f.get(t)):this.#i[e]=m,m}#l(t){if(!this.#A)return!1;let e=t;return!!e&&e instanceof Promise&&e.hasOwnProperty("__staleWhileFetching")&&e.__abortController instanceof At}async fetch(t,e={}){let{allowStale:s=this.allowStale,updateAgeOnGet:i=this.updateAgeOnGet,noDeleteOnStaleGet:r=this.noDeleteOnStaleGet,ttl:o=this.ttl,noDisposeOnSet:h=this.noDisposeOnSet,size:a=0,sizeCalculation:l=this.sizeCalculation,noUpdateTTL:u=this.noUpdateTTL,noDeleteOnFetchRejection:c=this.noDeleteOnFetchRejection,allowStaleOnFetchRejection:d=this.allowStaleOnFetchRejection,ignoreFetchAbort:f=this.ignoreFetchAbort,allowStaleOnFetchAbort:m=this.allowStaleOnFetchAbort,context:p,forceRefresh:w=!1,status:g,signal:S}=e;if(!this.#A)return g&&(g.fetch="get"),this.get(t,{allowStale:s,updateAgeOnGet:i,noDeleteOnStaleGet:r,status:g});let E={allowStale:s,updateAgeOnGet:i,noDeleteOnStaleGet:r,ttl:o,noDisposeOnSet:h,size:a,sizeCalculation:l,noUpdateTTL:u,noDeleteOnFetchRejection:c,allowStaleOnFetchRejection:d,allowStaleOnFetchAbort:m,ignoreFetchAbort:f,status:g,signal:S},y=this.#f.get(t);if(y===void 0){g&&(g.fetch="miss");let b=this.#U(t,y,E,p);return b.__returned=b}else{let b=this.#i[y];if(this.#l(b)){let Z=s&&b.__staleWhileFetching!==void 0;return g&&(g.fetch="inflight",Z&&(g.returnedStale=!0)),Z?b.__staleWhileFetching:b.__returned=b}let z=this.#v(y);if(!w&&!z)return g&&(g.fetch="hit"),this.#W(y),i&&this.#k(y),g&&this.#N(g,y),b;let $=this.#U(t,y,E,p),J=$.__staleWhileFetching!==void 0&&s;return g&&(g.fetch=z?"stale":"refresh",J&&z&&(g.returnedStale=!0)),J?$.__staleWhileFetching:$.__returned=$}}async forceFetch(t,e={}){let s=await this.fetch(t,e);if(s===void 0)throw new Error("fetch() returned undefined");return s}memo(t,e={}){let s=this.#w;if(!s)throw new Error("no memoMethod provided to constructor");let{context:i,forceRefresh:r,...o}=e,h=this.get(t,o);if(!r&&h!==void 0)return h;let a=s(t,h,{options:o,context:i});return this.set(t,a,o),a}get(t,e={}){let{allowStale:s=this.allowStale,updateAgeOnGet:i=this.updateAgeOnGet,noDeleteOnStaleGet:r=this.noDeleteOnStaleGet,status:o}=e,h=this.#f.get(t);if(h!==void 0){let a=this.#i[h],l=this.#l(a);return o&&this.#N(o,h),this.#v(h)?(o&&(o.get="stale"),l?(o&&s&&a.__staleWhileFetching!==void 0&&(o.returnedStale=!0),s?a.__staleWhileFetching:void 0):(r||this.#O(t,"expire"),o&&s&&(o.returnedStale=!0),s?a:void 0)):(o&&(o.get="hit"),l?a.__staleWhileFetching:(this.#W(h),i&&this.#k(h),a))}else o&&(o.get="miss")}#$(t,e){this.#E[e]=t,this.#d[t]=e}#W(t){t!==this.#p&&(t===this.#b?this.#b=this.#d[t]:this.#$(this.#E[t],this.#d[t]),this.#$(this.#p,t),this.#p=t)}delete(t){return this.#O(t,"delete")}#O(t,e){let s=!1;if(this.#h!==0){let i=this.#f.get(t);if(i!==void 0)if(this.#y?.[i]&&(clearTimeout(this.#y?.[i]),this.#y[i]=void 0),s=!0,this.#h===1)this.#H(e);else{this.#P(i);let r=this.#i[i];if(this.#l(r)?r.__abortController.abort(new Error("deleted")):(this.#x||this.#e)&&(this.#x&&this.#n?.(r,t,e),this.#e&&this.#m?.push([r,t,e])),this.#f.delete(t),this.#a[i]=void 0,this.#i[i]=void 0,i===this.#p)this.#p=this.#E[i];else if(i===this.#b)this.#b=this.#d[i];else{let o=this.#E[i];this.#d[o]=this.#d[i];let h=this.#d[i];this.#E[h]=this.#E[i]}this.#h--,this.#R.push(i)}}if(this.#e&&this.#m?.length){let i=this.#m,r;for(;r=i?.shift();)this.#o?.(...r)}return s}clear(){return this.#H("delete")}#H(t){for(let e of this.#D({allowStale:!0})){let s=this.#i[e];if(this.#l(s))s.__abortController.abort(new Error("deleted"));else{let i=this.#a[e];this.#x&&this.#n?.(s,i,t),this.#e&&this.#m?.push([s,i,t])}}if(this.#f.clear(),this.#i.fill(void 0),this.#a.fill(void 0),this.#g&&this.#T){this.#g.fill(0),this.#T.fill(0);for(let e of this.#y??[])e!==void 0&&clearTimeout(e);this.#y?.fill(void 0)}if(this.#C&&this.#C.fill(0),this.#b=0,this.#p=0,this.#R.length=0,this.#u=0,this.#h=0,this.#e&&this.#m){let e=this.#m,s;for(;s=e?.shift();)this.#o?.(...s)}}};var Ne=typeof process=="object"&&process?process:{stdout:null,stderr:null},oi=n=>!!n&&typeof n=="object"&&(n instanceof V||n instanceof external_node_stream_||hi(n)||ai(n)),hi=n=>!!n&&typeof n=="object"&&n instanceof external_node_events_.EventEmitter&&typeof n.pipe=="function"&&n.pipe!==external_node_stream_.Writable.prototype.pipe,ai=n=>!!n&&typeof n=="object"&&n instanceof external_node_events_.EventEmitter&&typeof n.write=="function"&&typeof n.end=="function",G=Symbol("EOF"),H=Symbol("maybeEmitEnd"),K=Symbol("emittedEnd"),kt=Symbol("emittingEnd"),ut=Symbol("emittedError"),Rt=Symbol("closed"),_e=Symbol("read"),Ot=Symbol("flush"),Le=Symbol("flushChunk"),P=Symbol("encoding"),et=Symbol("decoder"),v=Symbol("flowing"),dt=Symbol("paused"),st=Symbol("resume"),C=Symbol("buffer"),F=Symbol("pipes"),T=Symbol("bufferLength"),Yt=Symbol("bufferPush"),Ft=Symbol("bufferShift"),k=Symbol("objectMode"),x=Symbol("destroyed"),Xt=Symbol("error"),Jt=Symbol("emitData"),We=Symbol("emitEnd"),Zt=Symbol("emitEnd2"),B=Symbol("async"),Qt=Symbol("abort"),Dt=Symbol("aborted"),pt=Symbol("signal"),Y=Symbol("dataListeners"),M=Symbol("discarded"),mt=n=>Promise.resolve().then(n),li=n=>n(),ci=n=>n==="end"||n==="finish"||n==="prefinish",fi=n=>n instanceof ArrayBuffer||!!n&&typeof n=="object"&&n.constructor&&n.constructor.name==="ArrayBuffer"&&n.byteLength>=0,ui=n=>!Buffer.isBuffer(n)&&ArrayBuffer.isView(n),Mt=class{src;dest;opts;ondrain;constructor(t,e,s){this.src=t,this.dest=e,this.opts=s,this.ondrain=()=>t[st](),this.dest.on("drain",this.ondrain)}unpipe(){this.dest.removeListener("drain",this.ondrain)}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end()}},te=class extends Mt{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe()}constructor(t,e,s){super(t,e,s),this.proxyErrors=i=>this.dest.emit("error",i),t.on("error",this.proxyErrors)}},di=n=>!!n.objectMode,pi=n=>!n.objectMode&&!!n.encoding&&n.encoding!=="buffer",V=class extends external_node_events_.EventEmitter{[v]=!1;[dt]=!1;[F]=[];[C]=[];[k];[P];[B];[et];[G]=!1;[K]=!1;[kt]=!1;[Rt]=!1;[ut]=null;[T]=0;[x]=!1;[pt];[Dt]=!1;[Y]=0;[M]=!1;writable=!0;readable=!0;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");di(e)?(this[k]=!0,this[P]=null):pi(e)?(this[P]=e.encoding,this[k]=!1):(this[k]=!1,this[P]=null),this[B]=!!e.async,this[et]=this[P]?new external_node_string_decoder_.StringDecoder(this[P]):null,e&&e.debugExposeBuffer===!0&&Object.defineProperty(this,"buffer",{get:()=>this[C]}),e&&e.debugExposePipes===!0&&Object.defineProperty(this,"pipes",{get:()=>this[F]});let{signal:s}=e;s&&(this[pt]=s,s.aborted?this[Qt]():s.addEventListener("abort",()=>this[Qt]()))}get bufferLength(){return this[T]}get encoding(){return this[P]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[k]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[B]}set async(t){this[B]=this[B]||!!t}[Qt](){this[Dt]=!0,this.emit("abort",this[pt]?.reason),this.destroy(this[pt]?.reason)}get aborted(){return this[Dt]}set aborted(t){}write(t,e,s){if(this[Dt])return!1;if(this[G])throw new Error("write after end");if(this[x])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),!0;typeof e=="function"&&(s=e,e="utf8"),e||(e="utf8");let i=this[B]?mt:li;if(!this[k]&&!Buffer.isBuffer(t)){if(ui(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(fi(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[k]?(this[v]&&this[T]!==0&&this[Ot](!0),this[v]?this.emit("data",t):this[Yt](t),this[T]!==0&&this.emit("readable"),s&&i(s),this[v]):t.length?(typeof t=="string"&&!(e===this[P]&&!this[et]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[P]&&(t=this[et].write(t)),this[v]&&this[T]!==0&&this[Ot](!0),this[v]?this.emit("data",t):this[Yt](t),this[T]!==0&&this.emit("readable"),s&&i(s),this[v]):(this[T]!==0&&this.emit("readable"),s&&i(s),this[v])}read(t){if(this[x])return null;if(this[M]=!1,this[T]===0||t===0||t&&t>this[T])return this[H](),null;this[k]&&(t=null),this[C].length>1&&!this[k]&&(this[C]=[this[P]?this[C].join(""):Buffer.concat(this[C],this[T])]);let e=this[_e](t||null,this[C][0]);return this[H](),e}[_e](t,e){if(this[k])this[Ft]();else{let s=e;t===s.length||t===null?this[Ft]():typeof s=="string"?(this[C][0]=s.slice(t),e=s.slice(0,t),this[T]-=t):(this[C][0]=s.subarray(t),e=s.subarray(0,t),this[T]-=t)}return this.emit("data",e),!this[C].length&&!this[G]&&this.emit("drain"),e}end(t,e,s){return typeof t=="function"&&(s=t,t=void 0),typeof e=="function"&&(s=e,e="utf8"),t!==void 0&&this.write(t,e),s&&this.once("end",s),this[G]=!0,this.writable=!1,(this[v]||!this[dt])&&this[H](),this}[st](){this[x]||(!this[Y]&&!this[F].length&&(this[M]=!0),this[dt]=!1,this[v]=!0,this.emit("resume"),this[C].length?this[Ot]():this[G]?this[H]():this.emit("drain"))}resume(){return this[st]()}pause(){this[v]=!1,this[dt]=!0,this[M]=!1}get destroyed(){return this[x]}get flowing(){return this[v]}get paused(){return this[dt]}[Yt](t){this[k]?this[T]+=1:this[T]+=t.length,this[C].push(t)}[Ft](){return this[k]?this[T]-=1:this[T]-=this[C][0].length,this[C].shift()}[Ot](t=!1){do;while(this[Le](this[Ft]())&&this[C].length);!t&&!this[C].length&&!this[G]&&this.emit("drain")}[Le](t){return this.emit("data",t),this[v]}pipe(t,e){if(this[x])return t;this[M]=!1;let s=this[K];return e=e||{},t===Ne.stdout||t===Ne.stderr?e.end=!1:e.end=e.end!==!1,e.proxyErrors=!!e.proxyErrors,s?e.end&&t.end():(this[F].push(e.proxyErrors?new te(this,t,e):new Mt(this,t,e)),this[B]?mt(()=>this[st]()):this[st]()),t}unpipe(t){let e=this[F].find(s=>s.dest===t);e&&(this[F].length===1?(this[v]&&this[Y]===0&&(this[v]=!1),this[F]=[]):this[F].splice(this[F].indexOf(e),1),e.unpipe())}addListener(t,e){return this.on(t,e)}on(t,e){let s=super.on(t,e);if(t==="data")this[M]=!1,this[Y]++,!this[F].length&&!this[v]&&this[st]();else if(t==="readable"&&this[T]!==0)super.emit("readable");else if(ci(t)&&this[K])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[ut]){let i=e;this[B]?mt(()=>i.call(this,this[ut])):i.call(this,this[ut])}return s}removeListener(t,e){return this.off(t,e)}off(t,e){let s=super.off(t,e);return t==="data"&&(this[Y]=this.listeners("data").length,this[Y]===0&&!this[M]&&!this[F].length&&(this[v]=!1)),s}removeAllListeners(t){let e=super.removeAllListeners(t);return(t==="data"||t===void 0)&&(this[Y]=0,!this[M]&&!this[F].length&&(this[v]=!1)),e}get emittedEnd(){return this[K]}[H](){!this[kt]&&!this[K]&&!this[x]&&this[C].length===0&&this[G]&&(this[kt]=!0,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[Rt]&&this.emit("close"),this[kt]=!1)}emit(t,...e){let s=e[0];if(t!=="error"&&t!=="close"&&t!==x&&this[x])return!1;if(t==="data")return!this[k]&&!s?!1:this[B]?(mt(()=>this[Jt](s)),!0):this[Jt](s);if(t==="end")return this[We]();if(t==="close"){if(this[Rt]=!0,!this[K]&&!this[x])return!1;let r=super.emit("close");return this.removeAllListeners("close"),r}else if(t==="error"){this[ut]=s,super.emit(Xt,s);let r=!this[pt]||this.listeners("error").length?super.emit("error",s):!1;return this[H](),r}else if(t==="resume"){let r=super.emit("resume");return this[H](),r}else if(t==="finish"||t==="prefinish"){let r=super.emit(t);return this.removeAllListeners(t),r}let i=super.emit(t,...e);return this[H](),i}[Jt](t){for(let s of this[F])s.dest.write(t)===!1&&this.pause();let e=this[M]?!1:super.emit("data",t);return this[H](),e}[We](){return this[K]?!1:(this[K]=!0,this.readable=!1,this[B]?(mt(()=>this[Zt]()),!0):this[Zt]())}[Zt](){if(this[et]){let e=this[et].end();if(e){for(let s of this[F])s.dest.write(e);this[M]||super.emit("data",e)}}for(let e of this[F])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[k]||(t.dataLength=0);let e=this.promise();return this.on("data",s=>{t.push(s),this[k]||(t.dataLength+=s.length)}),await e,t}async concat(){if(this[k])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[P]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(x,()=>e(new Error("stream destroyed"))),this.on("error",s=>e(s)),this.on("end",()=>t())})}[Symbol.asyncIterator](){this[M]=!1;let t=!1,e=async()=>(this.pause(),t=!0,{value:void 0,done:!0});return{next:()=>{if(t)return e();let i=this.read();if(i!==null)return Promise.resolve({done:!1,value:i});if(this[G])return e();let r,o,h=c=>{this.off("data",a),this.off("end",l),this.off(x,u),e(),o(c)},a=c=>{this.off("error",h),this.off("end",l),this.off(x,u),this.pause(),r({value:c,done:!!this[G]})},l=()=>{this.off("error",h),this.off("data",a),this.off(x,u),e(),r({done:!0,value:void 0})},u=()=>h(new Error("stream destroyed"));return new Promise((c,d)=>{o=d,r=c,this.once(x,u),this.once("error",h),this.once("end",l),this.once("data",a)})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[M]=!1;let t=!1,e=()=>(this.pause(),this.off(Xt,e),this.off(x,e),this.off("end",e),t=!0,{done:!0,value:void 0}),s=()=>{if(t)return e();let i=this.read();return i===null?e():{done:!1,value:i}};return this.once("end",e),this.once(Xt,e),this.once(x,e),{next:s,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[x])return t?this.emit("error",t):this.emit(x),this;this[x]=!0,this[M]=!0,this[C].length=0,this[T]=0;let e=this;return typeof e.close=="function"&&!this[Rt]&&e.close(),t?this.emit("error",t):this.emit(x),this}static get isStream(){return oi}};var vi=external_fs_.realpathSync.native,wt={lstatSync:external_fs_.lstatSync,readdir:external_fs_.readdir,readdirSync:external_fs_.readdirSync,readlinkSync:external_fs_.readlinkSync,realpathSync:vi,promises:{lstat:promises_.lstat,readdir:promises_.readdir,readlink:promises_.readlink,realpath:promises_.realpath}},Ue=n=>!n||n===wt||n===external_node_fs_namespaceObject?wt:{...wt,...n,promises:{...wt.promises,...n.promises||{}}},$e=/^\\\\\?\\([a-z]:)\\?$/i,Ri=n=>n.replace(/\//g,"\\").replace($e,"$1\\"),Oi=/[\\\/]/,L=0,Ge=1,He=2,U=4,qe=6,Ke=8,X=10,Ve=12,_=15,gt=~_,se=16,je=32,yt=64,j=128,Nt=256,Lt=512,Ie=yt|j|Lt,Fi=1023,ie=n=>n.isFile()?Ke:n.isDirectory()?U:n.isSymbolicLink()?X:n.isCharacterDevice()?He:n.isBlockDevice()?qe:n.isSocket()?Ve:n.isFIFO()?Ge:L,ze=new ft({max:2**12}),bt=n=>{let t=ze.get(n);if(t)return t;let e=n.normalize("NFKD");return ze.set(n,e),e},Be=new ft({max:2**12}),_t=n=>{let t=Be.get(n);if(t)return t;let e=bt(n.toLowerCase());return Be.set(n,e),e},Wt=class extends ft{constructor(){super({max:256})}},ne=class extends ft{constructor(t=16*1024){super({maxSize:t,sizeCalculation:e=>e.length+1})}},Ye=Symbol("PathScurry setAsCwd"),R=class{name;root;roots;parent;nocase;isCWD=!1;#t;#s;get dev(){return this.#s}#n;get mode(){return this.#n}#r;get nlink(){return this.#r}#o;get uid(){return this.#o}#S;get gid(){return this.#S}#w;get rdev(){return this.#w}#c;get blksize(){return this.#c}#h;get ino(){return this.#h}#u;get size(){return this.#u}#f;get blocks(){return this.#f}#a;get atimeMs(){return this.#a}#i;get mtimeMs(){return this.#i}#d;get ctimeMs(){return this.#d}#E;get birthtimeMs(){return this.#E}#b;get atime(){return this.#b}#p;get mtime(){return this.#p}#R;get ctime(){return this.#R}#m;get birthtime(){return this.#m}#C;#T;#g;#y;#x;#A;#e;#_;#M;#k;get parentPath(){return(this.parent||this).fullpath()}get path(){return this.parentPath}constructor(t,e=L,s,i,r,o,h){this.name=t,this.#C=r?_t(t):bt(t),this.#e=e&Fi,this.nocase=r,this.roots=i,this.root=s||this,this.#_=o,this.#g=h.fullpath,this.#x=h.relative,this.#A=h.relativePosix,this.parent=h.parent,this.parent?this.#t=this.parent.#t:this.#t=Ue(h.fs)}depth(){return this.#T!==void 0?this.#T:this.parent?this.#T=this.parent.depth()+1:this.#T=0}childrenCache(){return this.#_}resolve(t){if(!t)return this;let e=this.getRootString(t),i=t.substring(e.length).split(this.splitSep);return e?this.getRoot(e).#N(i):this.#N(i)}#N(t){let e=this;for(let s of t)e=e.child(s);return e}children(){let t=this.#_.get(this);if(t)return t;let e=Object.assign([],{provisional:0});return this.#_.set(this,e),this.#e&=~se,e}child(t,e){if(t===""||t===".")return this;if(t==="..")return this.parent||this;let s=this.children(),i=this.nocase?_t(t):bt(t);for(let a of s)if(a.#C===i)return a;let r=this.parent?this.sep:"",o=this.#g?this.#g+r+t:void 0,h=this.newChild(t,L,{...e,parent:this,fullpath:o});return this.canReaddir()||(h.#e|=j),s.push(h),h}relative(){if(this.isCWD)return"";if(this.#x!==void 0)return this.#x;let t=this.name,e=this.parent;if(!e)return this.#x=this.name;let s=e.relative();return s+(!s||!e.parent?"":this.sep)+t}relativePosix(){if(this.sep==="/")return this.relative();if(this.isCWD)return"";if(this.#A!==void 0)return this.#A;let t=this.name,e=this.parent;if(!e)return this.#A=this.fullpathPosix();let s=e.relativePosix();return s+(!s||!e.parent?"":"/")+t}fullpath(){if(this.#g!==void 0)return this.#g;let t=this.name,e=this.parent;if(!e)return this.#g=this.name;let i=e.fullpath()+(e.parent?this.sep:"")+t;return this.#g=i}fullpathPosix(){if(this.#y!==void 0)return this.#y;if(this.sep==="/")return this.#y=this.fullpath();if(!this.parent){let i=this.fullpath().replace(/\\/g,"/");return/^[a-z]:\//i.test(i)?this.#y=`//?/${i}`:this.#y=i}let t=this.parent,e=t.fullpathPosix(),s=e+(!e||!t.parent?"":"/")+this.name;return this.#y=s}isUnknown(){return(this.#e&_)===L}isType(t){return this[`is${t}`]()}getType(){return this.isUnknown()?"Unknown":this.isDirectory()?"Directory":this.isFile()?"File":this.isSymbolicLink()?"SymbolicLink":this.isFIFO()?"FIFO":this.isCharacterDevice()?"CharacterDevice":this.isBlockDevice()?"BlockDevice":this.isSocket()?"Socket":"Unknown"}isFile(){return(this.#e&_)===Ke}isDirectory(){return(this.#e&_)===U}isCharacterDevice(){return(this.#e&_)===He}isBlockDevice(){return(this.#e&_)===qe}isFIFO(){return(this.#e&_)===Ge}isSocket(){return(this.#e&_)===Ve}isSymbolicLink(){return(this.#e&X)===X}lstatCached(){return this.#e&je?this:void 0}readlinkCached(){return this.#M}realpathCached(){return this.#k}readdirCached(){let t=this.children();return t.slice(0,t.provisional)}canReadlink(){if(this.#M)return!0;if(!this.parent)return!1;let t=this.#e&_;return!(t!==L&&t!==X||this.#e&Nt||this.#e&j)}calledReaddir(){return!!(this.#e&se)}isENOENT(){return!!(this.#e&j)}isNamed(t){return this.nocase?this.#C===_t(t):this.#C===bt(t)}async readlink(){let t=this.#M;if(t)return t;if(this.canReadlink()&&this.parent)try{let e=await this.#t.promises.readlink(this.fullpath()),s=(await this.parent.realpath())?.resolve(e);if(s)return this.#M=s}catch(e){this.#D(e.code);return}}readlinkSync(){let t=this.#M;if(t)return t;if(this.canReadlink()&&this.parent)try{let e=this.#t.readlinkSync(this.fullpath()),s=this.parent.realpathSync()?.resolve(e);if(s)return this.#M=s}catch(e){this.#D(e.code);return}}#j(t){this.#e|=se;for(let e=t.provisional;e<t.length;e++){let s=t[e];s&&s.#v()}}#v(){this.#e&j||(this.#e=(this.#e|j)&gt,this.#G())}#G(){let t=this.children();t.provisional=0;for(let e of t)e.#v()}#P(){this.#e|=Lt,this.#L()}#L(){if(this.#e&yt)return;let t=this.#e;(t&_)===U&&(t&=gt),this.#e=t|yt,this.#G()}#I(t=""){t==="ENOTDIR"||t==="EPERM"?this.#L():t==="ENOENT"?this.#v():this.children().provisional=0}#F(t=""){t==="ENOTDIR"?this.parent.#L():t==="ENOENT"&&this.#v()}#D(t=""){let e=this.#e;e|=Nt,t==="ENOENT"&&(e|=j),(t==="EINVAL"||t==="UNKNOWN")&&(e&=gt),this.#e=e,t==="ENOTDIR"&&this.parent&&this.parent.#L()}#z(t,e){return this.#U(t,e)||this.#B(t,e)}#B(t,e){let s=ie(t),i=this.newChild(t.name,s,{parent:this}),r=i.#e&_;return r!==U&&r!==X&&r!==L&&(i.#e|=yt),e.unshift(i),e.provisional++,i}#U(t,e){for(let s=e.provisional;s<e.length;s++){let i=e[s];if((this.nocase?_t(t.name):bt(t.name))===i.#C)return this.#l(t,i,s,e)}}#l(t,e,s,i){let r=e.name;return e.#e=e.#e&gt|ie(t),r!==t.name&&(e.name=t.name),s!==i.provisional&&(s===i.length-1?i.pop():i.splice(s,1),i.unshift(e)),i.provisional++,e}async lstat(){if((this.#e&j)===0)try{return this.#$(await this.#t.promises.lstat(this.fullpath())),this}catch(t){this.#F(t.code)}}lstatSync(){if((this.#e&j)===0)try{return this.#$(this.#t.lstatSync(this.fullpath())),this}catch(t){this.#F(t.code)}}#$(t){let{atime:e,atimeMs:s,birthtime:i,birthtimeMs:r,blksize:o,blocks:h,ctime:a,ctimeMs:l,dev:u,gid:c,ino:d,mode:f,mtime:m,mtimeMs:p,nlink:w,rdev:g,size:S,uid:E}=t;this.#b=e,this.#a=s,this.#m=i,this.#E=r,this.#c=o,this.#f=h,this.#R=a,this.#d=l,this.#s=u,this.#S=c,this.#h=d,this.#n=f,this.#p=m,this.#i=p,this.#r=w,this.#w=g,this.#u=S,this.#o=E;let y=ie(t);this.#e=this.#e&gt|y|je,y!==L&&y!==U&&y!==X&&(this.#e|=yt)}#W=[];#O=!1;#H(t){this.#O=!1;let e=this.#W.slice();this.#W.length=0,e.forEach(s=>s(null,t))}readdirCB(t,e=!1){if(!this.canReaddir()){e?t(null,[]):queueMicrotask(()=>t(null,[]));return}let s=this.children();if(this.calledReaddir()){let r=s.slice(0,s.provisional);e?t(null,r):queueMicrotask(()=>t(null,r));return}if(this.#W.push(t),this.#O)return;this.#O=!0;let i=this.fullpath();this.#t.readdir(i,{withFileTypes:!0},(r,o)=>{if(r)this.#I(r.code),s.provisional=0;else{for(let h of o)this.#z(h,s);this.#j(s)}this.#H(s.slice(0,s.provisional))})}#q;async readdir(){if(!this.canReaddir())return[];let t=this.children();if(this.calledReaddir())return t.slice(0,t.provisional);let e=this.fullpath();if(this.#q)await this.#q;else{let s=()=>{};this.#q=new Promise(i=>s=i);try{for(let i of await this.#t.promises.readdir(e,{withFileTypes:!0}))this.#z(i,t);this.#j(t)}catch(i){this.#I(i.code),t.provisional=0}this.#q=void 0,s()}return t.slice(0,t.provisional)}readdirSync(){if(!this.canReaddir())return[];let t=this.children();if(this.calledReaddir())return t.slice(0,t.provisional);let e=this.fullpath();try{for(let s of this.#t.readdirSync(e,{withFileTypes:!0}))this.#z(s,t);this.#j(t)}catch(s){this.#I(s.code),t.provisional=0}return t.slice(0,t.provisional)}canReaddir(){if(this.#e&Ie)return!1;let t=_&this.#e;return t===L||t===U||t===X}shouldWalk(t,e){return(this.#e&U)===U&&!(this.#e&Ie)&&!t.has(this)&&(!e||e(this))}async realpath(){if(this.#k)return this.#k;if(!((Lt|Nt|j)&this.#e))try{let t=await this.#t.promises.realpath(this.fullpath());return this.#k=this.resolve(t)}catch{this.#P()}}realpathSync(){if(this.#k)return this.#k;if(!((Lt|Nt|j)&this.#e))try{let t=this.#t.realpathSync(this.fullpath());return this.#k=this.resolve(t)}catch{this.#P()}}[Ye](t){if(t===this)return;t.isCWD=!1,this.isCWD=!0;let e=new Set([]),s=[],i=this;for(;i&&i.parent;)e.add(i),i.#x=s.join(this.sep),i.#A=s.join("/"),i=i.parent,s.push("..");for(i=t;i&&i.parent&&!e.has(i);)i.#x=void 0,i.#A=void 0,i=i.parent}},Pt=class n extends R{sep="\\";splitSep=Oi;constructor(t,e=L,s,i,r,o,h){super(t,e,s,i,r,o,h)}newChild(t,e=L,s={}){return new n(t,e,this.root,this.roots,this.nocase,this.childrenCache(),s)}getRootString(t){return external_node_path_.win32.parse(t).root}getRoot(t){if(t=Ri(t.toUpperCase()),t===this.root.name)return this.root;for(let[e,s]of Object.entries(this.roots))if(this.sameRoot(t,e))return this.roots[t]=s;return this.roots[t]=new it(t,this).root}sameRoot(t,e=this.root.name){return t=t.toUpperCase().replace(/\//g,"\\").replace($e,"$1\\"),t===e}},jt=class n extends R{splitSep="/";sep="/";constructor(t,e=L,s,i,r,o,h){super(t,e,s,i,r,o,h)}getRootString(t){return t.startsWith("/")?"/":""}getRoot(t){return this.root}newChild(t,e=L,s={}){return new n(t,e,this.root,this.roots,this.nocase,this.childrenCache(),s)}},It=class{root;rootPath;roots;cwd;#t;#s;#n;nocase;#r;constructor(t=process.cwd(),e,s,{nocase:i,childrenCacheSize:r=16*1024,fs:o=wt}={}){this.#r=Ue(o),(t instanceof URL||t.startsWith("file://"))&&(t=(0,external_node_url_.fileURLToPath)(t));let h=e.resolve(t);this.roots=Object.create(null),this.rootPath=this.parseRootPath(h),this.#t=new Wt,this.#s=new Wt,this.#n=new ne(r);let a=h.substring(this.rootPath.length).split(s);if(a.length===1&&!a[0]&&a.pop(),i===void 0)throw new TypeError("must provide nocase setting to PathScurryBase ctor");this.nocase=i,this.root=this.newRoot(this.#r),this.roots[this.rootPath]=this.root;let l=this.root,u=a.length-1,c=e.sep,d=this.rootPath,f=!1;for(let m of a){let p=u--;l=l.child(m,{relative:new Array(p).fill("..").join(c),relativePosix:new Array(p).fill("..").join("/"),fullpath:d+=(f?"":c)+m}),f=!0}this.cwd=l}depth(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.depth()}childrenCache(){return this.#n}resolve(...t){let e="";for(let r=t.length-1;r>=0;r--){let o=t[r];if(!(!o||o===".")&&(e=e?`${o}/${e}`:o,this.isAbsolute(o)))break}let s=this.#t.get(e);if(s!==void 0)return s;let i=this.cwd.resolve(e).fullpath();return this.#t.set(e,i),i}resolvePosix(...t){let e="";for(let r=t.length-1;r>=0;r--){let o=t[r];if(!(!o||o===".")&&(e=e?`${o}/${e}`:o,this.isAbsolute(o)))break}let s=this.#s.get(e);if(s!==void 0)return s;let i=this.cwd.resolve(e).fullpathPosix();return this.#s.set(e,i),i}relative(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.relative()}relativePosix(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.relativePosix()}basename(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.name}dirname(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),(t.parent||t).fullpath()}async readdir(t=this.cwd,e={withFileTypes:!0}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s}=e;if(t.canReaddir()){let i=await t.readdir();return s?i:i.map(r=>r.name)}else return[]}readdirSync(t=this.cwd,e={withFileTypes:!0}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0}=e;return t.canReaddir()?s?t.readdirSync():t.readdirSync().map(i=>i.name):[]}async lstat(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.lstat()}lstatSync(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.lstatSync()}async readlink(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t.withFileTypes,t=this.cwd);let s=await t.readlink();return e?s:s?.fullpath()}readlinkSync(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t.withFileTypes,t=this.cwd);let s=t.readlinkSync();return e?s:s?.fullpath()}async realpath(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t.withFileTypes,t=this.cwd);let s=await t.realpath();return e?s:s?.fullpath()}realpathSync(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t.withFileTypes,t=this.cwd);let s=t.realpathSync();return e?s:s?.fullpath()}async walk(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e,h=[];(!r||r(t))&&h.push(s?t:t.fullpath());let a=new Set,l=(c,d)=>{a.add(c),c.readdirCB((f,m)=>{if(f)return d(f);let p=m.length;if(!p)return d();let w=()=>{--p===0&&d()};for(let g of m)(!r||r(g))&&h.push(s?g:g.fullpath()),i&&g.isSymbolicLink()?g.realpath().then(S=>S?.isUnknown()?S.lstat():S).then(S=>S?.shouldWalk(a,o)?l(S,w):w()):g.shouldWalk(a,o)?l(g,w):w()},!0)},u=t;return new Promise((c,d)=>{l(u,f=>{if(f)return d(f);c(h)})})}walkSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e,h=[];(!r||r(t))&&h.push(s?t:t.fullpath());let a=new Set([t]);for(let l of a){let u=l.readdirSync();for(let c of u){(!r||r(c))&&h.push(s?c:c.fullpath());let d=c;if(c.isSymbolicLink()){if(!(i&&(d=c.realpathSync())))continue;d.isUnknown()&&d.lstatSync()}d.shouldWalk(a,o)&&a.add(d)}}return h}[Symbol.asyncIterator](){return this.iterate()}iterate(t=this.cwd,e={}){return typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd),this.stream(t,e)[Symbol.asyncIterator]()}[Symbol.iterator](){return this.iterateSync()}*iterateSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e;(!r||r(t))&&(yield s?t:t.fullpath());let h=new Set([t]);for(let a of h){let l=a.readdirSync();for(let u of l){(!r||r(u))&&(yield s?u:u.fullpath());let c=u;if(u.isSymbolicLink()){if(!(i&&(c=u.realpathSync())))continue;c.isUnknown()&&c.lstatSync()}c.shouldWalk(h,o)&&h.add(c)}}}stream(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e,h=new V({objectMode:!0});(!r||r(t))&&h.write(s?t:t.fullpath());let a=new Set,l=[t],u=0,c=()=>{let d=!1;for(;!d;){let f=l.shift();if(!f){u===0&&h.end();return}u++,a.add(f);let m=(w,g,S=!1)=>{if(w)return h.emit("error",w);if(i&&!S){let E=[];for(let y of g)y.isSymbolicLink()&&E.push(y.realpath().then(b=>b?.isUnknown()?b.lstat():b));if(E.length){Promise.all(E).then(()=>m(null,g,!0));return}}for(let E of g)E&&(!r||r(E))&&(h.write(s?E:E.fullpath())||(d=!0));u--;for(let E of g){let y=E.realpathCached()||E;y.shouldWalk(a,o)&&l.push(y)}d&&!h.flowing?h.once("drain",c):p||c()},p=!0;f.readdirCB(m,!0),p=!1}};return c(),h}streamSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof R||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:r,walkFilter:o}=e,h=new V({objectMode:!0}),a=new Set;(!r||r(t))&&h.write(s?t:t.fullpath());let l=[t],u=0,c=()=>{let d=!1;for(;!d;){let f=l.shift();if(!f){u===0&&h.end();return}u++,a.add(f);let m=f.readdirSync();for(let p of m)(!r||r(p))&&(h.write(s?p:p.fullpath())||(d=!0));u--;for(let p of m){let w=p;if(p.isSymbolicLink()){if(!(i&&(w=p.realpathSync())))continue;w.isUnknown()&&w.lstatSync()}w.shouldWalk(a,o)&&l.push(w)}}d&&!h.flowing&&h.once("drain",c)};return c(),h}chdir(t=this.cwd){let e=this.cwd;this.cwd=typeof t=="string"?this.cwd.resolve(t):t,this.cwd[Ye](e)}},it=class extends It{sep="\\";constructor(t=process.cwd(),e={}){let{nocase:s=!0}=e;super(t,external_node_path_.win32,"\\",{...e,nocase:s}),this.nocase=s;for(let i=this.cwd;i;i=i.parent)i.nocase=this.nocase}parseRootPath(t){return external_node_path_.win32.parse(t).root.toUpperCase()}newRoot(t){return new Pt(this.rootPath,U,void 0,this.roots,this.nocase,this.childrenCache(),{fs:t})}isAbsolute(t){return t.startsWith("/")||t.startsWith("\\")||/^[a-z]:(\/|\\)/i.test(t)}},rt=class extends It{sep="/";constructor(t=process.cwd(),e={}){let{nocase:s=!1}=e;super(t,external_node_path_.posix,"/",{...e,nocase:s}),this.nocase=s}parseRootPath(t){return"/"}newRoot(t){return new jt(this.rootPath,U,void 0,this.roots,this.nocase,this.childrenCache(),{fs:t})}isAbsolute(t){return t.startsWith("/")}},St=class extends rt{constructor(t=process.cwd(),e={}){let{nocase:s=!0}=e;super(t,{...e,nocase:s})}},Cr=process.platform==="win32"?Pt:jt,Xe=process.platform==="win32"?it:process.platform==="darwin"?St:rt;var Di=n=>n.length>=1,Mi=n=>n.length>=1,Ni=Symbol.for("nodejs.util.inspect.custom"),nt=class n{#t;#s;#n;length;#r;#o;#S;#w;#c;#h;#u=!0;constructor(t,e,s,i){if(!Di(t))throw new TypeError("empty pattern list");if(!Mi(e))throw new TypeError("empty glob list");if(e.length!==t.length)throw new TypeError("mismatched pattern list and glob list lengths");if(this.length=t.length,s<0||s>=this.length)throw new TypeError("index out of range");if(this.#t=t,this.#s=e,this.#n=s,this.#r=i,this.#n===0){if(this.isUNC()){let[r,o,h,a,...l]=this.#t,[u,c,d,f,...m]=this.#s;l[0]===""&&(l.shift(),m.shift());let p=[r,o,h,a,""].join("/"),w=[u,c,d,f,""].join("/");this.#t=[p,...l],this.#s=[w,...m],this.length=this.#t.length}else if(this.isDrive()||this.isAbsolute()){let[r,...o]=this.#t,[h,...a]=this.#s;o[0]===""&&(o.shift(),a.shift());let l=r+"/",u=h+"/";this.#t=[l,...o],this.#s=[u,...a],this.length=this.#t.length}}}[Ni](){return"Pattern <"+this.#s.slice(this.#n).join("/")+">"}pattern(){return this.#t[this.#n]}isString(){return typeof this.#t[this.#n]=="string"}isGlobstar(){return this.#t[this.#n]===A}isRegExp(){return this.#t[this.#n]instanceof RegExp}globString(){return this.#S=this.#S||(this.#n===0?this.isAbsolute()?this.#s[0]+this.#s.slice(1).join("/"):this.#s.join("/"):this.#s.slice(this.#n).join("/"))}hasMore(){return this.length>this.#n+1}rest(){return this.#o!==void 0?this.#o:this.hasMore()?(this.#o=new n(this.#t,this.#s,this.#n+1,this.#r),this.#o.#h=this.#h,this.#o.#c=this.#c,this.#o.#w=this.#w,this.#o):this.#o=null}isUNC(){let t=this.#t;return this.#c!==void 0?this.#c:this.#c=this.#r==="win32"&&this.#n===0&&t[0]===""&&t[1]===""&&typeof t[2]=="string"&&!!t[2]&&typeof t[3]=="string"&&!!t[3]}isDrive(){let t=this.#t;return this.#w!==void 0?this.#w:this.#w=this.#r==="win32"&&this.#n===0&&this.length>1&&typeof t[0]=="string"&&/^[a-z]:$/i.test(t[0])}isAbsolute(){let t=this.#t;return this.#h!==void 0?this.#h:this.#h=t[0]===""&&t.length>1||this.isDrive()||this.isUNC()}root(){let t=this.#t[0];return typeof t=="string"&&this.isAbsolute()&&this.#n===0?t:""}checkFollowGlobstar(){return!(this.#n===0||!this.isGlobstar()||!this.#u)}markFollowGlobstar(){return this.#n===0||!this.isGlobstar()||!this.#u?!1:(this.#u=!1,!0)}};var _i=typeof process=="object"&&process&&typeof process.platform=="string"?process.platform:"linux",ot=class{relative;relativeChildren;absolute;absoluteChildren;platform;mmopts;constructor(t,{nobrace:e,nocase:s,noext:i,noglobstar:r,platform:o=_i}){this.relative=[],this.absolute=[],this.relativeChildren=[],this.absoluteChildren=[],this.platform=o,this.mmopts={dot:!0,nobrace:e,nocase:s,noext:i,noglobstar:r,optimizationLevel:2,platform:o,nocomment:!0,nonegate:!0};for(let h of t)this.add(h)}add(t){let e=new D(t,this.mmopts);for(let s=0;s<e.set.length;s++){let i=e.set[s],r=e.globParts[s];if(!i||!r)throw new Error("invalid pattern object");for(;i[0]==="."&&r[0]===".";)i.shift(),r.shift();let o=new nt(i,r,0,this.platform),h=new D(o.globString(),this.mmopts),a=r[r.length-1]==="**",l=o.isAbsolute();l?this.absolute.push(h):this.relative.push(h),a&&(l?this.absoluteChildren.push(h):this.relativeChildren.push(h))}}ignored(t){let e=t.fullpath(),s=`${e}/`,i=t.relative()||".",r=`${i}/`;for(let o of this.relative)if(o.match(i)||o.match(r))return!0;for(let o of this.absolute)if(o.match(e)||o.match(s))return!0;return!1}childrenIgnored(t){let e=t.fullpath()+"/",s=(t.relative()||".")+"/";for(let i of this.relativeChildren)if(i.match(s))return!0;for(let i of this.absoluteChildren)if(i.match(e))return!0;return!1}};var oe=class n{store;constructor(t=new Map){this.store=t}copy(){return new n(new Map(this.store))}hasWalked(t,e){return this.store.get(t.fullpath())?.has(e.globString())}storeWalked(t,e){let s=t.fullpath(),i=this.store.get(s);i?i.add(e.globString()):this.store.set(s,new Set([e.globString()]))}},he=class{store=new Map;add(t,e,s){let i=(e?2:0)|(s?1:0),r=this.store.get(t);this.store.set(t,r===void 0?i:i&r)}entries(){return[...this.store.entries()].map(([t,e])=>[t,!!(e&2),!!(e&1)])}},ae=class{store=new Map;add(t,e){if(!t.canReaddir())return;let s=this.store.get(t);s?s.find(i=>i.globString()===e.globString())||s.push(e):this.store.set(t,[e])}get(t){let e=this.store.get(t);if(!e)throw new Error("attempting to walk unknown path");return e}entries(){return this.keys().map(t=>[t,this.store.get(t)])}keys(){return[...this.store.keys()].filter(t=>t.canReaddir())}},Et=class n{hasWalkedCache;matches=new he;subwalks=new ae;patterns;follow;dot;opts;constructor(t,e){this.opts=t,this.follow=!!t.follow,this.dot=!!t.dot,this.hasWalkedCache=e?e.copy():new oe}processPatterns(t,e){this.patterns=e;let s=e.map(i=>[t,i]);for(let[i,r]of s){this.hasWalkedCache.storeWalked(i,r);let o=r.root(),h=r.isAbsolute()&&this.opts.absolute!==!1;if(o){i=i.resolve(o==="/"&&this.opts.root!==void 0?this.opts.root:o);let c=r.rest();if(c)r=c;else{this.matches.add(i,!0,!1);continue}}if(i.isENOENT())continue;let a,l,u=!1;for(;typeof(a=r.pattern())=="string"&&(l=r.rest());)i=i.resolve(a),r=l,u=!0;if(a=r.pattern(),l=r.rest(),u){if(this.hasWalkedCache.hasWalked(i,r))continue;this.hasWalkedCache.storeWalked(i,r)}if(typeof a=="string"){let c=a===".."||a===""||a===".";this.matches.add(i.resolve(a),h,c);continue}else if(a===A){(!i.isSymbolicLink()||this.follow||r.checkFollowGlobstar())&&this.subwalks.add(i,r);let c=l?.pattern(),d=l?.rest();if(!l||(c===""||c===".")&&!d)this.matches.add(i,h,c===""||c===".");else if(c===".."){let f=i.parent||i;d?this.hasWalkedCache.hasWalked(f,d)||this.subwalks.add(f,d):this.matches.add(f,h,!0)}}else a instanceof RegExp&&this.subwalks.add(i,r)}return this}subwalkTargets(){return this.subwalks.keys()}child(){return new n(this.opts,this.hasWalkedCache)}filterEntries(t,e){let s=this.subwalks.get(t),i=this.child();for(let r of e)for(let o of s){let h=o.isAbsolute(),a=o.pattern(),l=o.rest();a===A?i.testGlobstar(r,o,l,h):a instanceof RegExp?i.testRegExp(r,a,l,h):i.testString(r,a,l,h)}return i}testGlobstar(t,e,s,i){if((this.dot||!t.name.startsWith("."))&&(e.hasMore()||this.matches.add(t,i,!1),t.canReaddir()&&(this.follow||!t.isSymbolicLink()?this.subwalks.add(t,e):t.isSymbolicLink()&&(s&&e.checkFollowGlobstar()?this.subwalks.add(t,s):e.markFollowGlobstar()&&this.subwalks.add(t,e)))),s){let r=s.pattern();if(typeof r=="string"&&r!==".."&&r!==""&&r!==".")this.testString(t,r,s.rest(),i);else if(r===".."){let o=t.parent||t;this.subwalks.add(o,s)}else r instanceof RegExp&&this.testRegExp(t,r,s.rest(),i)}}testRegExp(t,e,s,i){e.test(t.name)&&(s?this.subwalks.add(t,s):this.matches.add(t,i,!1))}testString(t,e,s,i){t.isNamed(e)&&(s?this.subwalks.add(t,s):this.matches.add(t,i,!1))}};var Li=(n,t)=>typeof n=="string"?new ot([n],t):Array.isArray(n)?new ot(n,t):n,zt=class{path;patterns;opts;seen=new Set;paused=!1;aborted=!1;#t=[];#s;#n;signal;maxDepth;includeChildMatches;constructor(t,e,s){if(this.patterns=t,this.path=e,this.opts=s,this.#n=!s.posix&&s.platform==="win32"?"\\":"/",this.includeChildMatches=s.includeChildMatches!==!1,(s.ignore||!this.includeChildMatches)&&(this.#s=Li(s.ignore??[],s),!this.includeChildMatches&&typeof this.#s.add!="function")){let i="cannot ignore child matches, ignore lacks add() method.";throw new Error(i)}this.maxDepth=s.maxDepth||1/0,s.signal&&(this.signal=s.signal,this.signal.addEventListener("abort",()=>{this.#t.length=0}))}#r(t){return this.seen.has(t)||!!this.#s?.ignored?.(t)}#o(t){return!!this.#s?.childrenIgnored?.(t)}pause(){this.paused=!0}resume(){if(this.signal?.aborted)return;this.paused=!1;let t;for(;!this.paused&&(t=this.#t.shift());)t()}onResume(t){this.paused?this.#t.push(t):t()}async matchCheck(t,e){if(e&&this.opts.nodir)return;let s;if(this.opts.realpath){if(s=t.realpathCached()||await t.realpath(),!s)return;t=s}let r=t.isUnknown()||this.opts.stat?await t.lstat():t;if(this.opts.follow&&this.opts.nodir&&r?.isSymbolicLink()){let o=await r.realpath();o&&(o.isUnknown()||this.opts.stat)&&await o.lstat()}return this.matchCheckTest(r,e)}matchCheckTest(t,e){return t&&(this.maxDepth===1/0||t.depth()<=this.maxDepth)&&(!e||t.canReaddir())&&(!this.opts.nodir||!t.isDirectory())&&(!this.opts.nodir||!this.opts.follow||!t.isSymbolicLink()||!t.realpathCached()?.isDirectory())&&!this.#r(t)?t:void 0}matchCheckSync(t,e){if(e&&this.opts.nodir)return;let s;if(this.opts.realpath){if(s=t.realpathCached()||t.realpathSync(),!s)return;t=s}let r=t.isUnknown()||this.opts.stat?t.lstatSync():t;if(this.opts.follow&&this.opts.nodir&&r?.isSymbolicLink()){let o=r.realpathSync();o&&(o?.isUnknown()||this.opts.stat)&&o.lstatSync()}return this.matchCheckTest(r,e)}matchFinish(t,e){if(this.#r(t))return;if(!this.includeChildMatches&&this.#s?.add){let r=`${t.relativePosix()}/**`;this.#s.add(r)}let s=this.opts.absolute===void 0?e:this.opts.absolute;this.seen.add(t);let i=this.opts.mark&&t.isDirectory()?this.#n:"";if(this.opts.withFileTypes)this.matchEmit(t);else if(s){let r=this.opts.posix?t.fullpathPosix():t.fullpath();this.matchEmit(r+i)}else{let r=this.opts.posix?t.relativePosix():t.relative(),o=this.opts.dotRelative&&!r.startsWith(".."+this.#n)?"."+this.#n:"";this.matchEmit(r?o+r+i:"."+i)}}async match(t,e,s){let i=await this.matchCheck(t,s);i&&this.matchFinish(i,e)}matchSync(t,e,s){let i=this.matchCheckSync(t,s);i&&this.matchFinish(i,e)}walkCB(t,e,s){if(this.signal?.aborted)return s();this.walkCB2(t,e,new Et(this.opts),s)}walkCB2(t,e,s,i){if(this.#o(t)||this.signal?.aborted)return i();if(this.paused){this.onResume(()=>this.walkCB2(t,e,s,i));return}s.processPatterns(t,e);let r=1,o=()=>{--r===0&&i()};for(let[h,a,l]of s.matches.entries())this.#r(h)||(r++,this.match(h,a,l).then(()=>o()));for(let h of s.subwalkTargets()){if(this.maxDepth!==1/0&&h.depth()>=this.maxDepth)continue;r++;let a=h.readdirCached();h.calledReaddir()?this.walkCB3(h,a,s,o):h.readdirCB((l,u)=>this.walkCB3(h,u,s,o),!0)}o()}walkCB3(t,e,s,i){s=s.filterEntries(t,e);let r=1,o=()=>{--r===0&&i()};for(let[h,a,l]of s.matches.entries())this.#r(h)||(r++,this.match(h,a,l).then(()=>o()));for(let[h,a]of s.subwalks.entries())r++,this.walkCB2(h,a,s.child(),o);o()}walkCBSync(t,e,s){if(this.signal?.aborted)return s();this.walkCB2Sync(t,e,new Et(this.opts),s)}walkCB2Sync(t,e,s,i){if(this.#o(t)||this.signal?.aborted)return i();if(this.paused){this.onResume(()=>this.walkCB2Sync(t,e,s,i));return}s.processPatterns(t,e);let r=1,o=()=>{--r===0&&i()};for(let[h,a,l]of s.matches.entries())this.#r(h)||this.matchSync(h,a,l);for(let h of s.subwalkTargets()){if(this.maxDepth!==1/0&&h.depth()>=this.maxDepth)continue;r++;let a=h.readdirSync();this.walkCB3Sync(h,a,s,o)}o()}walkCB3Sync(t,e,s,i){s=s.filterEntries(t,e);let r=1,o=()=>{--r===0&&i()};for(let[h,a,l]of s.matches.entries())this.#r(h)||this.matchSync(h,a,l);for(let[h,a]of s.subwalks.entries())r++,this.walkCB2Sync(h,a,s.child(),o);o()}},xt=class extends zt{matches=new Set;constructor(t,e,s){super(t,e,s)}matchEmit(t){this.matches.add(t)}async walk(){if(this.signal?.aborted)throw this.signal.reason;return this.path.isUnknown()&&await this.path.lstat(),await new Promise((t,e)=>{this.walkCB(this.path,this.patterns,()=>{this.signal?.aborted?e(this.signal.reason):t(this.matches)})}),this.matches}walkSync(){if(this.signal?.aborted)throw this.signal.reason;return this.path.isUnknown()&&this.path.lstatSync(),this.walkCBSync(this.path,this.patterns,()=>{if(this.signal?.aborted)throw this.signal.reason}),this.matches}},vt=class extends zt{results;constructor(t,e,s){super(t,e,s),this.results=new V({signal:this.signal,objectMode:!0}),this.results.on("drain",()=>this.resume()),this.results.on("resume",()=>this.resume())}matchEmit(t){this.results.write(t),this.results.flowing||this.pause()}stream(){let t=this.path;return t.isUnknown()?t.lstat().then(()=>{this.walkCB(t,this.patterns,()=>this.results.end())}):this.walkCB(t,this.patterns,()=>this.results.end()),this.results}streamSync(){return this.path.isUnknown()&&this.path.lstatSync(),this.walkCBSync(this.path,this.patterns,()=>this.results.end()),this.results}};var Pi=typeof process=="object"&&process&&typeof process.platform=="string"?process.platform:"linux",I=class{absolute;cwd;root;dot;dotRelative;follow;ignore;magicalBraces;mark;matchBase;maxDepth;nobrace;nocase;nodir;noext;noglobstar;pattern;platform;realpath;scurry;stat;signal;windowsPathsNoEscape;withFileTypes;includeChildMatches;opts;patterns;constructor(t,e){if(!e)throw new TypeError("glob options required");if(this.withFileTypes=!!e.withFileTypes,this.signal=e.signal,this.follow=!!e.follow,this.dot=!!e.dot,this.dotRelative=!!e.dotRelative,this.nodir=!!e.nodir,this.mark=!!e.mark,e.cwd?(e.cwd instanceof URL||e.cwd.startsWith("file://"))&&(e.cwd=(0,external_node_url_.fileURLToPath)(e.cwd)):this.cwd="",this.cwd=e.cwd||"",this.root=e.root,this.magicalBraces=!!e.magicalBraces,this.nobrace=!!e.nobrace,this.noext=!!e.noext,this.realpath=!!e.realpath,this.absolute=e.absolute,this.includeChildMatches=e.includeChildMatches!==!1,this.noglobstar=!!e.noglobstar,this.matchBase=!!e.matchBase,this.maxDepth=typeof e.maxDepth=="number"?e.maxDepth:1/0,this.stat=!!e.stat,this.ignore=e.ignore,this.withFileTypes&&this.absolute!==void 0)throw new Error("cannot set absolute and withFileTypes:true");if(typeof t=="string"&&(t=[t]),this.windowsPathsNoEscape=!!e.windowsPathsNoEscape||e.allowWindowsEscape===!1,this.windowsPathsNoEscape&&(t=t.map(a=>a.replace(/\\/g,"/"))),this.matchBase){if(e.noglobstar)throw new TypeError("base matching requires globstar");t=t.map(a=>a.includes("/")?a:`./**/${a}`)}if(this.pattern=t,this.platform=e.platform||Pi,this.opts={...e,platform:this.platform},e.scurry){if(this.scurry=e.scurry,e.nocase!==void 0&&e.nocase!==e.scurry.nocase)throw new Error("nocase option contradicts provided scurry option")}else{let a=e.platform==="win32"?it:e.platform==="darwin"?St:e.platform?rt:Xe;this.scurry=new a(this.cwd,{nocase:e.nocase,fs:e.fs})}this.nocase=this.scurry.nocase;let s=this.platform==="darwin"||this.platform==="win32",i={braceExpandMax:1e4,...e,dot:this.dot,matchBase:this.matchBase,nobrace:this.nobrace,nocase:this.nocase,nocaseMagicOnly:s,nocomment:!0,noext:this.noext,nonegate:!0,optimizationLevel:2,platform:this.platform,windowsPathsNoEscape:this.windowsPathsNoEscape,debug:!!this.opts.debug},r=this.pattern.map(a=>new D(a,i)),[o,h]=r.reduce((a,l)=>(a[0].push(...l.set),a[1].push(...l.globParts),a),[[],[]]);this.patterns=o.map((a,l)=>{let u=h[l];if(!u)throw new Error("invalid pattern object");return new nt(a,u,0,this.platform)})}async walk(){return[...await new xt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).walk()]}walkSync(){return[...new xt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).walkSync()]}stream(){return new vt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).stream()}streamSync(){return new vt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).streamSync()}iterateSync(){return this.streamSync()[Symbol.iterator]()}[Symbol.iterator](){return this.iterateSync()}iterate(){return this.stream()[Symbol.asyncIterator]()}[Symbol.asyncIterator](){return this.iterate()}};var le=(n,t={})=>{Array.isArray(n)||(n=[n]);for(let e of n)if(new D(e,t).hasMagic())return!0;return!1};function Bt(n,t={}){return new I(n,t).streamSync()}function Qe(n,t={}){return new I(n,t).stream()}function ts(n,t={}){return new I(n,t).walkSync()}async function Je(n,t={}){return new I(n,t).walk()}function Ut(n,t={}){return new I(n,t).iterateSync()}function es(n,t={}){return new I(n,t).iterate()}var ji=Bt,Ii=Object.assign(Qe,{sync:Bt}),zi=Ut,Bi=Object.assign(es,{sync:Ut}),Ui=Object.assign(ts,{stream:Bt,iterate:Ut}),Ze=Object.assign(Je,{glob:Je,globSync:ts,sync:Ui,globStream:Qe,stream:Ii,globStreamSync:Bt,streamSync:ji,globIterate:es,iterate:Bi,globIterateSync:Ut,iterateSync:zi,Glob:I,hasMagic:le,escape:tt,unescape:W});Ze.glob=Ze;
//# sourceMappingURL=index.min.js.map

// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __webpack_require__(1708);
// EXTERNAL MODULE: ./node_modules/jiti/lib/jiti.mjs
var jiti = __webpack_require__(17778);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
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
	return extname(fileName).slice(1);
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
	if (useGlob) return (await glob(dir, {
		ignore: ignorePattern,
		nodir: true,
		withFileTypes: true
	})).toSorted((a, b) => compareMigrationFileNames(a.name, b.name, logger)).map((pathScurry) => pathScurry.fullpath());
	if (Array.isArray(dir) || Array.isArray(ignorePattern)) throw new TypeError("Options \"dir\" and \"ignorePattern\" can only be arrays when \"useGlob\" is true");
	const ignoreRegexp = new RegExp(ignorePattern?.length ? `^${ignorePattern}$` : "^\\..*");
	return (await readdir(`${dir}/`, { withFileTypes: true })).filter((dirent) => (dirent.isFile() || dirent.isSymbolicLink()) && !ignoreRegexp.test(dirent.name)).toSorted((a, b) => compareMigrationFileNames(a.name, b.name, logger)).map((dirent) => resolve(dir, dirent.name));
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
				const filename = basename(filenamePath);
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
		await mkdir(directory, { recursive: true });
		const prefix = await Migration.getFilePrefix(filenameFormat, directory, ignorePattern);
		const templateFileName = "templateFileName" in options ? resolve(cwd(), options.templateFileName) : join(import.meta.dirname, "..", "..", "templates", `migration-template.${await resolveSuffix(directory, options)}`);
		const newFile = join(directory, `${prefix}${SEPARATOR}${name}.${getSuffixFromFileName(templateFileName)}`);
		await new Promise((resolve, reject) => {
			createReadStream(templateFileName).pipe(createWriteStream(newFile)).on("close", resolve).on("error", reject);
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
		this.name = basename(migrationPath, extname(migrationPath));
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
const bundle_jiti = (0,jiti.createJiti)(process.cwd());
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
		const ext = extname(filePath).toLowerCase();
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
	return migrationUnits.toSorted((a, b) => compareMigrationFileNames(basename(a.id), basename(b.id), config.logger));
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
	const client = isExternalClient ? connection : new pg.Client(connection);
	let connectionStatus = isExternalClient ? "EXTERNAL" : "DISCONNECTED";
	const beforeCloseListeners = [];
	const connected = () => connectionStatus === "CONNECTED" || connectionStatus === "EXTERNAL";
	const createConnection = () => new Promise((resolve, reject) => {
		if (connected()) resolve();
		else if (connectionStatus === "ERROR") reject(/* @__PURE__ */ new Error("Connection already failed, do not try to connect again"));
		else client.connect((err) => {
			if (err) {
				connectionStatus = "ERROR";
				logger.error(`could not connect to postgres: ${inspect(err)}`);
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


/***/ })

};
