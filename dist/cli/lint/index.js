// db-deploy sources sha256:3b9550e47c1133e05b8f6b24def30a1b978b0c066d52cd80a87c7e3c6429d407
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname, join as __dbdJoin } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdJoin(__dbdDirname(__filename), "..");
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// This is an empty module that is served up when outside of a workerd environment
// See the `exports` field in package.json
exports["default"] = {};
//# sourceMappingURL=empty.js.map

/***/ }),

/***/ 26122:
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
  const fs = config.sslcert || config.sslkey || config.sslrootcert ? __nccwpck_require__(79896) : null

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

/***/ 62299:
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

/***/ 17558:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const EventEmitter = (__nccwpck_require__(24434).EventEmitter)

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
    this.Client = this.options.Client || Client || (__nccwpck_require__(13273).Client)
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

/***/ 19971:
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

/***/ 49315:
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

/***/ 74233:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DatabaseError = exports.serialize = void 0;
exports.parse = parse;
const messages_1 = __nccwpck_require__(85809);
Object.defineProperty(exports, "DatabaseError", ({ enumerable: true, get: function () { return messages_1.DatabaseError; } }));
const serializer_1 = __nccwpck_require__(76513);
Object.defineProperty(exports, "serialize", ({ enumerable: true, get: function () { return serializer_1.serialize; } }));
const parser_1 = __nccwpck_require__(43318);
function parse(stream, callback) {
    const parser = new parser_1.Parser();
    stream.on('data', (buffer) => parser.parse(buffer, callback));
    return new Promise((resolve) => stream.on('end', () => resolve()));
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 85809:
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

/***/ 43318:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const messages_1 = __nccwpck_require__(85809);
const buffer_reader_1 = __nccwpck_require__(19971);
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

/***/ 76513:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serialize = void 0;
const buffer_writer_1 = __nccwpck_require__(49315);
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

/***/ 11549:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var textParsers = __nccwpck_require__(74784);
var binaryParsers = __nccwpck_require__(87522);
var arrayParser = __nccwpck_require__(76471);
var builtinTypes = __nccwpck_require__(16345);

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

/***/ 76471:
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

/***/ 87522:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var parseInt64 = __nccwpck_require__(62299);

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

/***/ 16345:
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

/***/ 74784:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879)
var arrayParser = __nccwpck_require__(76471);
var parseDate = __nccwpck_require__(92690);
var parseInterval = __nccwpck_require__(68755);
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

/***/ 75042:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(24434).EventEmitter)
const utils = __nccwpck_require__(69652)
const nodeUtils = __nccwpck_require__(39023)
const sasl = __nccwpck_require__(20948)
const TypeOverrides = __nccwpck_require__(50365)

const ConnectionParameters = __nccwpck_require__(646)
const Query = __nccwpck_require__(84473)
const defaults = __nccwpck_require__(68995)
const Connection = __nccwpck_require__(9809)
const crypto = __nccwpck_require__(84150)

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
        const pgPass = __nccwpck_require__(13272)
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



const dns = __nccwpck_require__(72250)

const defaults = __nccwpck_require__(68995)

const parse = (__nccwpck_require__(26122).parse) // parses a connection string

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



const EventEmitter = (__nccwpck_require__(24434).EventEmitter)

const { parse, serialize } = __nccwpck_require__(74233)
const stream = __nccwpck_require__(30829)
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
    const net = __nccwpck_require__(69278)
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

/***/ 20948:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const crypto = __nccwpck_require__(84150)
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

/***/ 84150:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeCrypto = __nccwpck_require__(76982)

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

/***/ 68995:
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

const pgTypes = __nccwpck_require__(11549)
// save default parsers
const parseBigInteger = pgTypes.getTypeParser(20, 'text')
const parseBigIntegerArray = pgTypes.getTypeParser(1016, 'text')

// parse int8 so you can get your count values as actual numbers
module.exports.__defineSetter__('parseInt8', function (val) {
  pgTypes.setTypeParser(20, 'text', val ? pgTypes.getTypeParser(23, 'text') : parseBigInteger)
  pgTypes.setTypeParser(1016, 'text', val ? pgTypes.getTypeParser(1007, 'text') : parseBigIntegerArray)
})


/***/ }),

/***/ 13273:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Client = __nccwpck_require__(75042)
const defaults = __nccwpck_require__(68995)
const Connection = __nccwpck_require__(9809)
const Result = __nccwpck_require__(26424)
const utils = __nccwpck_require__(69652)
const Pool = __nccwpck_require__(17558)
const TypeOverrides = __nccwpck_require__(50365)
const { DatabaseError } = __nccwpck_require__(74233)
const { escapeIdentifier, escapeLiteral } = __nccwpck_require__(69652)

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
  this.types = __nccwpck_require__(11549)
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
  clientConstructor = __nccwpck_require__(45301)
}

module.exports = new PG(clientConstructor)

// lazy require native module...the native module may not have installed
Object.defineProperty(module.exports, "native", ({
  configurable: true,
  enumerable: false,
  get() {
    let native = null
    try {
      native = new PG(__nccwpck_require__(45301))
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

/***/ 28942:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeUtils = __nccwpck_require__(39023)
// eslint-disable-next-line
var Native
// eslint-disable-next-line no-useless-catch
try {
  // Wrap this `require()` in a try-catch to avoid upstream bundlers from complaining that this might not be available since it is an optional import
  Native = __nccwpck_require__(84390)
} catch (e) {
  throw e
}
const TypeOverrides = __nccwpck_require__(50365)
const EventEmitter = (__nccwpck_require__(24434).EventEmitter)
const util = __nccwpck_require__(39023)
const ConnectionParameters = __nccwpck_require__(646)

const NativeQuery = __nccwpck_require__(17581)

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
  const utils = __nccwpck_require__(69652)

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

/***/ 45301:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = __nccwpck_require__(28942)


/***/ }),

/***/ 17581:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(24434).EventEmitter)
const util = __nccwpck_require__(39023)
const utils = __nccwpck_require__(69652)

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

/***/ 84473:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { EventEmitter } = __nccwpck_require__(24434)

const Result = __nccwpck_require__(26424)
const utils = __nccwpck_require__(69652)

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

/***/ 26424:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(11549)

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

/***/ 30829:
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
    const net = __nccwpck_require__(69278)
    return new net.Socket()
  }

  function getSecureStream(options) {
    const tls = __nccwpck_require__(64756)
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

/***/ 50365:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(11549)

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

/***/ 69652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const defaults = __nccwpck_require__(68995)
const nodeUtils = __nccwpck_require__(39023)

const { isDate } = __nccwpck_require__(98253)

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

/***/ 98702:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(16928)
  , Stream = (__nccwpck_require__(2203).Stream)
  , split = __nccwpck_require__(35286)
  , util = __nccwpck_require__(39023)
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

/***/ 13272:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(16928)
  , fs = __nccwpck_require__(79896)
  , helper = __nccwpck_require__(98702)
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

/***/ 92690:
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

/***/ 68755:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var extend = __nccwpck_require__(80223)

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

/***/ 35286:
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
const { StringDecoder } = __nccwpck_require__(13193)
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

/***/ 80223:
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

/***/ 69137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/db/url.ts
var url = __nccwpck_require__(45051);
;// CONCATENATED MODULE: ./src/core/db/weak-password.ts
/**
 * A password is masked wherever it appears (GitHub replaces every occurrence in the whole job
 * log, db-deploy in everything it writes), rightly: a secret is a secret. A short or common
 * password therefore blanks ordinary words too: with user `postgres` and password `postgres`
 * the log reads `authentication failed for user "***"`. This says so once, without the password.
 */
/** Passwords seen in tutorials, container images and defaults: each one is also an everyday word in a log. */
const COMMON = new Set([
    'postgres',
    'postgresql',
    'password',
    'passw0rd',
    'mysecretpassword',
    'secret',
    'admin',
    'administrator',
    'root',
    'user',
    'guest',
    'test',
    'testing',
    'example',
    'default',
    'changeme',
    'letmein',
    'welcome',
    'qwerty',
    'master',
    'database',
    'local',
    'dev',
    'development',
    'staging',
    'production',
    'prod',
]);
/** Shorter than this, a password is likely to turn up inside other words of the log. */
const SHORT = 8;
/** Masks shorter than this are never registered (they would blank the log): see secretsOf. */
const UNMASKABLE = 3;
/**
 * Whether masking cannot keep the password apart from ordinary text: too short to mask at all,
 * or short, common, all digits, or part of the user, host or database name (`names`).
 */
function passwordWeakness(password, names = []) {
    if (!password)
        return undefined;
    if (password.length < UNMASKABLE)
        return 'unmaskable';
    const lower = password.toLowerCase();
    const common = password.length < SHORT ||
        COMMON.has(lower) ||
        /^\d+$/.test(password) ||
        names.some((n) => n.toLowerCase().includes(lower));
    return common ? 'common' : undefined;
}
/** passwordWeakness of a connection URL (`scheme://user:password@host/db`), read textually. */
function urlPasswordWeakness(rawUrl) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/([^:/?#]*):(.*)@([^@/?#]*)(\/[^?#]*)?/i.exec(rawUrl.trim());
    if (!match)
        return undefined;
    const [, user = '', password = '', host = '', path = ''] = match;
    return passwordWeakness(decode(password), [decode(user), host, decode(path)]);
}
/**
 * One warning line for the URL inputs whose password is weak (undefined when none is), naming
 * the inputs and never a password.
 * @param urls input name → URL, e.g. `{ 'database-url': '…' }`
 */
function weakPasswordWarning(urls) {
    const found = Object.entries(urls).flatMap(([name, url]) => {
        const weakness = urlPasswordWeakness(url);
        return weakness ? [{ name, weakness }] : [];
    });
    if (found.length === 0)
        return undefined;
    const names = (kind) => found.filter((f) => f.weakness === kind).map((f) => f.name);
    const parts = [];
    const unmaskable = names('unmaskable');
    const common = names('common');
    if (unmaskable.length > 0)
        parts.push(`the password of ${unmaskable.join(', ')} is shorter than ${UNMASKABLE} characters, too short to be masked, so it can show in the log`);
    if (common.length > 0)
        parts.push(`the password of ${common.join(', ')} is short or a common word; it stays masked, so wherever those characters appear in the log (in a user, host or database name too) they read ***`);
    return `${parts.join('; ')} — use a long random password`;
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/cli/secrets.ts

/**
 * Makes the CLI's secret list warn about weak passwords. Every command registers a connection
 * URL's secrets in this one array (io.secrets) before it prints anything; the first URL whose
 * password is short or a common word (masking it then blanks those characters wherever they
 * appear, in user, host and database names too) is said once through `warn`, never the
 * password. The list stays the same array, so whoever holds it sees every secret.
 */
function warnOnWeakPasswords(secrets, warn) {
    let warned = false;
    const push = secrets.push.bind(secrets);
    secrets.push = (...values) => {
        if (!warned) {
            const warning = values
                .map((value) => weakPasswordWarning({ 'the connection URL': value }))
                .find((line) => line !== undefined);
            if (warning) {
                warned = true;
                warn(warning);
            }
        }
        return push(...values);
    };
}

;// CONCATENATED MODULE: ./src/cli/command.ts



/**
 * Runs one command and turns a failure into its one error line: exit 2 for a usage error, 1 for
 * anything else (secrets removed from the line). A short or common password among the secrets
 * the command registers is said once on stderr, never the password itself.
 */
async function runCommand(command, handler, argv, io) {
    warnOnWeakPasswords(io.secrets, (line) => io.err(`warning: ${line}`));
    try {
        return await handler(argv, io);
    }
    catch (error) {
        io.err((0,url/* redact */.E$)(`db-deploy ${command}: ${(0,errors/* describeError */.Uc)(error)}`, io.secrets));
        return (0,errors/* isDbDeployError */.G$)(error) && error.code === 'usage' ? 2 : 1;
    }
}


/***/ }),

/***/ 42951:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ lintCommand)
});

// UNUSED EXPORTS: LINT_HELP

;// CONCATENATED MODULE: ./src/core/sql/parse.ts
/**
 * The most SQL handed to the parser at once, in bytes. PostgreSQL's parser (WebAssembly, with at
 * most 1 GB of memory of its own) needs about 60 times the SQL while it builds the parse tree:
 * measured on Node 24, 10 MB of INSERTs took 1.9 s and 680 MB, 30 MB 6.4 s and 1.5 GB, and 50 MB
 * ran it out of memory (an abort that also leaves the module unusable). Callers check the size
 * first and say what they do instead (see BENCHMARKS.md, bench:lint).
 */
const MAX_PARSE_BYTES = 10 * 1024 * 1024;
let loading;
let parser;
/**
 * Loads the parser (a WebAssembly build of PostgreSQL's parser) once per process. libpg-query
 * compiles its 1.7 MB WebAssembly module as soon as it is imported, so it is imported here, on
 * first use, not at start-up: a run that parses nothing (a migrate with nothing pending) never
 * pays for it.
 */
function parse_loadParser() {
    loading ??= __nccwpck_require__.e(/* import() */ 627).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2627, 23)).then(async (module) => {
        await module.loadModule();
        parser = module;
    });
    return loading;
}
/** The loaded parser; loadParser() must have completed. */
function loaded() {
    if (!parser)
        throw new Error('the SQL parser is not loaded: call loadParser() first');
    return parser;
}
/**
 * Splits and parses SQL with the real PostgreSQL parser. Never throws on bad SQL: a syntax
 * error comes back as `{ ok: false }` with the parser's position. Call `loadParser()` first.
 */
function parse_parseSql(source) {
    let result;
    if (source.trim() === '')
        return { ok: true, statements: [] };
    try {
        result = loaded().parseSync(source);
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
    const bytes = isAscii(source) ? undefined : Buffer.from(source, 'utf8');
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
/**
 * The PL/pgSQL statements of a function body, as PostgreSQL's PL/pgSQL compiler reads them
 * (`plpgsql_compile` without a catalog), or the compiler's error message. `body` is the text
 * between the dollar quotes; line 1 of the result is the body's first line.
 */
function parsePlpgsqlBody(body) {
    let tag = '$db_deploy$';
    for (let n = 0; body.includes(tag); n += 1)
        tag = `$db_deploy_${n}$`;
    try {
        const result = loaded().parsePlPgSQLSync(`CREATE FUNCTION db_deploy_body() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`);
        const fn = result.plpgsql_funcs?.[0]?.PLpgSQL_function;
        return fn ? { ok: true, function: fn } : { ok: false, message: 'no function body' };
    }
    catch (error) {
        return { ok: false, message: error.message };
    }
}
/** Length of the whitespace and comments before a statement's first token. */
function leadingTriviaLength(chunk) {
    TRIVIA.lastIndex = 0;
    TRIVIA.exec(chunk);
    return TRIVIA.lastIndex;
}
/** Whitespace, `--` comments to the end of the line and (unnested) block comments, repeated. */
const TRIVIA = /(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))*/y;
/** Whether a text is plain ASCII (byte offsets then equal character offsets). */
function isAscii(text) {
    // eslint-disable-next-line no-control-regex
    return !/[^\x00-\x7f]/.test(text);
}
/** libpg_query's `location`s are byte offsets in UTF-8; findings need character offsets. */
function byteToChar(text) {
    if (isAscii(text))
        return (b) => b;
    const bytes = Buffer.from(text, 'utf8');
    return (b) => bytes.subarray(0, b).toString('utf8').length;
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
/** PostgreSQL's scanner tokens of a text (`IDENT`, `SCONST`, keywords…); empty when it cannot scan. */
function scanTokens(source) {
    try {
        return loaded().scanSync(source).tokens;
    }
    catch {
        return [];
    }
}
/**
 * Character offset just after the last statement-ending `;` before `offset`, found with
 * PostgreSQL's own scanner (a `;` inside a string literal or a comment does not count), or 0.
 */
function lastStatementEnd(source, offset) {
    const tokens = scanTokens(source);
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
/**
 * `source` without the first token that is the keyword `keyword` (case-insensitive), found with
 * PostgreSQL's own scanner so that a word inside a string literal, a quoted identifier or a
 * comment never matches; undefined when there is none. Call `loadParser()` first.
 */
function withoutKeyword(source, keyword) {
    let tokens;
    try {
        tokens = loaded().scanSync(source).tokens;
    }
    catch {
        return undefined;
    }
    const wanted = keyword.toUpperCase();
    const token = tokens.find((t) => (t.keywordKind ?? 0) > 0 && t.text.toUpperCase() === wanted);
    if (!token)
        return undefined;
    const bytes = Buffer.from(source, 'utf8');
    const before = bytes.subarray(0, token.start).toString('utf8');
    const after = bytes.subarray(token.end).toString('utf8');
    return `${before.trimEnd()} ${after.trimStart()}`.trim();
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
/**
 * Visits every node below `root` (depth first), with its type name (a key that starts with a
 * capital letter holding an object). Hot: rules and the engine walk every statement they look
 * into, so it allocates nothing (`for…in`, no Object.entries, no regular expression).
 */
function walk(root, visit) {
    if (Array.isArray(root)) {
        for (const item of root)
            walk(item, visit);
        return;
    }
    if (!root || typeof root !== 'object')
        return;
    for (const key in root) {
        const value = root[key];
        if (!value || typeof value !== 'object')
            continue;
        const first = key.charCodeAt(0);
        if (!Array.isArray(value) && first >= 65 && first <= 90)
            visit(key, value);
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

;// CONCATENATED MODULE: ./src/core/lint/names.ts
/**
 * Identifiers longer than PostgreSQL's 63-byte limit (NAMEDATALEN - 1). PostgreSQL cuts every such
 * identifier to its first 63 bytes (at a character boundary), with only a NOTICE, and does so the
 * same way in every later command, so one long name is harmless (PostgreSQL docs, 4.1.1
 * Identifiers and Key Words). Two names that share their first 63 bytes are one name to it, and a
 * name compared as a string (`WHERE indexname = '…'`) is compared with the long spelling, which
 * the catalog never holds. libpg_query's parse tree already holds the cut names; the spelling as
 * written comes from PostgreSQL's scanner.
 */


/** Bytes PostgreSQL keeps of an identifier. */
const MAX_IDENTIFIER_BYTES = 63;
/** The key of a stored name in a namespace. */
const nameKey = (namespace, stored) => `${namespace}\u0000${stored}`;
/** The first 63 bytes of an identifier, cut at a character boundary, as PostgreSQL does. */
function truncateIdentifier(name) {
    if (Buffer.byteLength(name, 'utf8') <= MAX_IDENTIFIER_BYTES)
        return name;
    let bytes = 0;
    let end = 0;
    for (const char of name) {
        const size = Buffer.byteLength(char, 'utf8');
        if (bytes + size > MAX_IDENTIFIER_BYTES)
            break;
        bytes += size;
        end += char.length;
    }
    return name.slice(0, end);
}
/**
 * Whether the text has a run of name characters of 63 bytes or more: without one, no name in it
 * can be cut or equal a cut name. Cheap, so the rules can skip almost every statement.
 */
function names_mayHoldLongName(text) {
    // Non-ASCII: 21 characters may already be 63 bytes (rare: the slow way).
    if (!isAscii(text))
        return longRuns(text).length > 0;
    // ASCII: a run of 63 name characters, or 63 characters between double quotes. One pass: a
    // regular expression like [^…]{63,} retries from every character of each shorter run.
    let run = 0;
    for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            const close = text.indexOf('"', i + 1);
            if (close < 0)
                return false;
            if (close - i - 1 >= MAX_IDENTIFIER_BYTES)
                return true;
            i = close;
            run = 0;
        }
        else if (NAME_SEPARATORS.has(c))
            run = 0;
        else if ((run += 1) >= MAX_IDENTIFIER_BYTES)
            return true;
    }
    return false;
}
/** Characters that end an unquoted name run: whitespace and ' ( ) , ; . = */
const NAME_SEPARATORS = new Set([9, 10, 11, 12, 13, 32, 39, 40, 41, 44, 59, 46, 61]);
function longRuns(text) {
    return (text.match(/[^\s"'(),;.=]{21,}|"[^"]{21,}"/g) ?? []).filter((run) => Buffer.byteLength(run.replace(/^"|"$/g, ''), 'utf8') >= MAX_IDENTIFIER_BYTES);
}
/** Cut name → the identifiers of the statement that PostgreSQL cut to it, as written, in order. */
const spellingsCache = new WeakMap();
function spellings(statement) {
    let found = spellingsCache.get(statement);
    if (found)
        return found;
    found = new Map();
    for (const token of scanTokens(statement.text)) {
        if (token.tokenName !== 'IDENT')
            continue;
        const written = identifierValue(token.text);
        const stored = truncateIdentifier(written);
        if (stored === written)
            continue;
        const seen = found.get(stored) ?? [];
        if (!seen.includes(written))
            seen.push(written);
        found.set(stored, seen);
    }
    spellingsCache.set(statement, found);
    return found;
}
/** An identifier token's value: quoted as written, unquoted with ASCII letters lower-cased. */
function identifierValue(token) {
    if (token.startsWith('"'))
        return token.slice(1, -1).replace(/""/g, '"');
    return token.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}
/** Schema of a qualified name list or RangeVar key (`public` when not written). */
const schemaOf = (key) => key.slice(0, key.lastIndexOf('.'));
/** The names a statement gives to objects (only those that could be cut or clash: ≥ 63 bytes). */
function createdNames(statement) {
    if (!names_mayHoldLongName(statement.text))
        return [];
    const written = spellings(statement);
    // The n-th name cut to the same stored name is taken to be its n-th spelling in the text.
    const used = new Map();
    const node = statement.node;
    const out = [];
    const add = (namespace, stored, ifNotExists = false) => {
        if (typeof stored !== 'string')
            return;
        // A cut name is 63 bytes, or up to 3 fewer where a multi-byte character did not fit.
        if (Buffer.byteLength(stored, 'utf8') < MAX_IDENTIFIER_BYTES - 3)
            return;
        const spelled = written.get(stored) ?? [];
        const n = used.get(stored) ?? 0;
        used.set(stored, n + 1);
        const spelling = spelled[Math.min(n, spelled.length - 1)] ?? stored;
        out.push({ namespace, stored, written: spelling, ifNotExists });
    };
    const relation = (rel, ifNotExists = false) => {
        const key = tableKey(rel);
        const name = (nodeOf(rel, 'RangeVar') ?? rel)?.relname;
        add(`relation ${schemaOf(key)}`, name, ifNotExists);
        return key;
    };
    const constraint = (table, c, ifNotExists = false) => {
        if (!c)
            return;
        add(`constraint ${table}`, c.conname, ifNotExists);
        // PRIMARY KEY, UNIQUE and EXCLUDE constraints create an index of the same name.
        if (['CONSTR_PRIMARY', 'CONSTR_UNIQUE', 'CONSTR_EXCLUSION'].includes(String(c.contype)))
            add(`relation ${schemaOf(table)}`, c.conname, ifNotExists);
    };
    switch (statement.type) {
        case 'CreateStmt': {
            const table = relation(node.relation, Boolean(node.if_not_exists));
            for (const element of list(node.tableElts)) {
                const column = nodeOf(element, 'ColumnDef');
                if (column)
                    add(`column ${table}`, column.colname);
                constraint(table, nodeOf(element, 'Constraint'));
            }
            break;
        }
        case 'CreateTableAsStmt': {
            const into = (nodeOf(node.into, 'IntoClause') ?? node.into);
            relation(into?.rel, Boolean(node.if_not_exists));
            break;
        }
        case 'ViewStmt':
            relation(node.view);
            break;
        case 'CreateSeqStmt':
            relation(node.sequence, Boolean(node.if_not_exists));
            break;
        case 'IndexStmt':
            add(`relation ${schemaOf(tableKey(node.relation))}`, node.idxname, Boolean(node.if_not_exists));
            break;
        case 'AlterTableStmt': {
            const table = tableKey(node.relation);
            for (const cmd of alterTableCmds(node)) {
                if (cmd.subtype === 'AT_AddColumn')
                    add(`column ${table}`, nodeOf(cmd.def, 'ColumnDef')?.colname, Boolean(cmd.missing_ok));
                if (cmd.subtype === 'AT_AddConstraint')
                    constraint(table, nodeOf(cmd.def, 'Constraint'));
            }
            break;
        }
        case 'CreateTrigStmt':
            add(`trigger ${tableKey(node.relation)}`, node.trigname);
            break;
        case 'CreatePolicyStmt':
            add(`policy ${tableKey(node.table)}`, node.policy_name);
            break;
        case 'CreateEnumStmt':
        case 'CreateDomainStmt':
        case 'CompositeTypeStmt': {
            const parts = statement.type === 'CompositeTypeStmt'
                ? [tableKey(node.typevar)]
                : [names(node.typeName ?? node.domainname).join('.')];
            const key = parts[0]?.includes('.') ? parts[0] : `public.${parts[0]}`;
            add(`type ${schemaOf(key)}`, key.slice(key.lastIndexOf('.') + 1));
            break;
        }
        case 'CreateSchemaStmt':
            add('schema', node.schemaname, Boolean(node.if_not_exists));
            break;
        case 'RenameStmt':
            renamed(node, add);
            break;
        default:
            break;
    }
    return out;
}
/** The new name of a RenameStmt, in its namespace. */
function renamed(node, add) {
    const table = node.relation ? tableKey(node.relation) : '';
    switch (node.renameType) {
        case 'OBJECT_TABLE':
        case 'OBJECT_INDEX':
        case 'OBJECT_SEQUENCE':
        case 'OBJECT_VIEW':
        case 'OBJECT_MATVIEW':
            add(`relation ${schemaOf(table)}`, node.newname);
            return;
        case 'OBJECT_COLUMN':
            add(`column ${table}`, node.newname);
            return;
        case 'OBJECT_TABCONSTRAINT':
            add(`constraint ${table}`, node.newname);
            return;
        case 'OBJECT_TRIGGER':
            add(`trigger ${table}`, node.newname);
            return;
        case 'OBJECT_SCHEMA':
            add('schema', node.newname);
            return;
        default:
            return;
    }
}
/** Whether some '…' span of the text is over 63 bytes (one pass over the quotes). */
function hasLongQuotedRun(text) {
    for (let open = text.indexOf("'"); open >= 0;) {
        const close = text.indexOf("'", open + 1);
        if (close < 0)
            return false;
        // 22 characters are needed for 64 bytes; count bytes only then.
        if (close - open > 22 &&
            Buffer.byteLength(text.slice(open + 1, close), 'utf8') > MAX_IDENTIFIER_BYTES)
            return true;
        open = text.indexOf("'", close + 1);
    }
    return false;
}
/** Long string constants (over 63 bytes) of a statement, with their byte locations. */
function longStrings(statement) {
    if (!hasLongQuotedRun(statement.text))
        return [];
    const found = [];
    const visit = (value) => {
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item);
            return;
        }
        if (!value || typeof value !== 'object')
            return;
        const constant = value.A_Const;
        const sval = nodeOf(constant?.sval, 'String')?.sval ?? constant?.sval?.sval;
        if (typeof sval === 'string' && Buffer.byteLength(sval, 'utf8') > MAX_IDENTIFIER_BYTES)
            found.push({
                value: sval,
                location: typeof constant?.location === 'number' ? constant.location : undefined,
            });
        for (const inner of Object.values(value))
            visit(inner);
    };
    visit(statement.node);
    return found;
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/transaction.ts
/**
 * Why a statement cannot run inside a transaction block, or undefined when it can.
 * PostgreSQL rejects these with "cannot run inside a transaction block" (SQLSTATE 25001);
 * see the Notes of CREATE INDEX, DROP INDEX, REINDEX, VACUUM, CREATE DATABASE, ALTER SYSTEM,
 * ALTER TABLE … DETACH PARTITION … CONCURRENTLY and CREATE SUBSCRIPTION.
 */
function transaction_nonTransactionalReason(statement) {
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
 * Opt-in: on real migrations nearly every such index is a deliberate sort index (account, status,
 * created_at DESC, id) that serves one ORDER BY exactly — every hit on the test corpus was one.
 */
const indexTooManyColumns = {
    id: 'index-too-many-columns',
    severity: 'notice',
    optIn: true,
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


/**
 * Constraints added by an ALTER TABLE on a table that existed before this migration, or on one
 * it created and filled with rows.
 */
function addedConstraints(statement, context) {
    if (statement.type !== 'AlterTableStmt')
        return [];
    const key = tableKey(statement.node.relation);
    const filled = context.filledTables.has(key);
    if (context.createdTables.has(key) && !filled)
        return [];
    const all = constraintsOf(statement);
    return filled ? all.map((added) => ({ ...added, filled })) : all;
}
/** Every constraint an ALTER TABLE adds, read once per statement (four rules ask). */
const constraintsCache = new WeakMap();
function constraintsOf(statement) {
    let found = constraintsCache.get(statement);
    if (!found) {
        found = readConstraints(statement.node);
        constraintsCache.set(statement, found);
    }
    return found;
}
function readConstraints(node) {
    const filled = false;
    const table = tableName(node.relation);
    return alterTableCmds(node).flatMap((cmd) => {
        if (cmd.subtype === 'AT_AddConstraint') {
            const constraint = nodeOf(cmd.def, 'Constraint');
            return constraint ? [{ table, constraint, filled }] : [];
        }
        if (cmd.subtype !== 'AT_AddColumn')
            return [];
        const column = nodeOf(cmd.def, 'ColumnDef');
        return columnConstraints(column).map((constraint) => ({
            table,
            constraint,
            column: String(column?.colname ?? '?'),
            columnDef: column,
            filled,
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
    check: perConstraint(['CONSTR_FOREIGN'], (added, context) => {
        const { table, constraint, column } = added;
        if (!validatesRows(constraint) || (column && !filledColumn(added.columnDef)))
            return undefined;
        const referenced = tableName(constraint.pktable);
        if (added.filled) {
            // The scan reads only the new table, but the lock on the referenced one is what hurts.
            if (createdInMigration(context, tableKey(constraint.pktable)))
                return undefined;
            return {
                message: `${column ? `ADD COLUMN ${column} … REFERENCES ${referenced}` : `ADD CONSTRAINT${named(constraint)} FOREIGN KEY … REFERENCES ${referenced}`} on ${table}, which this migration filled with rows, checks every one of them while holding a SHARE ROW EXCLUSIVE lock on ${referenced}: writes to ${referenced} wait`,
                hint: `add it NOT VALID and VALIDATE it in a later statement (VALIDATE lets writes to ${referenced} through), or create ${table} with the foreign key before filling it (each row is then checked as it is inserted)`,
            };
        }
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
    check: perConstraint(['CONSTR_CHECK'], ({ table, constraint, column, filled }) => {
        if (!validatesRows(constraint))
            return undefined;
        if (filled)
            return {
                severity: 'notice',
                message: `${column ? `ADD COLUMN ${column} … CHECK` : `ADD CONSTRAINT${named(constraint)} CHECK`} on ${table}, which this migration filled with rows, scans every one of them; no other session uses ${table} yet, but the migration's other locks are held meanwhile`,
                hint: `declare the CHECK in CREATE TABLE ${table} before filling it (each row is checked as it is inserted), or add it NOT VALID and VALIDATE it later`,
            };
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
    check: perConstraint(['CONSTR_UNIQUE', 'CONSTR_PRIMARY'], ({ table, constraint, column, filled }) => {
        // On a new table, filled or not, the index build locks only that table, which nobody uses.
        if (typeof constraint.indexname === 'string' || filled)
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
    check: perConstraint(['CONSTR_EXCLUSION'], ({ table, constraint, filled }) => filled
        ? undefined
        : {
            message: `ADD CONSTRAINT${named(constraint)} EXCLUDE on ${table} locks ${table} against reads and writes while it builds the index and checks every row; PostgreSQL has no online way to add it`,
            hint: `add it while ${table} is small or in a maintenance window, or enforce the rule in a new table created with the constraint and move the data over`,
        }),
};
const constraintRules = [
    foreignKeyMissingNotValid,
    checkConstraintMissingNotValid,
    uniqueConstraintWithoutIndex,
    banExclusionConstraint,
    setNotNullScansTable,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/foreign-key-index.ts

const FOREIGN_KEY_WITHOUT_INDEX = 'foreign-key-without-index';
/** `orders (user_id, shop_id)`: how findings name a foreign key's referencing side. */
function foreignKeyColumns(table, columns) {
    return `${table} (${columns.join(', ')})`;
}
/** Foreign keys added by CREATE TABLE (column or table constraints) or ALTER TABLE. */
function addedForeignKeys(statement) {
    const node = statement.node;
    const table = tableKey(node.relation);
    const written = tableName(node.relation);
    const key = (constraint, column) => ({
        table,
        written,
        columns: column ? [column] : names(constraint.fk_attrs),
        references: tableName(constraint.pktable),
        location: locationOf(constraint),
    });
    const fromColumn = (def) => columnConstraints(def)
        .filter((c) => c.contype === 'CONSTR_FOREIGN')
        .map((c) => key(c, String(def?.colname ?? '?')));
    if (statement.type === 'CreateStmt') {
        return list(node.tableElts).flatMap((element) => {
            const constraint = nodeOf(element, 'Constraint');
            if (constraint)
                return constraint.contype === 'CONSTR_FOREIGN' ? [key(constraint)] : [];
            return fromColumn(nodeOf(element, 'ColumnDef'));
        });
    }
    return alterTableCmds(node).flatMap((cmd) => {
        if (cmd.subtype === 'AT_AddColumn')
            return fromColumn(nodeOf(cmd.def, 'ColumnDef'));
        const constraint = cmd.subtype === 'AT_AddConstraint' ? nodeOf(cmd.def, 'Constraint') : undefined;
        return constraint?.contype === 'CONSTR_FOREIGN' ? [key(constraint)] : [];
    });
}
/**
 * Column lists this migration indexes on `table`: CREATE INDEX (not partial), and PRIMARY KEY /
 * UNIQUE constraints of CREATE TABLE or ALTER TABLE, each as its key columns in order.
 */
function indexedColumns(statements, table) {
    const keyed = (constraint, column) => {
        if (!constraint || !['CONSTR_PRIMARY', 'CONSTR_UNIQUE'].includes(String(constraint.contype)))
            return [];
        return [column ? [column] : names(constraint.keys)];
    };
    return statements.flatMap((statement) => {
        const node = statement.node;
        if (statement.type === 'IndexStmt') {
            if (tableKey(node.relation) !== table || node.whereClause)
                return [];
            return [list(node.indexParams).map((p) => String(nodeOf(p, 'IndexElem')?.name ?? ''))];
        }
        if (statement.type === 'CreateStmt' && tableKey(node.relation) === table) {
            return list(node.tableElts).flatMap((element) => {
                const column = nodeOf(element, 'ColumnDef');
                if (!column)
                    return keyed(nodeOf(element, 'Constraint'));
                return columnConstraints(column).flatMap((c) => keyed(c, String(column.colname)));
            });
        }
        if (statement.type === 'AlterTableStmt' && tableKey(node.relation) === table) {
            return alterTableCmds(node).flatMap((cmd) => keyed(nodeOf(cmd.def, 'Constraint')));
        }
        return [];
    });
}
/** Whether an index on `indexed` (in order) serves equality lookups on every column of `columns`. */
function covers(indexed, columns) {
    const leading = indexed.slice(0, columns.length);
    return leading.length === columns.length && columns.every((c) => leading.includes(c));
}
/**
 * A foreign key without an index on its referencing columns: every DELETE of a referenced row,
 * and every UPDATE of its key, makes PostgreSQL look for referencing rows, and without an index
 * that is a sequential scan of the referencing table, per row, while locks are held (PostgreSQL
 * docs, CREATE TABLE, REFERENCES: "it is often a good idea to index the referencing columns
 * too"). Only indexes of this migration are seen here; validate checks the schema on its scratch
 * database and drops the finding when an earlier migration indexes the columns.
 */
const foreignKeyWithoutIndex = {
    id: FOREIGN_KEY_WITHOUT_INDEX,
    severity: 'warning',
    description: 'A foreign key without an index on its referencing columns makes every delete or key update of the referenced table scan the referencing one.',
    nodeTypes: ['CreateStmt', 'AlterTableStmt'],
    check(statement, context) {
        return addedForeignKeys(statement)
            .filter((fk) => fk.columns.length > 0)
            .filter((fk) => !indexedColumns(context.statements, fk.table).some((i) => covers(i, fk.columns)))
            .map((fk) => {
            const columns = foreignKeyColumns(fk.written, fk.columns);
            return {
                message: `foreign key ${columns} → ${fk.references} has no index on ${columns}: every delete or key update on ${fk.references} scans ${fk.written} for referencing rows`,
                hint: `CREATE INDEX CONCURRENTLY ON ${columns} (in a migration of its own); if an earlier migration already indexes these columns, validate with a scratch database sees it and drops this finding, db-deploy lint cannot: silence it with -- db-deploy-ignore ${FOREIGN_KEY_WITHOUT_INDEX}: reason`,
                location: fk.location,
            };
        });
    },
};
const foreignKeyIndexRules = [foreignKeyWithoutIndex];

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

;// CONCATENATED MODULE: ./src/core/lint/rules/data-drops.ts

/** The end of a hint for a finding that may be intended: mark it with a `db-deploy-ignore` comment. */
const IGNORE = (id) => `mark it \`-- db-deploy-ignore ${id}: <why it is safe>\``;
/** Names of the dropped objects of a DropStmt (`orders`, `sales.orders`) with their keys. */
function droppedRelations(node) {
    return list(node.objects).map((object) => {
        const parts = names(nodeOf(object, 'List')?.items);
        return { name: parts.join('.'), key: qualifiedNameKey(parts) };
    });
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

;// CONCATENATED MODULE: ./src/core/lint/rules/data-rows.ts


/** Whether every relation was created earlier in this migration (new, empty, unused by code). */
function allNew(relations, context) {
    return relations.every((r) => createdInMigration(context, tableKey(r)));
}
/**
 * Whether a relation is a system catalog: in pg_catalog, or unqualified and named pg_… (pg_catalog
 * is searched before any other schema, so `pg_index` is pg_catalog.pg_index).
 */
function isCatalog(relation) {
    const rv = (nodeOf(relation, 'RangeVar') ?? relation);
    if (rv?.schemaname === 'pg_catalog')
        return true;
    return rv?.schemaname === undefined && typeof rv?.relname === 'string' && /^pg_/.test(rv.relname);
}
/**
 * Writing a system catalog by hand (`UPDATE pg_index SET indisvalid = …`, `DELETE FROM pg_depend`)
 * bypasses every check PostgreSQL makes, leaves caches and dependent objects inconsistent, needs a
 * superuser, and is not supported across versions (PostgreSQL docs, 51.1 System Catalogs
 * Overview: "you should not change the system catalogs by hand"). It is not a data backfill.
 */
const banCatalogWrite = {
    id: 'ban-catalog-write',
    severity: 'error',
    description: 'INSERT, UPDATE or DELETE on a system catalog bypasses the checks PostgreSQL makes.',
    nodeTypes: ['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt'],
    check(statement) {
        const relation = statement.node.relation;
        if (!isCatalog(relation))
            return [];
        const verb = statement.type.replace(/Stmt$/, '').toUpperCase();
        return [
            {
                message: `${verb} on the system catalog ${tableName(relation)} changes PostgreSQL's own bookkeeping behind its back: caches, dependent objects and later upgrades may break, and it needs a superuser`,
                hint: 'use the SQL command that makes the change (ALTER …, REINDEX, VALIDATE CONSTRAINT); never write catalogs in a migration',
                location: rangeVarLocation(relation),
            },
        ];
    },
};
/** A DELETE or UPDATE that touches every row of an existing table, or undefined. */
function everyRow(statement, context) {
    const node = statement.node;
    if (node.whereClause || isCatalog(node.relation))
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
        if (allNew([relation], context) || isCatalog(relation))
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

;// CONCATENATED MODULE: ./src/core/lint/rules/data.ts


/** The data rules, in the order they report. */
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
    banCatalogWrite,
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

;// CONCATENATED MODULE: ./src/core/lint/rules/lock-rewrites.ts

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
                .filter((r) => r.relation === undefined || !createdInMigration(context, tableKey(r.relation)))
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
/** The rewrite rules, in the order the lock rules list them. */
const rewriteRules = [
    banVacuumFull,
    banCluster,
    banSetTablespace,
    banSetLogged,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/transactions.ts

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
/** The triggers an ENABLE covers: by name, USER (all but internal ones) or ALL. */
function enables(cmd, disabled) {
    const subtype = String(cmd.subtype);
    if (!/^AT_Enable/.test(subtype))
        return false;
    if (subtype === 'AT_EnableTrigAll')
        return true;
    if (disabled.subtype === 'AT_DisableTrigAll')
        return false;
    if (subtype === 'AT_EnableTrigUser')
        return true;
    return disabled.subtype === 'AT_DisableTrig' && cmd.name === disabled.name;
}
/** Whether a later statement of this migration enables the disabled trigger(s) of `key` again. */
function enabledLater(context, key, disabled) {
    return context.statements
        .slice(context.index + 1)
        .some((s) => s.type === 'AlterTableStmt' &&
        tableKey(s.node.relation) === key &&
        alterTableCmds(s.node).some((cmd) => enables(cmd, disabled)));
}
/**
 * DISABLE TRIGGER takes a SHARE ROW EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, DISABLE/ENABLE
 * TRIGGER): writes wait for it and, in a transaction, until the commit. Once committed (or outside
 * a transaction) concurrent writes skip the trigger; DISABLE TRIGGER ALL also skips foreign-key
 * checks. Enabled again before the commit of the same transaction, no other session ever sees it
 * disabled: then the lock, held while the statements in between run, is the risk.
 */
const banDisableTrigger = {
    id: 'ban-disable-trigger',
    severity: 'warning',
    description: 'DISABLE TRIGGER lets concurrent writes skip the trigger (with ALL, foreign-key checks too), and blocks writes until the migration commits.',
    nodeTypes: ['AlterTableStmt'],
    check(statement, context) {
        const node = statement.node;
        if (isNew(node.relation, context))
            return [];
        const table = tableName(node.relation);
        const key = tableKey(node.relation);
        return alterTableCmds(node)
            .filter((cmd) => /^AT_DisableTrig/.test(String(cmd.subtype)))
            .map((cmd) => {
            const which = cmd.subtype === 'AT_DisableTrigAll'
                ? 'ALL (foreign-key checks included)'
                : String(cmd.name ?? 'USER');
            const location = rangeVarLocation(node.relation);
            if (context.transactional && enabledLater(context, key, cmd))
                return {
                    message: `DISABLE TRIGGER ${which} on ${table} takes a SHARE ROW EXCLUSIVE lock: every write to ${table} waits until the migration commits (it is enabled again in the same transaction, so no write skips it)`,
                    hint: `keep the statements between DISABLE and ENABLE short, or change the trigger function to skip the rows you mean (e.g. on a session setting) instead of disabling it`,
                    location,
                };
            return {
                message: `DISABLE TRIGGER ${which} on ${table}: every write to ${table} by running code skips it until it is enabled again, and writes wait for the lock until the migration commits`,
                hint: 'change the trigger function to skip the rows you mean (e.g. on a session setting) instead of disabling it for everyone',
                location,
            };
        });
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
/** The lock rules, in the order they report. */
const lockRules = [
    banLockTable,
    requireConcurrentRefresh,
    ...rewriteRules,
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
const renameTable = {
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
const renameColumn = {
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
const renameSchema = {
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
const renameType = {
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
    renameTable,
    renameColumn,
    renameSchema,
    renameEnumValue,
    renameType,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/hygiene-rerun.ts

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

;// CONCATENATED MODULE: ./src/core/lint/rules/hygiene-types.ts

/** Built-in type name of a TypeName (`pg_catalog.int4` or `serial`), or undefined for others. */
function builtinType(typeName) {
    const parts = names(nodeOf(typeName, 'TypeName')?.names ?? typeName?.names);
    if (parts.length === 2 && parts[0] === 'pg_catalog')
        return parts[1];
    return parts.length === 1 ? parts[0]?.toLowerCase() : undefined;
}
/** The built-in type of a ColumnDef, named by `column`; undefined for other types. */
function columnType(def, column) {
    const columnDef = nodeOf(def, 'ColumnDef');
    const typeName = columnDef?.typeName;
    const type = builtinType(typeName);
    if (!columnDef || !type)
        return undefined;
    const mods = list(typeName?.typmods).length;
    return { column, type, mods, location: locationOf(typeName) };
}
/** Computed once per statement: every type rule asks for the same list. */
const columnTypesCache = new WeakMap();
/** The column types a statement declares (cached per statement). */
function columnTypes(statement) {
    let types = columnTypesCache.get(statement);
    if (!types) {
        types = readColumnTypes(statement);
        columnTypesCache.set(statement, types);
    }
    return types;
}
/** Reads the column types of a CREATE TABLE or ALTER TABLE (ADD COLUMN, ALTER COLUMN TYPE). */
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
/** The column-type notices, in the order the hygiene rules list them. */
const typeRules = [
    preferBigintOverInt,
    preferBigintOverSmallint,
    preferIdentity,
    preferTextField,
    preferTimestamptz,
    banCharField,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/hygiene.ts



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
/** The hygiene rules, in the order they report. */
const hygieneRules = [
    ...typeRules,
    preferRobustStmts,
    banCreateDomainWithConstraint,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/blue-green-shared.ts

const BLUE_GREEN = ['blue-green'];
const STOPS = "the apply worker stops there and retries forever, and green gets none of blue's later writes";
const blue_green_shared_IGNORE = (id) => `\`-- db-deploy-ignore ${id}: <why it is safe>\``;
/** Whether the table exists on green only (created earlier in this migration or this deploy). */
function greenOnly(context, key) {
    return createdInMigration(context, key) || context.createdInDeploy.has(key);
}
/** The ALTER TABLE commands of `subtypes` on a table blue replicates, with the table's names. */
function replicatedCmds(statement, context, subtypes) {
    const node = statement.node;
    const key = tableKey(node.relation);
    if (greenOnly(context, key))
        return [];
    const table = tableName(node.relation);
    return alterTableCmds(node)
        .filter((cmd) => subtypes.includes(String(cmd.subtype)))
        .map((cmd) => ({ key, table, cmd }));
}
/** The ColumnDef an earlier ALTER TABLE of this migration added as `column` (a green-only column). */
function addedColumn(context, key, column) {
    return earlierAlterCmds(context, key)
        .filter((cmd) => cmd.subtype === 'AT_AddColumn')
        .map((cmd) => nodeOf(cmd.def, 'ColumnDef'))
        .find((def) => def?.colname === column);
}
const blue_green_shared_constraintOf = (column, contype) => columnConstraints(column).find((c) => c.contype === contype);
/** Whether every row of a new column gets a value (a non-NULL default, identity, generated, serial). */
function blue_green_shared_filledColumn(column) {
    const def = blue_green_shared_constraintOf(column, 'CONSTR_DEFAULT');
    return ((def !== undefined && nodeOf(def.raw_expr, 'A_Const')?.isnull !== true) ||
        blue_green_shared_constraintOf(column, 'CONSTR_IDENTITY') !== undefined ||
        blue_green_shared_constraintOf(column, 'CONSTR_GENERATED') !== undefined ||
        /serial/.test(typeNameText(column?.typeName)));
}

;// CONCATENATED MODULE: ./src/core/lint/rules/blue-green-identity.ts


const IDENTITY = {
    d: 'DEFAULT',
    f: 'FULL',
    i: 'USING INDEX',
    n: 'NOTHING',
};
/**
 * The replica identity is how an UPDATE or DELETE finds its row on the other side (PostgreSQL
 * docs, ALTER TABLE, REPLICA IDENTITY; Logical Replication, Publication). Checked: green
 * switching to REPLICA IDENTITY USING INDEX on another index, or dropping the primary key,
 * stops the apply worker at blue's next UPDATE; FULL still replicates.
 */
const replicaIdentity = {
    id: 'blue-green-replica-identity',
    severity: 'error',
    description: "Changing the replica identity or dropping the primary key on green stops the replication of blue's updates and deletes.",
    nodeTypes: ['AlterTableStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const cmds = ['AT_ReplicaIdentity', 'AT_DropConstraint'];
        return replicatedCmds(statement, context, cmds).flatMap(({ table, cmd }) => {
            const location = rangeVarLocation(statement.node.relation);
            if (cmd.subtype === 'AT_DropConstraint') {
                const name = String(cmd.name);
                if (!name.endsWith('_pkey'))
                    return [];
                return [
                    {
                        message: `DROP CONSTRAINT ${name} on ${table} on green drops what looks like its primary key, the replica identity: green can no longer find the rows blue updates and deletes ("neither REPLICA IDENTITY index nor PRIMARY KEY"); ${STOPS}`,
                        hint: `keep the primary key in this deploy; change it in a later deploy, after the switch (build the new unique index CONCURRENTLY, then swap the keys)`,
                        location,
                    },
                ];
            }
            const identity = nodeOf(cmd.def, 'ReplicaIdentityStmt') ?? {};
            const kind = IDENTITY[String(identity.identity_type)] ?? '?';
            const lenient = kind === 'FULL' || kind === 'DEFAULT';
            const effect = kind === 'NOTHING'
                ? `once green publishes ${table} (the reverse replication, the next blue-green deploy), every UPDATE and DELETE on it fails`
                : kind === 'USING INDEX'
                    ? `blue sends the columns of its own replica identity, and green, looking rows up by ${String(identity.name)}, stops the apply worker at blue's next UPDATE or DELETE ("publisher did not send replica identity column")`
                    : `make sure blue's replica identity columns are enough to find a row on green and green's on blue${kind === 'FULL' ? ' (FULL logs and compares whole rows for every update and delete)' : ''}`;
            return [
                {
                    message: `REPLICA IDENTITY ${kind} on ${table} on green: replication finds the row of each UPDATE and DELETE by the replica identity, which blue and green must agree on; ${effect}`,
                    hint: `keep the replica identity of ${table} as blue has it in this deploy, and change it in a later deploy, after the switch`,
                    severity: lenient ? 'warning' : undefined,
                    location,
                },
            ];
        });
    },
};
/** Whether a later statement of this migration adds a primary key or a replica identity to `key`. */
function identityAddedLater(context, key) {
    return context.statements
        .slice(context.index + 1)
        .filter((s) => s.type === 'AlterTableStmt' && tableKey(s.node.relation) === key)
        .flatMap((s) => alterTableCmds(s.node))
        .some((cmd) => (cmd.subtype === 'AT_AddConstraint' &&
        nodeOf(cmd.def, 'Constraint')?.contype === 'CONSTR_PRIMARY') ||
        (cmd.subtype === 'AT_ReplicaIdentity' &&
            ['f', 'i'].includes(String(nodeOf(cmd.def, 'ReplicaIdentityStmt')?.identity_type))));
}
/** Whether a CREATE TABLE declares a primary key (on a column or as a table constraint). */
function declaresPrimaryKey(node) {
    return list(node.tableElts).some((element) => {
        const constraint = nodeOf(element, 'Constraint');
        if (constraint)
            return constraint.contype === 'CONSTR_PRIMARY';
        return blue_green_shared_constraintOf(nodeOf(element, 'ColumnDef'), 'CONSTR_PRIMARY') !== undefined;
    });
}
/**
 * A new table without a primary key is fine on green, but once green is production its tables are
 * published (the reverse replication, the next blue-green deploy), and a published table without a
 * replica identity refuses every UPDATE and DELETE (PostgreSQL docs, Logical Replication,
 * Publication; checked: "cannot update table … because it does not have a replica identity and
 * publishes updates").
 */
const tableWithoutReplicaIdentity = {
    id: 'blue-green-table-without-replica-identity',
    severity: 'warning',
    description: 'A new table without a primary key cannot have its updates and deletes replicated once green is production.',
    nodeTypes: ['CreateStmt', 'CreateTableAsStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const node = statement.node;
        const relation = statement.type === 'CreateStmt'
            ? node.relation
            : node.objtype === 'OBJECT_TABLE'
                ? (nodeOf(node.into, 'IntoClause') ?? node.into)?.rel
                : undefined;
        const rv = (nodeOf(relation, 'RangeVar') ?? relation);
        // Temporary and unlogged tables are never published; partitions and LIKE copies may inherit a key.
        if (!rv || rv.relpersistence !== 'p')
            return [];
        if (statement.type === 'CreateStmt') {
            const copies = list(node.tableElts).some((e) => nodeOf(e, 'TableLikeClause'));
            if (node.partbound || copies || declaresPrimaryKey(node))
                return [];
        }
        if (identityAddedLater(context, tableKey(rv)))
            return [];
        const table = tableName(rv);
        return [
            {
                message: `${table} has no primary key: once green is production and publishes it (a reverse replication of every table, the next blue-green deploy), every UPDATE and DELETE on ${table} fails with "cannot update table … because it does not have a replica identity and publishes updates"`,
                hint: `give ${table} a primary key; or ALTER TABLE ${table} REPLICA IDENTITY USING INDEX <a unique index on NOT NULL columns>; REPLICA IDENTITY FULL as a last resort (every update and delete then logs and compares whole rows)`,
                location: locationOf(rv),
            },
        ];
    },
};
/** The replica-identity rules, in the order the constraint rules list them. */
const identityRules = [replicaIdentity, tableWithoutReplicaIdentity];

;// CONCATENATED MODULE: ./src/core/lint/rules/blue-green-rollback.ts


/** Whether the enum type `parts` was created earlier in this migration. */
function enumIsNew(context, parts) {
    const key = qualifiedNameKey(parts);
    return context.statements
        .slice(0, context.index)
        .some((s) => s.type === 'CreateEnumStmt' && qualifiedNameKey(names(s.node.typeName)) === key);
}
/** Whether an earlier statement of this migration added the constraint `name` to `key`. */
function constraintIsNew(context, key, name) {
    return earlierAlterCmds(context, key).some((cmd) => cmd.subtype === 'AT_AddConstraint' && nodeOf(cmd.def, 'Constraint')?.conname === name);
}
const ROLLBACK_HINT = "keep blue's rule while a rollback to blue is possible, and relax it in a later deploy";
/**
 * After the switch green's writes replicate back to blue, which has the old schema: a value green
 * may store and blue refuses stops that replication, and a rollback then loses green's writes.
 * Before PostgreSQL 15 a publication cannot leave a column out (column lists are 15+), so a
 * column added on green is sent to a blue that does not have it (checked on 18: a subscriber
 * missing a published column stops; with a column list it replicates).
 */
const breaksRollback = {
    id: 'blue-green-breaks-rollback',
    severity: 'warning',
    description: 'A change that lets green store what blue refuses (DROP NOT NULL, DROP CONSTRAINT, a new enum value) stops the replication back to blue after the switch.',
    nodeTypes: ['AlterTableStmt', 'AlterEnumStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const node = statement.node;
        const back = 'the replication back to blue for a rollback stops on the first such row';
        if (statement.type === 'AlterEnumStmt') {
            const parts = names(node.typeName);
            if (node.oldVal !== undefined || enumIsNew(context, parts))
                return [];
            return [
                {
                    message: `ALTER TYPE ${parts.join('.')} ADD VALUE '${String(node.newVal)}': after the switch, a row green writes with '${String(node.newVal)}' is refused by blue ("invalid input value for enum"), and ${back}`,
                    hint: `add the value on blue first (ALTER TYPE … ADD VALUE is safe there), or ${ROLLBACK_HINT}`,
                },
            ];
        }
        const cmds = ['AT_DropNotNull', 'AT_DropConstraint', 'AT_AddColumn'];
        return replicatedCmds(statement, context, cmds).flatMap(({ key, table, cmd }) => {
            const location = rangeVarLocation(node.relation);
            if (cmd.subtype === 'AT_AddColumn') {
                if (context.pgVersion >= 15)
                    return [];
                const column = String(nodeOf(cmd.def, 'ColumnDef')?.colname);
                return [
                    {
                        message: `ADD COLUMN ${column} on ${table} on PostgreSQL ${context.pgVersion}: before 15 a publication cannot leave a column out, so after the switch green sends ${column}, which blue does not have, and the replication back to blue for a rollback stops`,
                        hint: `run PostgreSQL 15 or later (the reverse publication then lists blue's columns only), or accept that a rollback loses the writes green took`,
                        location,
                    },
                ];
            }
            const name = String(cmd.name);
            if (cmd.subtype === 'AT_DropNotNull')
                return addedColumn(context, key, name)
                    ? []
                    : [
                        {
                            message: `ALTER COLUMN ${name} DROP NOT NULL on ${table}: after the switch green may store NULL in ${name}, which blue refuses, and ${back}`,
                            hint: ROLLBACK_HINT,
                            location,
                        },
                    ];
            // A primary key is blue-green-replica-identity's.
            if (name.endsWith('_pkey') || constraintIsNew(context, key, name))
                return [];
            return [
                {
                    message: `DROP CONSTRAINT ${name} on ${table}: after the switch green accepts rows that blue's ${name} refuses, and ${back} (a foreign key excepted: replication does not check those)`,
                    hint: ROLLBACK_HINT,
                    location,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/core/lint/rules/blue-green-constraints.ts






const blue_green_constraints_KINDS = {
    CONSTR_UNIQUE: 'UNIQUE',
    CONSTR_PRIMARY: 'PRIMARY KEY',
    CONSTR_EXCLUSION: 'EXCLUDE',
    CONSTR_CHECK: 'CHECK',
};
/** Column names an expression refers to (the last part of each ColumnRef). */
function referencedColumns(expr) {
    const columns = [];
    walk({ expr }, (type, node) => {
        if (type === 'ColumnRef')
            columns.push(names(node.fields).at(-1) ?? '');
    });
    return columns;
}
/**
 * The constraints an ALTER TABLE adds that can refuse a row blue writes: table constraints
 * (NOT VALID included: it still checks new rows) and, on a new column, a UNIQUE / PRIMARY KEY
 * with one shared default or a CHECK that reads other columns (NULL or one default otherwise).
 */
function canRefuseBlueRows(column, constraint) {
    // USING INDEX attaches an existing unique index: its CREATE UNIQUE INDEX is what enforces.
    if (!column)
        return typeof constraint.indexname !== 'string';
    if (constraint.contype === 'CONSTR_CHECK')
        return referencedColumns(constraint.raw_expr).some((c) => c !== column.colname);
    const def = blue_green_shared_constraintOf(column, 'CONSTR_DEFAULT');
    return def !== undefined && defaultVolatility(def.raw_expr).volatile.length === 0;
}
/**
 * A new UNIQUE / PRIMARY KEY / EXCLUDE / CHECK constraint or unique index on a replicated table:
 * blue does not enforce it, and the first row blue writes that breaks it is a conflict that stops
 * replication (checked: a duplicate under a new unique index, a CHECK … NOT VALID).
 */
const newConstraint = {
    id: 'blue-green-new-constraint',
    severity: 'error',
    description: 'A UNIQUE, PRIMARY KEY, EXCLUDE or CHECK constraint (or unique index) that blue does not enforce stops the replication on the first row from blue that breaks it.',
    nodeTypes: ['AlterTableStmt', 'IndexStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const node = statement.node;
        const hint = (table) => `add it in a later deploy, after the switch (in place: NOT VALID then VALIDATE, or CREATE UNIQUE INDEX CONCURRENTLY), once the code writing ${table} respects it`;
        if (statement.type === 'IndexStmt') {
            if (!node.unique || greenOnly(context, tableKey(node.relation)))
                return [];
            const table = tableName(node.relation);
            return [
                {
                    message: `CREATE UNIQUE INDEX on ${table} on green: blue does not enforce it, and the first duplicate blue writes to ${table} stops the apply worker`,
                    hint: hint(table),
                    location: rangeVarLocation(node.relation),
                },
            ];
        }
        return replicatedCmds(statement, context, ['AT_AddConstraint', 'AT_AddColumn']).flatMap(({ table, cmd }) => {
            const column = cmd.subtype === 'AT_AddColumn' ? nodeOf(cmd.def, 'ColumnDef') : undefined;
            const added = column ? columnConstraints(column) : [nodeOf(cmd.def, 'Constraint') ?? {}];
            return added
                .filter((c) => blue_green_constraints_KINDS[String(c.contype)] !== undefined && canRefuseBlueRows(column, c))
                .map((c) => ({
                message: `${column ? `ADD COLUMN ${String(column.colname)} … ${blue_green_constraints_KINDS[String(c.contype)]}` : `ADD CONSTRAINT${named(c)} ${blue_green_constraints_KINDS[String(c.contype)]}`} on ${table} on green: blue does not enforce it, and the first row blue writes to ${table} that breaks it stops the apply worker${validatesRows(c) ? '' : ' (NOT VALID still checks every new row, replicated ones included)'}`,
                hint: hint(table),
                location: locationOf(c),
            }));
        });
    },
};
/**
 * A foreign key added on green is not checked for replicated rows: foreign keys are triggers, and
 * the apply worker's session_replication_role = replica skips them (checked: a row from blue with
 * a dangling reference is applied). ON DELETE actions do not run for blue's deletes either.
 */
const newForeignKey = {
    id: 'blue-green-new-foreign-key',
    severity: 'warning',
    description: 'A foreign key added on green is not checked for rows replicated from blue: green can take traffic with rows that break it.',
    nodeTypes: ['AlterTableStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        return replicatedCmds(statement, context, ['AT_AddConstraint', 'AT_AddColumn']).flatMap(({ table, cmd }) => {
            const column = cmd.subtype === 'AT_AddColumn' ? nodeOf(cmd.def, 'ColumnDef') : undefined;
            // A new column's rows from blue are NULL (or one default): nothing to reference.
            if (column && !blue_green_shared_constraintOf(column, 'CONSTR_DEFAULT'))
                return [];
            const added = column ? columnConstraints(column) : [nodeOf(cmd.def, 'Constraint') ?? {}];
            return added
                .filter((c) => c.contype === 'CONSTR_FOREIGN')
                .map((c) => ({
                message: `FOREIGN KEY${named(c)} on ${table} REFERENCES ${tableName(c.pktable)} on green: rows replicated from blue are not checked (the apply worker runs with session_replication_role = replica, which skips foreign-key triggers and ON DELETE actions), so green can take traffic holding rows that break it`,
                hint: `add it in a later deploy, after the switch (NOT VALID, then VALIDATE CONSTRAINT, which checks every row)`,
                location: locationOf(c),
            }));
        });
    },
};
/** The blue-green rules on constraints and keys, in the order they report. */
const blue_green_constraints_constraintRules = [
    newConstraint,
    newForeignKey,
    ...identityRules,
    breaksRollback,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/blue-green-data.ts


const WRITES = {
    InsertStmt: 'INSERT INTO',
    UpdateStmt: 'UPDATE',
    DeleteStmt: 'DELETE FROM',
    MergeStmt: 'MERGE INTO',
};
/** The tables a statement writes rows to, with the verb: DML (in CTEs too), TRUNCATE, COPY FROM. */
function writtenTables(statement) {
    const node = statement.node;
    if (statement.type === 'TruncateStmt')
        return list(node.relations).map((relation) => ({ verb: 'TRUNCATE', relation }));
    if (statement.type === 'CopyStmt')
        return node.is_from && node.relation ? [{ verb: 'COPY … FROM', relation: node.relation }] : [];
    const written = [];
    const visit = (type, fields) => {
        if (type in WRITES)
            written.push({ verb: WRITES[type], relation: fields.relation });
    };
    visit(statement.type, node);
    walk(node, visit);
    return written;
}
/**
 * Data changes on green: until the switch green must only receive blue's writes. Its own rows
 * diverge from blue (checked: a row green inserted, then one blue inserts with the same key,
 * stops the apply worker), and the switch refuses a green that has written.
 */
const dataChange = {
    id: 'blue-green-data-change',
    severity: 'error',
    description: 'INSERT, UPDATE, DELETE, MERGE, TRUNCATE or COPY FROM on a replicated table makes green diverge from blue.',
    nodeTypes: [
        'InsertStmt',
        'UpdateStmt',
        'DeleteStmt',
        'MergeStmt',
        'TruncateStmt',
        'CopyStmt',
        'SelectStmt',
    ],
    strategies: BLUE_GREEN,
    check(statement, context) {
        return writtenTables(statement)
            .filter(({ relation }) => !greenOnly(context, tableKey(relation)))
            .map(({ verb, relation }) => {
            const table = tableName(relation);
            return {
                message: `${verb} ${table} writes on green, which must only receive blue's writes until the switch: green's rows diverge from blue's (a row blue later writes with the same key stops the apply worker), and the switch refuses a green that has written`,
                hint: `change the rows of ${table} on blue (the change replicates to green), or after the switch in a later deploy or a batched job; tables new in this deploy may be filled freely`,
                location: rangeVarLocation(relation),
            };
        });
    },
};
/** Names of the CTEs of a statement (they appear as RangeVars but are not tables). */
function cteNames(node) {
    const found = new Set();
    walk(node, (type, fields) => {
        if (type === 'CommonTableExpr' && typeof fields.ctename === 'string')
            found.add(fields.ctename);
    });
    return found;
}
/** The replicated tables a statement's query reads (its RangeVars, CTEs and green-only tables aside). */
function replicatedSources(node, query, context) {
    const ctes = cteNames(node);
    const sources = new Set();
    walk({ query }, (type, fields) => {
        if (type !== 'RangeVar')
            return;
        const plain = fields.schemaname === undefined && ctes.has(String(fields.relname));
        if (!plain && !greenOnly(context, tableKey(fields)))
            sources.add(tableName(fields));
    });
    return [...sources];
}
/**
 * Filling a new table from replicated ones copies them as they are now: blue's later writes reach
 * the sources on green, not the copy (and triggers on the sources do not fire for them unless
 * enabled ALWAYS or REPLICA).
 */
const staleBackfill = {
    id: 'blue-green-stale-backfill',
    severity: 'warning',
    description: 'Filling a new table from replicated ones on green misses every change blue makes to them until the switch.',
    nodeTypes: ['InsertStmt', 'CreateTableAsStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const node = statement.node;
        const isInsert = statement.type === 'InsertStmt';
        if (!isInsert && node.objtype !== 'OBJECT_TABLE')
            return [];
        const target = isInsert
            ? node.relation
            : (nodeOf(node.into, 'IntoClause')?.rel ?? node.into?.rel);
        // An INSERT into a replicated table is blue-green-data-change's.
        if (isInsert && !greenOnly(context, tableKey(target)))
            return [];
        const sources = replicatedSources(node, isInsert ? node.selectStmt : node.query, context);
        if (sources.length === 0)
            return [];
        const table = tableName(target);
        const from = sources.join(', ');
        return [
            {
                message: `${isInsert ? 'INSERT INTO' : 'CREATE TABLE'} ${table} … ${isInsert ? 'SELECT' : 'AS SELECT'} from ${from} copies ${from} as it is now: blue keeps writing ${from} until the switch, and ${table} misses every later change`,
                hint: `fill ${table} after the switch (a batched job), or keep it in step with a trigger on ${from} enabled with ALTER TABLE … ENABLE ALWAYS TRIGGER (it then fires for replicated rows; schema-qualify the names its function uses)`,
                location: rangeVarLocation(target),
            },
        ];
    },
};
/** Whether a sequence is green-only: created earlier in this migration, or a new table's (`<table>_…_seq`). */
function sequenceIsNew(context, key) {
    const created = context.statements
        .slice(0, context.index)
        .some((s) => s.type === 'CreateSeqStmt' && tableKey(s.node.sequence) === key);
    const newTables = [...context.createdTables, ...context.createdInDeploy];
    return created || (key.endsWith('_seq') && newTables.some((t) => key.startsWith(`${t}_`)));
}
/** The sequence named by setval()'s first argument (`'s'`, `'s'::regclass`), when it is a constant. */
function setvalTarget(call) {
    const [first] = list(call.args);
    const constant = nodeOf(nodeOf(first, 'TypeCast')?.arg ?? first, 'A_Const');
    const value = nodeOf(constant?.sval, 'String') ?? constant?.sval;
    return typeof value?.sval === 'string' ? value.sval : undefined;
}
const restarts = (options) => list(options).some((o) => nodeOf(o, 'DefElem')?.defname === 'restart');
/**
 * Sequence values set on green are lost: logical replication does not carry sequences, and the
 * switch copies blue's values over green's (checked: setval on the subscriber stays local).
 */
const sequenceValue = {
    id: 'blue-green-sequence-value',
    severity: 'warning',
    description: "setval() or RESTART on green is lost: the switch copies blue's sequence values over green's.",
    nodeTypes: ['SelectStmt', 'AlterSeqStmt', 'AlterTableStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const hint = (what) => `set ${what} on blue before the switch (the switch copies it to green), or after the switch in a later deploy`;
        const lost = "is lost: logical replication does not carry sequence values, and the switch copies blue's over green's";
        const node = statement.node;
        if (statement.type === 'AlterSeqStmt') {
            if (!restarts(node.options) || sequenceIsNew(context, tableKey(node.sequence)))
                return [];
            const sequence = tableName(node.sequence);
            return [
                {
                    message: `ALTER SEQUENCE ${sequence} RESTART on green ${lost}`,
                    hint: hint(`the value of ${sequence}`),
                },
            ];
        }
        if (statement.type === 'AlterTableStmt')
            return replicatedCmds(statement, context, ['AT_SetIdentity'])
                .filter(({ cmd }) => restarts(nodeOf(cmd.def, 'List')?.items ?? cmd.def))
                .filter(({ key, cmd }) => !addedColumn(context, key, String(cmd.name)))
                .map(({ table, cmd }) => ({
                message: `ALTER COLUMN ${String(cmd.name)} RESTART on ${table} on green ${lost}`,
                hint: hint(`the identity's value`),
                location: rangeVarLocation(node.relation),
            }));
        const hits = [];
        walk(node, (type, call) => {
            if (type !== 'FuncCall' || names(call.funcname).at(-1) !== 'setval')
                return;
            const target = setvalTarget(call);
            if (target !== undefined && sequenceIsNew(context, qualifiedNameKey(target.split('.'))))
                return;
            const sequence = target ?? 'a sequence';
            hits.push({
                message: `setval(${target ? `'${target}'` : '…'}) on green ${lost}`,
                hint: hint(`the value of ${sequence}`),
                location: locationOf(call),
            });
        });
        return hits;
    },
};
/** CreateTrigStmt.timing of INSTEAD OF (TRIGGER_TYPE_INSTEAD, src/include/catalog/pg_trigger.h). */
const INSTEAD_OF = 64;
/** Whether a later statement of this migration enables trigger `name` on `key` ALWAYS or REPLICA. */
function firesOnReplica(context, key, name) {
    return context.statements
        .slice(context.index + 1)
        .filter((s) => s.type === 'AlterTableStmt' && tableKey(s.node.relation) === key)
        .flatMap((s) => alterTableCmds(s.node))
        .some((cmd) => /^AT_Enable(Always|Replica)Trig$/.test(String(cmd.subtype)) && cmd.name === name);
}
/**
 * Triggers on green do not fire for replicated rows unless enabled ALWAYS or REPLICA (PostgreSQL
 * docs, ALTER TABLE, DISABLE/ENABLE [ REPLICA | ALWAYS ] TRIGGER); those that do run in the apply
 * worker, whose search_path is empty (checked: a trigger function inserting into an unqualified
 * table stops the apply worker; schema-qualified, it works).
 */
const triggerOnReplicatedTable = {
    id: 'blue-green-trigger-on-replicated-table',
    severity: 'notice',
    description: "A trigger on a replicated table does not fire for blue's rows unless enabled ALWAYS or REPLICA, and then runs with an empty search_path.",
    nodeTypes: ['CreateTrigStmt', 'AlterTableStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const node = statement.node;
        const key = tableKey(node.relation);
        const table = tableName(node.relation);
        const qualify = 'schema-qualify every name its function uses (or give the function SET search_path): the apply worker runs it with an empty search_path, and a name it cannot resolve stops the replication';
        if (statement.type === 'AlterTableStmt')
            return replicatedCmds(statement, context, [
                'AT_EnableAlwaysTrig',
                'AT_EnableReplicaTrig',
            ]).map(({ cmd }) => ({
                message: `trigger ${String(cmd.name)} on ${table} fires for the rows blue replicates into green, in the apply worker`,
                hint: qualify,
                location: rangeVarLocation(node.relation),
            }));
        const name = String(node.trigname);
        // INSTEAD OF triggers belong to views, which replication does not write to.
        if (node.timing === INSTEAD_OF)
            return [];
        if (greenOnly(context, key) || firesOnReplica(context, key, name))
            return [];
        return [
            {
                message: `trigger ${name} on ${table} does not fire for the rows blue replicates into green (the apply worker runs with session_replication_role = replica): until the switch it sees only green's own writes`,
                hint: `if it must see blue's writes (e.g. it keeps a new column in step), ALTER TABLE ${table} ENABLE ALWAYS TRIGGER ${name}, and ${qualify}`,
                location: rangeVarLocation(node.relation),
            },
        ];
    },
};
const blue_green_data_dataRules = [
    dataChange,
    staleBackfill,
    sequenceValue,
    triggerOnReplicatedTable,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/blue-green.ts





/**
 * DROP TABLE on green: blue's next write to the table has no target ("logical replication target
 * relation … does not exist").
 */
const dropTable = {
    id: 'blue-green-drop-table',
    severity: 'error',
    description: "DROP TABLE on green stops the replication of blue's writes to that table.",
    nodeTypes: ['DropStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        if (statement.node.removeType !== 'OBJECT_TABLE')
            return [];
        return list(statement.node.objects)
            .map((object) => names(nodeOf(object, 'List')?.items))
            .filter((parts) => !greenOnly(context, qualifiedNameKey(parts)))
            .map((parts) => {
            const table = parts.join('.');
            return {
                message: `DROP TABLE ${table} on green: blue still writes ${table}, and applying its next change fails ("target relation does not exist"); ${STOPS}`,
                hint: `keep ${table} in this deploy; stop using it in the code, and drop it in a later deploy, after the switch`,
            };
        });
    },
};
/** DROP COLUMN on green: blue's rows still carry the column ("missing replicated column"). */
const dropColumn = {
    id: 'blue-green-drop-column',
    severity: 'error',
    description: "DROP COLUMN on green stops the replication: blue's rows still carry the column.",
    nodeTypes: ['AlterTableStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        return replicatedCmds(statement, context, ['AT_DropColumn'])
            .filter(({ key, cmd }) => !addedColumn(context, key, String(cmd.name)))
            .map(({ table, cmd }) => {
            const column = String(cmd.name);
            return {
                message: `DROP COLUMN ${table}.${column} on green: blue's next write to ${table} carries ${column}, which green no longer has ("missing replicated column"); ${STOPS}`,
                hint: `keep ${column} in this deploy (nullable or with a default if the new code stops writing it), and drop it in a later deploy, after the switch`,
                location: rangeVarLocation(statement.node.relation),
            };
        });
    },
};
/**
 * ALTER TABLE … RENAME TO / SET SCHEMA on green: tables are matched by schema and name, so blue's
 * writes find no target, and green's writes after the switch find none on blue.
 */
const blue_green_renameTable = {
    id: 'blue-green-rename-table',
    severity: 'error',
    description: 'Renaming a table (or moving it to another schema) on green stops the replication.',
    nodeTypes: ['RenameStmt', 'AlterObjectSchemaStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const node = statement.node;
        const rename = statement.type === 'RenameStmt';
        if ((rename ? node.renameType : node.objectType) !== 'OBJECT_TABLE')
            return [];
        if (greenOnly(context, tableKey(node.relation)))
            return [];
        const table = tableName(node.relation);
        const rv = (nodeOf(node.relation, 'RangeVar') ?? node.relation);
        const to = rename ? String(node.newname) : `${String(node.newschema)}.${String(rv.relname)}`;
        return [
            {
                message: `${rename ? `RENAME TO ${String(node.newname)}` : `SET SCHEMA ${String(node.newschema)}`} on ${table} on green: replication matches tables by name, so blue's next write to ${table} has no target; ${STOPS}; after the switch, green's writes to ${to} have none on blue`,
                hint: `keep the name in this deploy: give the new code the new name as a view (CREATE VIEW ${to} AS SELECT * FROM ${table}, updatable), and rename in a later deploy, after the switch`,
                location: rangeVarLocation(node.relation),
            },
        ];
    },
};
/** RENAME COLUMN on green: columns are matched by name. */
const blue_green_renameColumn = {
    id: 'blue-green-rename-column',
    severity: 'error',
    description: 'Renaming a column on green stops the replication: columns are matched by name.',
    nodeTypes: ['RenameStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const node = statement.node;
        if (node.renameType !== 'OBJECT_COLUMN' || node.relationType !== 'OBJECT_TABLE')
            return [];
        const key = tableKey(node.relation);
        const [old, renamed] = [String(node.subname), String(node.newname)];
        if (greenOnly(context, key) || addedColumn(context, key, old))
            return [];
        const table = tableName(node.relation);
        return [
            {
                message: `RENAME COLUMN ${table}.${old} TO ${renamed} on green: blue's writes to ${table} carry ${old}, which green no longer has; ${STOPS}; after the switch, green's writes carry ${renamed}, which blue does not have`,
                hint: `add ${renamed} as a new nullable column, have the new code read ${renamed} and fall back to ${old}, then backfill and drop ${old} in later deploys, after the switch`,
                location: rangeVarLocation(node.relation),
            },
        ];
    },
};
/**
 * ALTER COLUMN TYPE on green: blue's values arrive as text and must parse as the new type (a
 * binary subscription refuses any type difference); after the switch green's values must parse
 * as blue's old type. Checked: text → integer stops on 'abc'; integer → bigint replicates.
 */
const blue_green_columnType = {
    id: 'blue-green-column-type',
    severity: 'error',
    description: "ALTER COLUMN TYPE on green: blue's values must parse as the new type, green's as the old one.",
    nodeTypes: ['AlterTableStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        return replicatedCmds(statement, context, ['AT_AlterColumnType'])
            .filter(({ key, cmd }) => !addedColumn(context, key, String(cmd.name)))
            .map(({ table, cmd }) => {
            const column = String(cmd.name);
            const type = typeNameText(nodeOf(cmd.def, 'ColumnDef')?.typeName);
            return {
                message: `ALTER COLUMN ${column} TYPE ${type} on ${table} on green: blue's values of ${column} arrive as text and must parse as ${type}, or the apply worker stops (a binary subscription refuses any type change); after the switch, green's values must fit blue's old type for a rollback`,
                hint: `add a new nullable column of type ${type} and move to it across deploys (the new code writes both, backfill after the switch, drop the old column later); a widening such as integer → bigint replicates while green's values still fit the old type: if that is enough, mark it ${blue_green_shared_IGNORE('blue-green-column-type')}`,
                location: locationOf(nodeOf(cmd.def, 'ColumnDef')),
            };
        });
    },
};
/**
 * NOT NULL on green: rows from blue lack a column blue does not have (the apply worker fills its
 * default, NULL without one), and blue may write NULL into a column it allows NULL in.
 */
const notNull = {
    id: 'blue-green-not-null',
    severity: 'error',
    description: 'A NOT NULL that blue does not have stops the replication on the first NULL from blue.',
    nodeTypes: ['AlterTableStmt'],
    strategies: BLUE_GREEN,
    check(statement, context) {
        const cmds = ['AT_AddColumn', 'AT_SetNotNull', 'AT_AddConstraint'];
        return replicatedCmds(statement, context, cmds).flatMap(({ key, table, cmd }) => {
            if (cmd.subtype === 'AT_AddColumn') {
                const def = nodeOf(cmd.def, 'ColumnDef');
                const required = blue_green_shared_constraintOf(def, 'CONSTR_NOTNULL') ?? blue_green_shared_constraintOf(def, 'CONSTR_PRIMARY');
                if (!required || blue_green_shared_filledColumn(def))
                    return [];
                const column = String(def?.colname);
                return [
                    {
                        message: `ADD COLUMN ${column} … NOT NULL without a DEFAULT on ${table} on green: the rows blue inserts arrive without ${column}, get NULL, and the apply worker stops on the not-null violation`,
                        hint: `give ${column} a DEFAULT (rows from blue get it), or add it nullable and make it NOT NULL in a later deploy, after the switch`,
                        location: locationOf(required),
                    },
                ];
            }
            const constraint = nodeOf(cmd.def, 'Constraint');
            const column = cmd.subtype === 'AT_SetNotNull'
                ? String(cmd.name)
                : constraint?.contype === 'CONSTR_NOTNULL'
                    ? names(constraint.keys)[0]
                    : undefined;
            if (column === undefined || blue_green_shared_filledColumn(addedColumn(context, key, column)))
                return [];
            return [
                {
                    message: `${cmd.subtype === 'AT_SetNotNull' ? `ALTER COLUMN ${column} SET NOT NULL` : `ADD CONSTRAINT${named(constraint ?? {})} NOT NULL ${column}`} on ${table} on green: blue allows NULL in ${column} and may still write one, and the apply worker stops on the first`,
                    hint: `make ${column} NOT NULL in a later deploy, after the switch, once no running code writes NULL into it`,
                    location: locationOf(constraint),
                },
            ];
        });
    },
};
const blueGreenRules = [
    dropTable,
    dropColumn,
    blue_green_renameTable,
    blue_green_renameColumn,
    blue_green_columnType,
    notNull,
    ...blue_green_constraints_constraintRules,
    ...blue_green_data_dataRules,
];

;// CONCATENATED MODULE: ./src/core/lint/rules/names.ts


/** The statement types that give objects names (see `createdNames`). */
const NAMING = [
    'CreateStmt',
    'CreateTableAsStmt',
    'ViewStmt',
    'CreateSeqStmt',
    'IndexStmt',
    'AlterTableStmt',
    'CreateTrigStmt',
    'CreatePolicyStmt',
    'CreateEnumStmt',
    'CreateDomainStmt',
    'CompositeTypeStmt',
    'CreateSchemaStmt',
    'RenameStmt',
];
/** Whether a statement between `from` and `to` drops an object stored as `stored`. */
function droppedBetween(context, from, stored) {
    return context.statements
        .slice(from + 1, context.index)
        .some((s) => s.type === 'DropStmt' &&
        list(s.node.objects).some((o) => names(nodeOf(o, 'List')?.items ?? [o]).at(-1) === stored));
}
/** An earlier name (this migration, the same statement, or the schema) that `name` clashes with. */
function clashWith(statement, name, before, context) {
    const differs = (other) => other.namespace === name.namespace &&
        other.stored === name.stored &&
        other.written !== name.written;
    const same = before.find(differs);
    if (same)
        return `${same.written}, earlier in the same statement`;
    for (let i = context.index - 1; i >= 0; i -= 1) {
        const earlier = context.statements[i];
        const other = createdNames(earlier).find(differs);
        if (other && !droppedBetween(context, i, name.stored))
            return `${other.written}, earlier in this migration`;
    }
    const known = context.knownNames.get(nameKey(name.namespace, name.stored));
    if (known && known.written !== name.written && statement)
        return `${known.written}, created by ${known.where}`;
    return undefined;
}
/**
 * Two names that share their first 63 bytes are the same name to PostgreSQL: the second CREATE
 * fails with "already exists", or with IF NOT EXISTS is skipped with only a NOTICE, and the
 * object the migration means is never created (PostgreSQL docs, 4.1.1 Identifiers; CREATE TABLE,
 * IF NOT EXISTS).
 */
const truncatedNameClash = {
    id: 'truncated-name-clash',
    severity: 'error',
    description: 'Two names that share their first 63 bytes are one name to PostgreSQL: the second CREATE fails, or with IF NOT EXISTS is silently skipped.',
    nodeTypes: NAMING,
    check(statement, context) {
        const created = createdNames(statement);
        const hits = [];
        created.forEach((name, i) => {
            const other = clashWith(statement, name, created.slice(0, i), context);
            if (!other)
                return;
            const what = name.namespace.split(' ')[0];
            hits.push({
                message: `${what} name ${name.written} is longer than ${MAX_IDENTIFIER_BYTES} bytes: PostgreSQL cuts it to ${name.stored}, which is also the name of ${other}, so ${name.ifNotExists ? 'IF NOT EXISTS skips this statement with only a NOTICE and the object is never created' : 'the statement fails with "already exists"'}`,
                hint: `give the two names a difference within their first ${MAX_IDENTIFIER_BYTES} bytes (shorten the long one)`,
            });
        });
        return hits;
    },
};
/** Catalog and information_schema columns that hold names (`name` values of at most 63 bytes). */
const NAME_COLUMNS = new Set([
    'relname',
    'indexname',
    'indexrelname',
    'tablename',
    'viewname',
    'matviewname',
    'sequencename',
    'conname',
    'tgname',
    'typname',
    'attname',
    'proname',
    'nspname',
    'schemaname',
    'polname',
    'policyname',
    'extname',
    'table_name',
    'column_name',
    'constraint_name',
    'index_name',
    'trigger_name',
    'sequence_name',
    'routine_name',
    'udt_name',
]);
/** Long string constants compared with a catalog name column (`= '…'`, `IN ('…')`). */
function comparedWithNames(node) {
    const compared = new Set();
    walk(node, (type, expr) => {
        if (type !== 'A_Expr')
            return;
        const column = [expr.lexpr, expr.rexpr]
            .map((side) => names(nodeOf(side, 'ColumnRef')?.fields).at(-1))
            .find((name) => name !== undefined && NAME_COLUMNS.has(name));
        if (!column)
            return;
        walk({ sides: [expr.lexpr, expr.rexpr] }, (inner, constant) => {
            if (inner !== 'A_Const')
                return;
            const sval = nodeOf(constant.sval, 'String')?.sval ?? constant.sval?.sval;
            if (typeof sval === 'string')
                compared.add(sval);
        });
    });
    return compared;
}
/** Every long name written in this migration before this statement (and in this one). */
function writtenLongNames(context) {
    const found = new Set();
    for (const s of context.statements.slice(0, context.index + 1))
        for (const name of createdNames(s))
            if (name.written !== name.stored)
                found.add(name.written);
    for (const known of context.knownNames.values())
        found.add(known.written);
    return found;
}
/**
 * A name longer than 63 bytes looked up as a string never matches: the catalog holds it cut to 63
 * bytes (`WHERE indexname = '…'` in an IF NOT EXISTS guard is false for ever, so the guarded
 * statement runs again and fails).
 */
const truncatedNameLookup = {
    id: 'truncated-name-lookup',
    severity: 'warning',
    description: 'A name longer than 63 bytes compared as a string never matches: the catalog holds it cut to 63 bytes.',
    nodeTypes: ['*'],
    check(statement, context) {
        const strings = longStrings(statement);
        if (strings.length === 0)
            return [];
        const compared = comparedWithNames(statement.node);
        // Only a string not compared with a name column needs the migration's long names.
        const written = strings.every((s) => compared.has(s.value))
            ? new Set()
            : writtenLongNames(context);
        return strings
            .filter((s) => compared.has(s.value) || written.has(s.value))
            .map((s) => ({
            message: `'${s.value}' is looked up as a name, but it is longer than ${MAX_IDENTIFIER_BYTES} bytes and PostgreSQL stores names cut to ${truncateIdentifier(s.value)}: the comparison never matches`,
            hint: `compare with the stored name '${truncateIdentifier(s.value)}', or better, shorten the name so that both are the same`,
            location: s.location,
        }));
    },
};
const nameRules = [truncatedNameClash, truncatedNameLookup];

;// CONCATENATED MODULE: ./src/core/lint/versions-construct.ts
/** A node test that passes every node of the type it is listed under. */
const always = () => true;
/** A node test that passes an AlterTableCmd (or similar) of one of these subtypes. */
const subtype = (...subtypes) => (cmd) => subtypes.includes(String(cmd.subtype));

;// CONCATENATED MODULE: ./src/core/lint/versions-pg10-15.ts
/**
 * Rows of the newer-constructs table (versions.ts) for the constructs PostgreSQL 10 to 15
 * introduced, newest first. Each row's example is checked against the grammars in the tests
 * (PostgreSQL 12 and older from the release notes).
 */


/** The constructs of PostgreSQL 15 down to 10, newest first. */
const CONSTRUCTS_PG10_15 = [
    {
        since: 15,
        what: 'MERGE',
        kind: 'syntax',
        example: 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a',
        hint: /MERGE/i,
        nodes: { MergeStmt: always },
    },
    {
        since: 15,
        what: 'UNIQUE NULLS NOT DISTINCT',
        kind: 'syntax',
        example: 'CREATE UNIQUE INDEX i ON t (a) NULLS NOT DISTINCT',
        hint: /DISTINCT/i,
        nodes: {
            IndexStmt: (i) => i.nulls_not_distinct === true,
            Constraint: (c) => c.nulls_not_distinct === true,
        },
    },
    {
        since: 15,
        what: 'ALTER TABLE … SET ACCESS METHOD',
        kind: 'syntax',
        example: 'ALTER TABLE t SET ACCESS METHOD heap',
        hint: /ACCESS\s+METHOD/i,
        nodes: { AlterTableCmd: subtype('AT_SetAccessMethod') },
    },
    {
        since: 15,
        what: 'publications of whole schemas, column lists or row filters',
        kind: 'syntax',
        example: 'CREATE PUBLICATION p FOR TABLE t (a, b)',
        hint: /PUBLICATION/i,
        nodes: {
            PublicationObjSpec: (p) => {
                const table = (p.pubtable ?? {});
                return (p.pubobjtype !== 'PUBLICATIONOBJ_TABLE' ||
                    list(table.columns).length > 0 ||
                    table.whereClause !== undefined);
            },
        },
    },
    {
        since: 15,
        what: 'GRANT … ON PARAMETER',
        kind: 'syntax',
        example: 'GRANT SET ON PARAMETER work_mem TO alice',
        hint: /PARAMETER/i,
        nodes: { GrantStmt: (g) => g.objtype === 'OBJECT_PARAMETER_ACL' },
    },
    {
        since: 14,
        what: 'DETACH PARTITION … CONCURRENTLY / FINALIZE',
        kind: 'syntax',
        example: 'ALTER TABLE t DETACH PARTITION p CONCURRENTLY',
        hint: /DETACH/i,
        nodes: {
            AlterTableCmd: (cmd) => cmd.subtype === 'AT_DetachPartitionFinalize' ||
                (cmd.subtype === 'AT_DetachPartition' &&
                    cmd.def?.PartitionCmd?.concurrent ===
                        true),
        },
    },
    {
        since: 14,
        what: 'CREATE OR REPLACE TRIGGER',
        kind: 'syntax',
        example: 'CREATE OR REPLACE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
        hint: /REPLACE/i,
        nodes: { CreateTrigStmt: (t) => t.replace === true },
    },
    {
        since: 14,
        what: 'a SQL-standard function body (BEGIN ATOMIC … END, RETURN …)',
        kind: 'syntax',
        example: 'CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1',
        hint: /ATOMIC|RETURN/i,
        nodes: { CreateFunctionStmt: (f) => f.sql_body !== undefined },
    },
    {
        since: 14,
        what: 'column COMPRESSION',
        kind: 'syntax',
        example: 'CREATE TABLE t (c text COMPRESSION lz4)',
        hint: /COMPRESSION/i,
        nodes: {
            ColumnDef: (c) => c.compression !== undefined,
            AlterTableCmd: subtype('AT_SetCompression'),
        },
    },
    {
        since: 14,
        what: 'SEARCH / CYCLE in a recursive query',
        kind: 'syntax',
        example: 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) CYCLE n SET c USING p SELECT * FROM r',
        hint: /SEARCH|CYCLE/i,
        nodes: {
            CommonTableExpr: (c) => c.search_clause !== undefined || c.cycle_clause !== undefined,
        },
    },
    {
        since: 14,
        what: 'GROUP BY DISTINCT',
        kind: 'syntax',
        example: 'SELECT a FROM t GROUP BY DISTINCT ROLLUP (a)',
        hint: /DISTINCT/i,
        nodes: { SelectStmt: (s) => s.groupDistinct === true },
    },
    {
        since: 14,
        what: 'an alias for JOIN … USING',
        kind: 'syntax',
        example: 'SELECT * FROM t JOIN u USING (id) AS j',
        hint: /USING/i,
        nodes: { JoinExpr: (j) => j.join_using_alias !== undefined },
    },
    {
        since: 13,
        what: 'FETCH FIRST … WITH TIES',
        kind: 'syntax',
        example: 'SELECT * FROM t ORDER BY a FETCH FIRST 1 ROWS WITH TIES',
        hint: /TIES/i,
        nodes: { SelectStmt: (s) => s.limitOption === 'LIMIT_OPTION_WITH_TIES' },
    },
    {
        since: 13,
        what: 'ALTER COLUMN … DROP EXPRESSION',
        kind: 'syntax',
        example: 'ALTER TABLE t ALTER COLUMN c DROP EXPRESSION',
        hint: /EXPRESSION/i,
        nodes: { AlterTableCmd: subtype('AT_DropExpression') },
    },
    {
        since: 12,
        what: 'generated columns (GENERATED ALWAYS AS (…) STORED)',
        kind: 'syntax',
        example: 'ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a + 1) STORED',
        hint: /GENERATED\s+ALWAYS\s+AS\s*\(/i,
        nodes: { Constraint: (c) => c.contype === 'CONSTR_GENERATED' },
    },
    {
        since: 12,
        what: 'REINDEX CONCURRENTLY',
        kind: 'syntax',
        example: 'REINDEX TABLE CONCURRENTLY t',
        hint: /CONCURRENTLY/i,
        nodes: {
            ReindexStmt: (r) => list(r.params).some((p) => p.DefElem?.defname === 'concurrently'),
        },
    },
    {
        since: 12,
        what: 'table access methods (CREATE TABLE … USING)',
        kind: 'syntax',
        example: 'CREATE TABLE t (a int) USING heap',
        hint: /USING/i,
        nodes: { CreateStmt: (c) => c.accessMethod !== undefined },
    },
    {
        since: 11,
        what: 'procedures (CREATE PROCEDURE, CALL)',
        kind: 'syntax',
        example: 'CALL p()',
        hint: /PROCEDURE|CALL/i,
        nodes: { CreateFunctionStmt: (f) => f.is_procedure === true, CallStmt: always },
    },
    {
        since: 11,
        what: 'INCLUDE columns of an index',
        kind: 'syntax',
        example: 'CREATE INDEX i ON t (a) INCLUDE (b)',
        hint: /INCLUDE/i,
        nodes: {
            IndexStmt: (i) => list(i.indexIncludingParams).length > 0,
            Constraint: (c) => list(c.including).length > 0,
        },
    },
    {
        since: 11,
        what: 'hash partitioning and DEFAULT partitions',
        kind: 'syntax',
        example: 'CREATE TABLE t (a int) PARTITION BY HASH (a)',
        hint: /HASH|DEFAULT/i,
        nodes: {
            CreateStmt: (c) => c.partspec?.strategy === 'PARTITION_STRATEGY_HASH' ||
                c.partbound?.is_default === true,
            PartitionCmd: (p) => p.bound?.is_default === true,
        },
    },
    {
        since: 10,
        what: 'identity columns (GENERATED … AS IDENTITY)',
        kind: 'syntax',
        example: 'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY)',
        hint: /IDENTITY/i,
        nodes: {
            Constraint: (c) => c.contype === 'CONSTR_IDENTITY',
            AlterTableCmd: subtype('AT_AddIdentity', 'AT_SetIdentity', 'AT_DropIdentity'),
        },
    },
    {
        since: 10,
        what: 'declarative partitioning (PARTITION BY, PARTITION OF)',
        kind: 'syntax',
        example: 'CREATE TABLE t (a int) PARTITION BY RANGE (a)',
        hint: /PARTITION/i,
        nodes: {
            CreateStmt: (c) => c.partspec !== undefined || c.partbound !== undefined,
            AlterTableCmd: subtype('AT_AttachPartition', 'AT_DetachPartition'),
        },
    },
    {
        since: 10,
        what: 'ALTER TYPE … RENAME VALUE',
        kind: 'syntax',
        example: "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'",
        hint: /RENAME/i,
        nodes: { AlterEnumStmt: (e) => e.oldVal !== undefined },
    },
    {
        since: 10,
        what: 'CREATE STATISTICS',
        kind: 'syntax',
        example: 'CREATE STATISTICS s ON a, b FROM t',
        hint: /STATISTICS/i,
        nodes: { CreateStatsStmt: always },
    },
    {
        since: 10,
        what: 'logical replication (CREATE PUBLICATION / SUBSCRIPTION)',
        kind: 'syntax',
        example: 'CREATE PUBLICATION p FOR ALL TABLES',
        hint: /PUBLICATION|SUBSCRIPTION/i,
        nodes: {
            CreatePublicationStmt: always,
            CreateSubscriptionStmt: always,
            AlterPublicationStmt: always,
            AlterSubscriptionStmt: always,
        },
    },
];

;// CONCATENATED MODULE: ./src/core/lint/versions-pg16-18.ts
/**
 * Rows of the newer-constructs table (versions.ts) for the constructs PostgreSQL 16, 17 and 18
 * introduced, newest first. Each row's example is checked against the grammars in the tests.
 */


/** The constructs of PostgreSQL 18, 17 and 16, newest first. */
const CONSTRUCTS_PG16_18 = [
    {
        since: 18,
        what: 'a VIRTUAL generated column (GENERATED ALWAYS AS (…) without STORED is VIRTUAL from 18)',
        kind: 'syntax',
        example: 'ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a + 1) VIRTUAL',
        hint: /GENERATED\s+ALWAYS\s+AS\s*\(/i,
        nodes: { Constraint: (c) => c.contype === 'CONSTR_GENERATED' && c.generated_kind === 'v' },
    },
    {
        since: 18,
        what: 'NOT ENFORCED constraints',
        kind: 'syntax',
        example: 'ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT ENFORCED',
        hint: /ENFORCED/i,
        nodes: {
            Constraint: (c) => (c.contype === 'CONSTR_CHECK' || c.contype === 'CONSTR_FOREIGN') && c.is_enforced !== true,
            ATAlterConstraint: (c) => c.alterEnforceability === true,
        },
    },
    {
        since: 18,
        what: 'a NOT NULL constraint with a name or a column list (CONSTRAINT … NOT NULL col)',
        kind: 'syntax',
        example: 'CREATE TABLE t (a int, CONSTRAINT a_not_null NOT NULL a)',
        // The table-constraint form: `CONSTRAINT name NOT NULL col` or `, NOT NULL col`.
        hint: /(?:CONSTRAINT\s+(?:"[^"]*"|\S+)\s+|[(,]\s*)NOT\s+NULL\s+[^\s,)]/i,
        nodes: { Constraint: (c) => c.contype === 'CONSTR_NOTNULL' && list(c.keys).length > 0 },
        // ALTER TABLE … ADD CONSTRAINT … NOT NULL: set-not-null-scans-table, with the recipe for older majors.
        reportedElsewhere: ['AlterTableStmt'],
    },
    {
        since: 18,
        what: 'temporal keys (WITHOUT OVERLAPS, PERIOD)',
        kind: 'syntax',
        example: 'CREATE TABLE t (id int, valid tstzrange, PRIMARY KEY (id, valid WITHOUT OVERLAPS))',
        hint: /\bWITHOUT\s+OVERLAPS\b|\bPERIOD\b/i,
        nodes: {
            Constraint: (c) => c.without_overlaps === true || c.fk_with_period === true || c.pk_with_period === true,
        },
    },
    {
        since: 18,
        what: 'RETURNING WITH (OLD AS …, NEW AS …)',
        kind: 'syntax',
        example: 'UPDATE t SET a = 1 RETURNING WITH (OLD AS o) o.a',
        hint: /RETURNING\s+WITH\b/i,
        nodes: { ReturningOption: always },
    },
    {
        since: 18,
        what: 'ALTER CONSTRAINT … [NO] INHERIT',
        kind: 'syntax',
        example: 'ALTER TABLE t ALTER CONSTRAINT c NO INHERIT',
        hint: /\bINHERIT\b/i,
        nodes: { ATAlterConstraint: (c) => c.alterInheritability === true },
    },
    {
        since: 18,
        what: 'VACUUM ONLY / ANALYZE ONLY',
        kind: 'syntax',
        example: 'ANALYZE ONLY t',
        hint: /^\s*(?:VACUUM|ANALYZE)\b[\s\S]*\bONLY\b/i,
        nodes: {
            VacuumRelation: (v) => typeof v.relation === 'object' && v.relation?.inh !== true,
        },
    },
    {
        since: 17,
        what: 'MERGE … RETURNING',
        kind: 'syntax',
        example: 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE RETURNING t.id',
        hint: /RETURNING/i,
        nodes: { MergeStmt: (m) => m.returningClause !== undefined || m.returningList !== undefined },
    },
    {
        since: 17,
        what: 'MERGE … WHEN NOT MATCHED BY SOURCE',
        kind: 'syntax',
        example: 'MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE',
        hint: /BY\s+SOURCE/i,
        nodes: { MergeWhenClause: (w) => w.matchKind === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE' },
    },
    {
        since: 17,
        what: 'JSON_TABLE',
        kind: 'syntax',
        example: "SELECT * FROM JSON_TABLE('{}'::jsonb, '$' COLUMNS (a int PATH '$.a')) AS jt",
        hint: /JSON_TABLE/i,
        nodes: { JsonTable: always },
    },
    {
        since: 17,
        what: 'the SQL/JSON query functions (JSON_QUERY, JSON_VALUE, JSON_EXISTS, JSON_SCALAR, JSON_SERIALIZE, JSON())',
        kind: 'function',
        example: "SELECT JSON_VALUE('{}'::jsonb, '$.a')",
        hint: /JSON/i,
        nodes: {
            JsonFuncExpr: always,
            JsonScalarExpr: always,
            JsonSerializeExpr: always,
            JsonParseExpr: always,
        },
    },
    {
        since: 17,
        what: 'ALTER COLUMN … SET EXPRESSION',
        kind: 'syntax',
        example: 'ALTER TABLE t ALTER COLUMN c SET EXPRESSION AS (a + 2)',
        hint: /EXPRESSION/i,
        nodes: { AlterTableCmd: subtype('AT_SetExpression') },
    },
    {
        since: 17,
        what: 'SET STATISTICS DEFAULT',
        kind: 'syntax',
        example: 'ALTER TABLE t ALTER COLUMN c SET STATISTICS DEFAULT',
        hint: /STATISTICS/i,
        nodes: { AlterTableCmd: (cmd) => cmd.subtype === 'AT_SetStatistics' && cmd.def === undefined },
    },
    {
        since: 16,
        what: 'a subquery in FROM without an alias',
        kind: 'syntax',
        example: 'SELECT * FROM (SELECT 1)',
        hint: /(?:FROM|JOIN|LATERAL|USING|,)\s*\(\s*(?:SELECT|VALUES|WITH|TABLE|\()/i,
        nodes: { RangeSubselect: (r) => r.alias === undefined },
    },
    {
        since: 16,
        what: 'IS JSON',
        kind: 'syntax',
        example: "SELECT '{}' IS JSON",
        hint: /\bJSON\b/i,
        nodes: { JsonIsPredicate: always },
    },
    {
        since: 16,
        what: 'the SQL/JSON constructors (JSON_OBJECT, JSON_ARRAY, JSON_OBJECTAGG, JSON_ARRAYAGG)',
        kind: 'function',
        example: 'SELECT json_array(1, 2)',
        hint: /JSON_/i,
        nodes: {
            JsonObjectConstructor: always,
            JsonArrayConstructor: always,
            JsonArrayQueryConstructor: always,
            JsonObjectAgg: always,
            JsonArrayAgg: always,
        },
    },
    {
        since: 16,
        what: 'SYSTEM_USER',
        kind: 'function',
        example: 'SELECT system_user',
        hint: /SYSTEM_USER/i,
        nodes: {
            FuncCall: (f) => f.funcformat === 'COERCE_SQL_SYNTAX' &&
                JSON.stringify(f.funcname).includes('"system_user"'),
        },
    },
    {
        since: 16,
        what: 'GRANT … WITH INHERIT / SET',
        kind: 'syntax',
        example: 'GRANT admins TO alice WITH INHERIT TRUE',
        hint: /\bWITH\b/i,
        nodes: {
            GrantRoleStmt: (g) => list(g.opt).some((o) => ['inherit', 'set'].includes(String(o.DefElem && o.DefElem.defname))),
        },
    },
];

;// CONCATENATED MODULE: ./src/core/lint/versions.ts



/** Newest first, so that a statement's first finding is about the newest construct. */
const NEWER_CONSTRUCTS = [
    ...CONSTRUCTS_PG16_18,
    ...CONSTRUCTS_PG10_15,
];
/** The rows newer than a major, with one regular expression that any of their hints passes. */
const rowsByVersion = new Map();
function rowsNewerThan(pgVersion) {
    let found = rowsByVersion.get(pgVersion);
    if (!found) {
        const rows = NEWER_CONSTRUCTS.filter((row) => row.since > pgVersion);
        const any = rows.length
            ? new RegExp(rows.map((row) => `(?:${row.hint.source})`).join('|'), 'i')
            : undefined;
        found = { rows, any };
        rowsByVersion.set(pgVersion, found);
    }
    return found;
}
/** The constructs of a statement newer than `pgVersion`, newest first (each once). */
function newerConstructs(statement, pgVersion) {
    const newer = rowsNewerThan(pgVersion);
    // Most statements pass none of the hints: one test, no walk.
    if (!newer.any?.test(statement.text))
        return [];
    const rows = newer.rows.filter((row) => !row.reportedElsewhere?.includes(statement.type) && row.hint.test(statement.text));
    if (rows.length === 0)
        return [];
    const found = new Set();
    const visit = (type, node) => {
        for (const row of rows) {
            if (found.has(row))
                continue;
            const test = row.nodes[type];
            if (test?.(node))
                found.add(row);
        }
    };
    visit(statement.type, statement.node);
    walk(statement.node, visit);
    return rows.filter((row) => found.has(row));
}

;// CONCATENATED MODULE: ./src/core/lint/rules/versions.ts

/**
 * A construct newer than the PostgreSQL major the migration runs on makes it fail there: a syntax
 * error, or a function that does not exist yet (PostgreSQL release notes; the table in
 * `../versions.ts`). The linter parses with PostgreSQL 18's grammar, which accepts them all.
 */
const newerPostgresSyntax = {
    id: 'newer-postgres-syntax',
    severity: 'error',
    description: 'SQL that the target PostgreSQL major rejects: a construct a later major introduced (--pg-version).',
    nodeTypes: ['*'],
    check(statement, context) {
        return newerConstructs(statement, context.pgVersion).map((row) => ({
            message: `${row.what} needs PostgreSQL ${row.since}; this migration runs on PostgreSQL ${context.pgVersion}, which ${row.kind === 'syntax' ? 'rejects it (syntax error)' : 'does not have it (the statement fails)'}`,
            hint: `write it for PostgreSQL ${context.pgVersion}, or set --pg-version (validate: pg-version) to the major production runs if that is ${row.since} or newer`,
        }));
    },
};
const versionRules = [newerPostgresSyntax];

;// CONCATENATED MODULE: ./src/core/lint/registry.ts












/** Every rule, in the order findings are reported for one statement (each strategy's share of them). */
const RULES = [
    ...versionRules,
    ...indexRules,
    ...constraintRules,
    ...foreignKeyIndexRules,
    ...columnRules,
    ...dataRules,
    ...lockRules,
    ...partitionRules,
    ...renameRules,
    ...hygieneRules,
    ...nameRules,
    ...blueGreenRules,
];
const RULE_IDS = new Set(RULES.map((r) => r.id));
/** The rules that run unless others are asked for (every rule but the opt-in ones). */
const DEFAULT_RULES = RULES.filter((r) => !r.optIn);
/**
 * The default rules plus the opt-in ones named in `enabled`. An unknown id is a usage error,
 * thrown by the caller with the list of valid ones.
 */
function rulesWith(enabled) {
    return enabled.length === 0
        ? DEFAULT_RULES
        : RULES.filter((r) => !r.optIn || enabled.includes(r.id));
}

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

;// CONCATENATED MODULE: ./src/core/lint/embedded-bodies.ts
/**
 * The bodies embedded SQL comes from: a DO block's or a created function's string literal, with a
 * map from each character of the value back to the migration source.
 */


/** The body of a DO statement, or undefined when it has none. */
function doBody(node, at) {
    const options = list(node.args).map((a) => nodeOf(a, 'DefElem'));
    const as = options.find((o) => o?.defname === 'as');
    const language = nodeOf(options.find((o) => o?.defname === 'language')?.arg, 'String')?.sval;
    const text = nodeOf(as?.arg, 'String')?.sval;
    if (typeof text !== 'string')
        return undefined;
    const lang = typeof language === 'string' ? language.toLowerCase() : 'plpgsql';
    return {
        text,
        toSource: literalMap(at, typeof as?.location === 'number' ? as.location : -1),
        plpgsql: lang === 'plpgsql',
        language: lang,
    };
}
/** The body of a CREATE FUNCTION / PROCEDURE in SQL or PL/pgSQL, or undefined. */
function functionBody(node, at) {
    const options = list(node.options).map((o) => nodeOf(o, 'DefElem'));
    const as = options.find((o) => o?.defname === 'as');
    const language = nodeOf(options.find((o) => o?.defname === 'language')?.arg, 'String')?.sval;
    const text = nodeOf(list(nodeOf(as?.arg, 'List')?.items)[0], 'String')?.sval;
    const lang = typeof language === 'string' ? language.toLowerCase() : '';
    if (typeof text !== 'string' || (lang !== 'plpgsql' && lang !== 'sql'))
        return undefined;
    const name = names(node.funcname).at(-1)?.toLowerCase() ?? '';
    return {
        name,
        text,
        toSource: literalMap(at, typeof as?.location === 'number' ? as.location : -1),
        plpgsql: lang === 'plpgsql',
        language: lang,
    };
}
/**
 * Maps character offsets of a string literal's value to the source: exact for dollar-quoted
 * bodies and for '…' without escapes or with doubled quotes; the literal's start otherwise
 * (backslash escapes in E'…').
 */
function literalMap(at, byteLocation) {
    if (byteLocation < 0)
        return () => at.toSource(0);
    // The location is the literal's, or (CREATE FUNCTION) the AS keyword's before it.
    const text = at.text;
    const start = byteToChar(text)(byteLocation);
    const rest = /^(?:AS\b)?(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/i.exec(text.slice(start));
    const literal = start + (rest?.[0].length ?? 0);
    const dollar = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(text.slice(literal));
    if (dollar) {
        const base = literal + dollar[0].length;
        return (offset) => at.toSource(base + offset);
    }
    if (text[literal] === "'") {
        // Value offset → source offset, skipping the second quote of each doubled ''.
        const positions = [];
        for (let i = literal + 1; i < text.length; i += 1) {
            if (text[i] === "'") {
                if (text[i + 1] !== "'")
                    break;
                i += 1;
            }
            positions.push(i);
        }
        return (offset) => at.toSource(positions[offset] ?? literal);
    }
    return () => at.toSource(literal);
}

;// CONCATENATED MODULE: ./src/core/lint/embedded-statements.ts
/**
 * The statements inside an embedded body: PL/pgSQL walked statement by statement (queries,
 * conditions, constant EXECUTE strings; SQL built at run time is reported as unread), and LANGUAGE
 * sql bodies parsed whole, each statement placed back in the migration source.
 */


/** The statements of a PL/pgSQL body, each parsed and placed in the source. */
function plpgsqlStatements(body, via, container, unread) {
    const parsed = parsePlpgsqlBody(body.text);
    if (!parsed.ok) {
        unread.push({
            kind: 'not-analysable',
            at: body.toSource(0),
            message: `${via} does not compile as PL/pgSQL (${parsed.message}), so the SQL it runs was not linted`,
        });
        return [];
    }
    const lineStarts = [0];
    for (let i = body.text.indexOf('\n'); i >= 0; i = body.text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const found = [];
    visitPlpgsql(parsed.function, (kind, stmt) => {
        const line = typeof stmt.lineno === 'number' ? stmt.lineno : 1;
        const from = lineStarts[line - 1] ?? 0;
        const expr = (field) => nodeOf(stmt[field], 'PLpgSQL_expr');
        if (kind === 'PLpgSQL_stmt_dynexecute' || kind === 'PLpgSQL_stmt_dynfors') {
            const query = expr('query')?.query;
            if (typeof query !== 'string')
                return;
            const offset = locate(body.text, query, from);
            const constant = constantString(query);
            if (constant === undefined) {
                unread.push({
                    kind: 'dynamic-sql',
                    at: body.toSource(offset),
                    message: `${via} runs SQL it builds at run time (EXECUTE ${shorten(query)}), which cannot be read before it runs, so it was not linted`,
                });
                return;
            }
            const base = constant.offset === undefined ? undefined : offset + constant.offset;
            found.push(...parsedIn(constant.value, {
                via,
                container,
                text: constant.value,
                toSource: (c) => body.toSource(base === undefined ? offset : base + c),
            }, unread));
            return;
        }
        const condition = PLPGSQL_CONDITIONS.has(kind) ? expr('cond')?.query : undefined;
        if (typeof condition === 'string') {
            // A condition is an expression: read as `SELECT <expression>` (a guard that looks a name
            // up, `IF NOT EXISTS (SELECT … WHERE indexname = '…')`); one that does not parse is skipped.
            const offset = locate(body.text, condition, from);
            const text = `SELECT ${condition}`;
            const parsed = parse_parseSql(text);
            if (parsed.ok)
                found.push(...parsed.statements.map((st) => ({
                    ...st,
                    start: body.toSource(offset),
                    end: body.toSource(offset + condition.length),
                    embedded: {
                        via,
                        container,
                        text,
                        toSource: (c) => body.toSource(offset + Math.max(0, c - 'SELECT '.length)),
                    },
                })));
            return;
        }
        const field = kind === 'PLpgSQL_stmt_execsql' ? 'sqlstmt' : (PLPGSQL_QUERIES[kind] ?? '');
        const query = field ? expr(field)?.query : undefined;
        if (typeof query !== 'string')
            return;
        const offset = locate(body.text, query, from);
        found.push(...parsedIn(query, { via, container, text: query, toSource: (c) => body.toSource(offset + c) }, unread));
    });
    return found;
}
/** PL/pgSQL statements whose query can run SQL (or call a function), and the field holding it. */
const PLPGSQL_QUERIES = {
    PLpgSQL_stmt_perform: 'expr',
    PLpgSQL_stmt_call: 'expr',
    PLpgSQL_stmt_fors: 'query',
    PLpgSQL_stmt_return_query: 'query',
};
/** PL/pgSQL conditions (`IF …`, `ELSIF …`, `WHILE …`), whose expression may query the catalog. */
const PLPGSQL_CONDITIONS = new Set(['PLpgSQL_stmt_if', 'PLpgSQL_if_elsif', 'PLpgSQL_stmt_while']);
/** Every PL/pgSQL statement (and ELSIF branch) below `root`, in document order. */
function visitPlpgsql(root, visit) {
    if (Array.isArray(root)) {
        for (const item of root)
            visitPlpgsql(item, visit);
        return;
    }
    if (!root || typeof root !== 'object')
        return;
    for (const [key, value] of Object.entries(root)) {
        if ((key.startsWith('PLpgSQL_stmt_') || key === 'PLpgSQL_if_elsif') &&
            value &&
            typeof value === 'object')
            visit(key, value);
        visitPlpgsql(value, visit);
    }
}
/** The body of a LANGUAGE sql function: its statements, placed in the source. */
function sqlStatements(body, via, container, unread) {
    return parsedIn(body.text, { via, container, text: body.text, toSource: body.toSource }, unread);
}
/** Parses embedded SQL; a statement that does not parse is reported as unread. */
function parsedIn(text, at, unread) {
    const parsed = parse_parseSql(text);
    if (!parsed.ok) {
        unread.push({
            kind: 'not-analysable',
            at: at.toSource(parsed.offset ?? 0),
            message: `SQL in ${at.via} does not parse (${parsed.message}), so it was not linted`,
        });
        return [];
    }
    return parsed.statements.map((s) => ({
        ...s,
        start: at.toSource(s.start),
        end: at.toSource(s.end),
        embedded: at,
    }));
}
/**
 * Where a PL/pgSQL query starts in its body, searching from its line. PL/pgSQL blanks a
 * `SELECT … INTO var` target with spaces, so only the text before the first blank run is matched.
 */
function locate(body, query, from) {
    const exact = body.indexOf(query, from);
    if (exact >= 0)
        return exact;
    const head = query.split(/\s{2,}/)[0] ?? query;
    const loose = body.indexOf(head, from);
    return loose >= 0 ? loose : from;
}
/** A PL/pgSQL expression that is one string constant (or constants joined with ||). */
function constantString(expression) {
    const parsed = parse_parseSql(`SELECT ${expression}`);
    if (!parsed.ok || parsed.statements.length !== 1)
        return undefined;
    const target = nodeOf(list(parsed.statements[0]?.node.targetList)[0], 'ResTarget')?.val;
    const parts = [];
    const collect = (expr) => {
        const constant = nodeOf(expr, 'A_Const');
        const sval = nodeOf(constant?.sval, 'String')?.sval ?? constant?.sval?.sval;
        if (typeof sval === 'string') {
            parts.push({ value: sval, location: Number(constant?.location ?? 0) });
            return true;
        }
        const op = nodeOf(expr, 'A_Expr');
        if (op?.kind === 'AEXPR_OP' && names(op.name).join() === '||')
            return collect(op.lexpr) && collect(op.rexpr);
        return false;
    };
    if (!collect(target))
        return undefined;
    const value = parts.map((p) => p.value).join('');
    if (parts.length !== 1 || !isAscii(expression))
        return { value };
    // A single plain '…' literal: its value starts one character after the quote.
    const location = (parts[0]?.location ?? 0) - 'SELECT '.length;
    const raw = expression.slice(location);
    return raw.startsWith("'") && !raw.slice(1, value.length + 1).includes("'")
        ? { value, offset: location + 1 }
        : { value };
}
/** A query on one line, cut to 60 characters, for a message. */
function shorten(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

;// CONCATENATED MODULE: ./src/core/lint/embedded.ts



/** How deep calls are followed (a function that calls itself would recurse for ever). */
const MAX_DEPTH = 4;
/** Expands the top-level statements of `source` with the SQL they run inside them. */
function expandEmbedded(source, statements, lineOf) {
    const out = { statements: [], unread: [] };
    // Functions this migration creates, by name (lower-case, without schema), in creation order.
    const functions = new Map();
    const expand = (statement, container, depth) => {
        out.statements.push(statement);
        if (depth > MAX_DEPTH)
            return;
        const at = statement.embedded ?? { via: '', container, toSource: (c) => c, text: source };
        if (statement.type === 'DoStmt') {
            const body = doBody(statement.node, at);
            if (!body)
                return;
            if (!body.plpgsql) {
                out.unread.push({
                    kind: 'not-analysable',
                    at: statement.start,
                    message: `a DO block in ${body.language} cannot be read, so the SQL it runs was not linted`,
                });
                return;
            }
            const via = `the DO block at line ${lineOf(statement.start)}`;
            for (const inner of plpgsqlStatements(body, via, container, out.unread))
                expand(inner, container, depth + 1);
            return;
        }
        if (statement.type === 'CreateFunctionStmt') {
            const fn = functionBody(statement.node, at);
            if (fn)
                functions.set(fn.name, fn);
            return;
        }
        if (functions.size === 0)
            return;
        for (const called of calledFunctions(statement, functions)) {
            const via = `${called.name}(), which this migration calls at line ${lineOf(statement.start)}`;
            const inner = called.plpgsql
                ? plpgsqlStatements(called, via, container, out.unread)
                : sqlStatements(called, via, container, out.unread);
            for (const s of inner)
                expand(s, container, depth + 1);
        }
    };
    for (const [index, statement] of statements.entries())
        expand(statement, index, 0);
    return out;
}
/** A case-insensitive pattern of the functions' names, made again when one is added. */
const patterns = new WeakMap();
function namesPattern(functions) {
    let cached = patterns.get(functions);
    if (cached?.size !== functions.size) {
        const escaped = [...functions.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        cached = { size: functions.size, pattern: new RegExp(escaped.join('|'), 'i') };
        patterns.set(functions, cached);
    }
    return cached.pattern;
}
/** The functions of `functions` that a statement calls (FuncCall anywhere, CALL). */
function calledFunctions(statement, functions) {
    const node = statement.node;
    const found = [];
    // Only a statement that names one of them can call it: most are not walked at all.
    if (!namesPattern(functions).test(statement.text))
        return found;
    const call = (funcCall) => {
        const fn = functions.get(names(funcCall?.funcname).at(-1)?.toLowerCase() ?? '');
        if (fn && !found.includes(fn))
            found.push(fn);
    };
    // CALL's FuncCall sits in a plain field (`funccall`), not wrapped in its type name.
    call(node.funccall);
    walk(node, (type, inner) => {
        if (type === 'FuncCall')
            call(inner);
    });
    return found;
}

;// CONCATENATED MODULE: ./src/core/lint/created.ts

class CreatedTables {
    /** Tables created earlier in the migration (new: no running code uses them yet). */
    created = new Set();
    /** Of those, the ones filled with rows (CREATE TABLE AS, SELECT INTO, INSERT … SELECT, COPY). */
    filled = new Set();
    /** Of those, the ones created with IF NOT EXISTS (they may have existed, with rows). */
    assumed = new Map();
    /** Records what a statement creates or fills. */
    record(statement) {
        const node = statement.node;
        const made = createdRelation(statement);
        if (made) {
            const key = tableKey(made.rel);
            this.created.add(key);
            if (made.filled)
                this.filled.add(key);
            if (node.if_not_exists && !this.assumed.has(key))
                this.assumed.set(key, { statement, name: tableName(made.rel), rules: new Set() });
            return;
        }
        const target = filledRelation(statement);
        if (target !== undefined && this.created.has(tableKey(target)))
            this.filled.add(tableKey(target));
    }
    /**
     * Runs the statement's rules again as if each assumed table were not new, and remembers the
     * rules that only then report something: the verdict rests on the IF NOT EXISTS assumption.
     */
    noteAssumptions(statement, context, rules) {
        const text = statement.text.toLowerCase();
        for (const [key, assumption] of this.assumed) {
            // Only a statement that names the table can depend on it being new.
            if (assumption.statement === statement || !text.includes(key.slice(key.indexOf('.') + 1)))
                continue;
            const asExisting = new Set(this.created);
            asExisting.delete(key);
            const other = { ...context, createdTables: asExisting };
            for (const rule of rules) {
                if (assumption.rules.has(rule.id))
                    continue;
                const real = rule.check(statement, context).length;
                if (rule.check(statement, other).length > real)
                    assumption.rules.add(rule.id);
            }
        }
    }
    /** The assumptions some later statement relied on, in creation order. */
    assumptions() {
        return [...this.assumed.values()].filter((a) => a.rules.size > 0);
    }
}
/** The table a statement creates, and whether it creates it with rows. */
function createdRelation(statement) {
    const node = statement.node;
    if (statement.type === 'CreateStmt')
        return { rel: node.relation, filled: false };
    if (statement.type === 'CreateTableAsStmt') {
        const into = (nodeOf(node.into, 'IntoClause') ?? node.into);
        return into?.rel ? { rel: into.rel, filled: into.skipData !== true } : undefined;
    }
    if (statement.type === 'SelectStmt' && node.intoClause) {
        const into = (nodeOf(node.intoClause, 'IntoClause') ?? node.intoClause);
        return into.rel ? { rel: into.rel, filled: true } : undefined;
    }
    return undefined;
}
/** The table an INSERT … SELECT or a COPY FROM fills, if the statement is one. */
function filledRelation(statement) {
    const node = statement.node;
    if (statement.type === 'CopyStmt' && node.is_from)
        return node.relation;
    if (statement.type !== 'InsertStmt')
        return undefined;
    const select = nodeOf(node.selectStmt, 'SelectStmt');
    // INSERT … VALUES adds the rows it lists; INSERT … SELECT copies a query's (any number).
    return select && list(select.valuesLists).length === 0 ? node.relation : undefined;
}

;// CONCATENATED MODULE: ./src/core/lint/positions.ts
/**
 * Where a finding is: line and column of a character offset in a file, and the source offset of a
 * parser byte offset inside an embedded statement.
 */

/** Maps a byte offset in an embedded statement's text to a character offset in the source. */
function locatorIn(text, toSource) {
    const toChar = byteToChar(text);
    return (b) => toSource(toChar(b));
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

;// CONCATENATED MODULE: ./src/core/lint/rule-index.ts
/** Rules by the node type they look at (`*`: every type), in registry order. */
function rule_index_indexRules(rules) {
    const byType = new Map();
    const types = new Set(rules.flatMap((r) => r.nodeTypes));
    for (const type of types) {
        byType.set(type, rules.filter((r) => r.nodeTypes.includes(type) || r.nodeTypes.includes('*')));
    }
    byType.set('*', rules.filter((r) => r.nodeTypes.includes('*')));
    return byType;
}
/** Whether a rule runs for a deploy strategy (a rule without `strategies` runs for all). */
function appliesTo(rule, strategy) {
    return rule.strategies?.includes(strategy) ?? true;
}
/** indexRules of each rule list and strategy, built once (a CLI run passes one list per file). */
const indexed = new WeakMap();
/** The rules of `rules` that apply to `strategy`, by the node type they look at (`*`: every type). */
function rulesByType(rules, strategy) {
    let byStrategy = indexed.get(rules);
    if (!byStrategy)
        indexed.set(rules, (byStrategy = {}));
    return (byStrategy[strategy] ??= rule_index_indexRules(rules.filter((r) => appliesTo(r, strategy))));
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
;// CONCATENATED MODULE: ./src/core/lint/engine.ts
/**
 * The lint engine: parses a migration's SQL, runs the rules on each statement (the SQL embedded in
 * DO blocks and called functions included), applies the suppression comments and turns the rules'
 * hits into findings with file positions.
 */










/** Newest PostgreSQL major the linter knows; the CLI's default `--pg-version`. */
const NEWEST_PG_VERSION = 18;
/** The most SQL one migration may hold to be linted (see MAX_PARSE_BYTES). */
const MAX_LINT_BYTES = MAX_PARSE_BYTES;
/**
 * Lints SQL with the real PostgreSQL parser. Never throws on bad SQL: a statement that does not
 * parse becomes a `syntax-error` finding at the parser's position. Call `loadParser()` first.
 */
function lintSql(source, options) {
    const offset = options.offset ?? 0;
    const fileText = options.fileText ?? source;
    // Suppression comments are looked for only in a file that has one (the usual file has none).
    const mentionsIgnore = /db-deploy-ignore/i.test(fileText);
    const fileLines = mentionsIgnore ? fileText.split('\n') : [];
    const locate = lineLocator(fileText);
    const position = (charOffset) => {
        if (options.fixedLine !== undefined)
            return { line: options.fixedLine, column: 1 };
        if (options.lineAt)
            return { line: options.lineAt(charOffset), column: 1 };
        return locate(offset + charOffset);
    };
    const bytes = Buffer.byteLength(source, 'utf8');
    if (bytes > MAX_LINT_BYTES)
        return [tooLarge(options, bytes, position(0))];
    let parsed = parse_parseSql(source);
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
        parsed = cut > 0 ? parse_parseSql(source.slice(0, cut)) : { ok: true, statements: [] };
        if (!parsed.ok)
            return [syntaxError];
    }
    const top = parsed.statements;
    const transactional = options.transactional ?? !top.some((s) => transaction_nonTransactionalReason(s) !== undefined);
    const strategy = options.strategy ?? 'in-place';
    const byType = rulesByType(options.rules ?? DEFAULT_RULES, strategy);
    const createdInDeploy = options.createdInDeploy ?? new Set();
    const knownNames = options.knownNames ?? new Map();
    const { statements, unread } = expandEmbedded(source, top, (c) => position(c).line);
    const tables = new CreatedTables();
    const findings = [];
    const toChar = byteToChar(source);
    const finding = (rule, severity, at, endLine, message, hint) => ({
        file: options.file,
        line: at.line,
        column: at.column,
        endLine: Math.max(endLine, at.line),
        rule,
        severity,
        message,
        hint,
    });
    // The rules each top-level statement's suppressions silence (embedded statements inherit them).
    const containerIgnored = [];
    for (const [index, statement] of statements.entries()) {
        const context = {
            pgVersion: options.pgVersion,
            statements,
            index,
            createdTables: tables.created,
            filledTables: tables.filled,
            transactional,
            strategy,
            createdInDeploy,
            knownNames,
        };
        const start = position(statement.start);
        const end = position(statement.end);
        const ignored = new Set(options.ignoredRules);
        if (options.fixedLine === undefined && !options.lineAt && mentionsIgnore) {
            for (const suppression of suppressionsAbove(fileLines, start.line)) {
                findings.push(...suppressionNotices(options.file, suppression, RULE_IDS));
                for (const rule of suppression.rules)
                    ignored.add(rule);
            }
        }
        const embedded = statement.embedded;
        if (embedded)
            for (const rule of containerIgnored[embedded.container] ?? [])
                ignored.add(rule);
        else
            containerIgnored.push(ignored);
        const located = embedded ? locatorIn(embedded.text, embedded.toSource) : toChar;
        const rules = byType.get(statement.type) ?? byType.get('*') ?? [];
        for (const rule of rules) {
            for (const hit of rule.check(statement, context)) {
                const at = hit.location === undefined ? start : position(located(hit.location));
                const message = embedded ? `${hit.message} (in ${embedded.via})` : hit.message;
                const found = finding(rule.id, hit.severity ?? rule.severity, at, end.line, message, hit.hint);
                if (!ignored.has(rule.id))
                    findings.push(found);
                else
                    options.onSuppressed?.(found);
            }
        }
        if (tables.assumed.size > 0)
            tables.noteAssumptions(statement, context, rules);
        tables.record(statement);
    }
    for (const assumed of tables.assumptions()) {
        const at = position(assumed.statement.start);
        findings.push(finding('assumed-new-table', 'notice', at, at.line, `CREATE TABLE IF NOT EXISTS ${assumed.name}: the statements after it on ${assumed.name} are judged as on a new, empty table; if ${assumed.name} already exists, they are not safe (${[...assumed.rules].join(', ')})`, `drop IF NOT EXISTS if ${assumed.name} is new (the migration then fails instead of changing an existing table), or write the later statements as for an existing table`));
    }
    for (const body of unread) {
        const at = position(body.at);
        findings.push(finding(body.kind, 'notice', at, at.line, body.message, body.kind === 'dynamic-sql'
            ? 'write DDL as plain statements where it can be, so that it is linted; validate applies the migration to a scratch database and observes its locks and rewrites all the same'
            : 'validate applies the migration to a scratch database and observes its locks and rewrites all the same'));
    }
    // The next migrations of the deploy do not see the IF NOT EXISTS assumption's notice: for them
    // such a table stays one that may have existed.
    for (const created of tables.created)
        if (!tables.assumed.has(created))
            createdInDeploy.add(created);
    if (options.knownNames)
        engine_rememberNames(statements, options.knownNames, options.file);
    if (syntaxError)
        findings.push(syntaxError);
    return findings;
}
/** Adds the long names the statements give to `known`, for the next migrations of a deploy. */
function engine_rememberNames(statements, known, where) {
    for (const statement of statements)
        for (const name of createdNames(statement)) {
            const key = nameKey(name.namespace, name.stored);
            if (!known.has(key))
                known.set(key, { written: name.written, where });
        }
}
/** The finding for SQL over MAX_LINT_BYTES, at its first line. */
function tooLarge(options, bytes, at) {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
        file: options.file,
        line: at.line,
        column: at.column,
        endLine: at.line,
        rule: 'too-large-to-lint',
        severity: 'warning',
        message: `this migration holds ${mb(bytes)} of SQL, more than the ${mb(MAX_LINT_BYTES)} db-deploy lints, so it was not linted`,
        hint: 'split it into smaller migrations (bulk data loads best with COPY from a file outside the migrations); validate still applies it to the scratch database and observes its locks and rewrites',
    };
}

;// CONCATENATED MODULE: ./src/core/lint/types.ts
/** Severity rank, highest first: error 3, warning 2, notice 1. */
function severityRank(severity) {
    return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
}
const DEPLOY_STRATEGIES = ['in-place', 'blue-green'];

;// CONCATENATED MODULE: ./src/core/lint/verdict.ts

const FAIL_ON = ['error', 'warning', 'never'];
/** Whether any finding is at or above the threshold. */
function reachesFailOn(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/core/migrations/engine/statements.ts



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
    await parse_loadParser();
    const parsed = parse_parseSql(section.sql);
    if (!parsed.ok)
        return { kind: 'transaction' };
    const reasons = parsed.statements
        .map(transaction_nonTransactionalReason)
        .filter((r) => r !== undefined);
    if (reasons.length === 0 && !forceNoTransaction)
        return { kind: 'transaction' };
    const groups = [];
    for (const statement of parsed.statements) {
        const reason = forceNoTransaction
            ? (transaction_nonTransactionalReason(statement) ?? 'db-deploy:no-transaction')
            : transaction_nonTransactionalReason(statement);
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
/**
 * Groups for the SQL steps a migration's code built when it runs outside a transaction: each
 * step alone, as its tool sends it (one query per step, autocommitted). Steps that may build an
 * index concurrently are parsed, so a failed build's INVALID index is found and handled exactly
 * as for a SQL section.
 */
async function stepGroups(steps, reason) {
    const groups = [];
    for (const step of steps) {
        let statement = { text: step, start: 0, end: step.length, type: '', node: {} };
        if (MAY_NEED_NO_TRANSACTION.test(step)) {
            await loadParser();
            const parsed = parseSql(step);
            if (parsed.ok && parsed.statements.length === 1)
                statement = { ...parsed.statements[0], text: step, start: 0, end: step.length };
        }
        groups.push({ transactional: false, statements: [statement], reason });
    }
    return groups;
}
/** The index build a statement is, if it is one that runs outside a transaction. */
function indexBuild(statement) {
    const reason = nonTransactionalReason(statement);
    if (reason === 'REINDEX CONCURRENTLY')
        return { kind: reason };
    if (reason !== 'CREATE INDEX CONCURRENTLY')
        return undefined;
    const relation = statement.node.relation;
    const qualify = (schema, name) => schema ? qualifiedName(schema, name) : quoteIdent(name);
    const name = statement.node.idxname;
    return {
        kind: reason,
        index: name ? qualify(relation?.schemaname, name) : undefined,
        table: relation?.relname ? qualify(relation.schemaname, relation.relname) : undefined,
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/dry-run.ts

/**
 * Steps as one SQL text: each ends with a semicolon (node-pg-migrate's steps carry theirs, a
 * statement knex sends does not).
 */
function joinSteps(steps) {
    return steps.map((step) => (/;\s*$/.test(step) ? step : `${step};`)).join('\n');
}
/**
 * The SQL one direction of a prepared migration would run, without a database: a SQL section
 * as written (with how it would run), a migration's code through its tool's recording API
 * object. Code that needs the database to build its SQL cannot be shown: the reason comes back,
 * and callers treat it as not analysed — never as a pass.
 */
async function renderMigration(format, migration, direction) {
    const body = format.body(migration, direction);
    if (!body)
        return { ok: false, reason: `it has no ${direction} migration` };
    if (body.kind === 'sql') {
        const mode = await sectionMode(body.section, body.transaction === 'none');
        return {
            ok: true,
            sql: body.section.sql,
            section: body.section,
            transactional: mode.kind === 'transaction',
            reasons: mode.kind === 'transaction' ? [] : mode.reasons,
        };
    }
    const built = await format.renderCode(migration, direction);
    if (!built.ok)
        return built;
    const transactional = body.transaction !== 'none' && built.outcome.transactional;
    return {
        ok: true,
        sql: joinSteps(built.outcome.steps),
        ...(built.outcome.sent ? { statements: built.outcome.sent } : {}),
        transactional,
        reasons: transactional
            ? []
            : built.outcome.reasons.length
                ? built.outcome.reasons
                : [body.reason ?? 'its configuration'],
        ...(built.outcome.assumptions?.length ? { assumptions: built.outcome.assumptions } : {}),
    };
}
/** What a dry run shows for each planned migration (prepare first). */
async function renderDryRun(format, toRun, direction) {
    const out = [];
    for (const migration of toRun) {
        const rendered = await renderMigration(format, migration, direction);
        out.push(rendered.ok
            ? {
                name: migration.name,
                file: migration.file,
                direction,
                sql: rendered.sql.trim(),
                transactional: rendered.transactional,
                reasons: [...rendered.reasons],
            }
            : {
                name: migration.name,
                file: migration.file,
                direction,
                sql: `-- cannot be shown: ${rendered.reason}`,
                transactional: true,
                reasons: [],
                error: rendered.reason,
            });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/types.ts
/** The migration tools db-deploy reads. */
const FORMAT_NAMES = [
    'node-pg-migrate',
    'knex',
    'dbmate',
    'golang-migrate',
    'goose',
    'flyway',
    'prisma',
    'drizzle',
    'diesel',
];

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

;// CONCATENATED MODULE: ./src/core/migrations/formats/node-pg-migrate/builder.ts

/** Thrown by the recording database: the migration needs a database to build its SQL. */
class NeedsDatabase extends Error {
    constructor() {
        super('it queries the database (pgm.db) while building its SQL');
        this.name = 'NeedsDatabase';
    }
}
/** A database that records nothing and refuses every query: for building SQL without one. */
const noDatabase = {
    query: () => Promise.reject(new NeedsDatabase()),
    select: () => Promise.reject(new NeedsDatabase()),
};
/** The action for a direction as node-pg-migrate picks it: a missing down reverses the up. */
function actionFor(actions, direction) {
    const own = actions[direction];
    if (direction === 'down' && own === undefined && typeof actions.up === 'function')
        return { action: actions.up, reverse: true };
    if (own === false)
        throw new Error(`its ${direction} migration is disabled (${direction}: false)`);
    if (typeof own !== 'function')
        throw new Error(`it exports no ${direction} function`);
    return { action: own, reverse: false };
}
/**
 * node-pg-migrate's MigrationBuilder, loaded on first use: a run with no migration code to run
 * (nothing pending, or only SQL files) never loads node-pg-migrate.
 */
async function newBuilder(db, shorthands, reverse) {
    const { MigrationBuilder: Builder } = await Promise.all(/* import() */[__nccwpck_require__.e(778), __nccwpck_require__.e(416), __nccwpck_require__.e(439)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5416));
    const pgm = new Builder(db, shorthands, false, silentLogger);
    if (reverse)
        pgm.enableReverseMode();
    return pgm;
}
/** Calls a migration function as node-pg-migrate does (a second parameter means callback style). */
async function call(action, pgm) {
    if (action.length === 2)
        await new Promise((resolve) => void action(pgm, resolve));
    else
        await action(pgm);
}
/**
 * Runs a migration function with a MigrationBuilder whose `pgm.db` is db-deploy's connection:
 * queries the function runs itself go through `db` (inside the migration's transaction when the
 * engine opened one); the SQL it builds comes back as steps for the engine to run.
 */
async function buildOnDatabase(actions, shorthands, direction, db) {
    let queried = 0;
    const bound = {
        query: (text, values) => {
            queried += 1;
            return db.query(text, values);
        },
        select: async (text, values) => {
            queried += 1;
            return (await db.query(text, values)).rows;
        },
    };
    const { action, reverse } = actionFor(actions, direction);
    const pgm = await newBuilder(bound, shorthands, reverse);
    await call(action, pgm);
    const transactional = pgm.isUsingTransaction();
    return {
        steps: [...pgm.getSqlSteps()],
        transactional,
        reasons: transactional ? [] : ['pgm.noTransaction()'],
        queried,
    };
}
/**
 * The SQL a migration function builds, without a database. A function that queries the database
 * (`pgm.db`) cannot be rendered: the reason comes back instead.
 */
async function buildWithoutDatabase(actions, shorthands, direction) {
    try {
        const { action, reverse } = actionFor(actions, direction);
        const pgm = await newBuilder(noDatabase, shorthands, reverse);
        await call(action, pgm);
        const transactional = pgm.isUsingTransaction();
        return {
            ok: true,
            outcome: {
                steps: [...pgm.getSqlSteps()],
                transactional,
                reasons: transactional ? [] : ['pgm.noTransaction()'],
                queried: 0,
            },
        };
    }
    catch (error) {
        return { ok: false, reason: error.message };
    }
}

;// CONCATENATED MODULE: ./src/core/duration.ts

const UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * The longest duration db-deploy accepts: 2147483647 ms (INT_MAX, about 596 hours). PostgreSQL
 * refuses a larger lock_timeout or statement_timeout ("outside the valid range", see the
 * "Client Connection Defaults" settings), and Node fires a larger setTimeout after 1 ms.
 */
const MAX_DURATION_MS = 2_147_483_647;
/**
 * Parses a duration such as `250ms`, `5s`, `10m` or `1h` into milliseconds.
 * A bare `0` means "no limit" where the caller allows it. Anything else is refused.
 * @param name the input name, for the error message
 */
function duration_parseDuration(value, name) {
    const text = value.trim();
    if (text === '0')
        return 0;
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/.exec(text);
    if (!match) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is not a duration`, {
            hint: 'use a number with a unit, e.g. 250ms, 5s, 10m or 1h (0 for no limit)',
        });
    }
    const ms = Math.round(Number(match[1]) * UNITS_MS[match[2]]);
    if (ms > MAX_DURATION_MS) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is longer than the longest timeout PostgreSQL and Node accept (${MAX_DURATION_MS}ms, about ${Math.floor(MAX_DURATION_MS / 3_600_000)}h)`, { hint: `use at most ${Math.floor(MAX_DURATION_MS / 3_600_000)}h (0 for no limit)` });
    }
    return ms;
}
/** Formats milliseconds for people: `850ms`, `2.4s`, `3m 05s`. */
function formatDuration(ms) {
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

;// CONCATENATED MODULE: ./src/core/migrations/metadata.ts


/**
 * The metadata block of a migration module, as the e-commerce tutorial's template writes it:
 *
 *     exports.config = { transaction: true, destructive: false, estimatedDuration: '30s', dependencies: [] };
 *
 * `transaction` is knex's own switch; the other keys are the tutorial's, checked by validate.
 * Read from the loaded module (its value), and located in the text (its span), so that the
 * checksum can leave it out: editing only what a migration says about itself is not an edit of
 * what ran.
 */
/** Why a migration runs outside a transaction when its metadata block says so. */
const NO_TRANSACTION_DECLARED = 'exports.config.transaction = false';
/** The keys db-deploy knows. */
const METADATA_KEYS = ['transaction', 'destructive', 'estimatedDuration', 'dependencies'];
const BLOCK_START = () => /(^|[;\n}])([ \t]*)(?:(?:module\.)?exports\.config|export[ \t]+const[ \t]+config(?:[ \t]*:[ \t]*[\w.]+)?)[ \t]*=[ \t]*\{/g;
/**
 * The span of the metadata block when it is an object literal of plain data — keys, strings
 * without substitutions, numbers, booleans, null, arrays and objects of those — from
 * `exports.config` to its closing brace and semicolon. Undefined when there is none, or when it
 * holds anything else (a call, a variable, a function: something that runs).
 */
function metadataSpan(content) {
    const found = [...content.matchAll(BLOCK_START())];
    if (found.length !== 1)
        return undefined;
    const match = found[0];
    const start = match.index + match[1].length;
    const open = match.index + match[0].length - 1;
    const close = plainLiteralEnd(content, open);
    if (close === undefined)
        return undefined;
    let end = close + 1;
    const rest = /^[ \t]*;?[ \t]*(?:\r?\n)?/.exec(content.slice(end));
    end += rest?.[0].length ?? 0;
    return { start, end };
}
/** Tokens an object literal of plain data is made of. */
const TOKEN = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[{}[\],:]|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$(?!\{))*`|-?(?:\d[\d_]*\.?\d*(?:e[+-]?\d+)?|\.\d+)|[A-Za-z_$][\w$]*/y;
/** The offset of the brace that closes the plain-data literal opened at `open`, if it is one. */
function plainLiteralEnd(content, open) {
    let depth = 0;
    let previous = '';
    TOKEN.lastIndex = open;
    while (TOKEN.lastIndex < content.length) {
        const at = TOKEN.lastIndex;
        const token = TOKEN.exec(content)?.[0];
        if (token === undefined)
            return undefined;
        if (/^\s|^\/[/*]/.test(token))
            continue;
        if (token === '{' || token === '[')
            depth += 1;
        else if (token === '}' || token === ']') {
            depth -= 1;
            if (depth === 0)
                return token === '}' ? at : undefined;
        }
        else if (/^[A-Za-z_$]/.test(token)) {
            // An identifier is a key (followed by a colon) or a literal value, nothing else.
            const next = /^\s*(.)/.exec(content.slice(TOKEN.lastIndex))?.[1];
            const isKey = next === ':' && (previous === '{' || previous === ',');
            if (!isKey && !['true', 'false', 'null', 'undefined'].includes(token))
                return undefined;
        }
        previous = token;
    }
    return undefined;
}
/** The text without its plain-data metadata block (what the checksum covers). */
function withoutMetadata(content) {
    const span = metadataSpan(content);
    return span ? content.slice(0, span.start) + content.slice(span.end) : content;
}
/**
 * The declared metadata of a loaded module (its `config` export), checked for shape; undefined
 * when it exports none.
 */
function readDeclared(mod, content) {
    const config = mod.config;
    if (config === undefined)
        return undefined;
    const line = metadataLine(content);
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
        return { unknownKeys: [], problems: ['the config export is not an object'], line };
    }
    const values = config;
    const declared = {
        unknownKeys: Object.keys(values).filter((key) => !METADATA_KEYS.includes(key)),
        problems: [],
        line,
    };
    const problems = [];
    for (const key of ['transaction', 'destructive']) {
        const value = values[key];
        if (value === undefined)
            continue;
        if (typeof value === 'boolean')
            declared[key] = value;
        else
            problems.push(`${key} must be true or false, not ${JSON.stringify(value)}`);
    }
    const duration = values.estimatedDuration;
    if (duration !== undefined) {
        if (typeof duration === 'string') {
            declared.estimatedDuration = { text: duration, ms: durationMs(duration) };
            if (declared.estimatedDuration.ms === undefined)
                problems.push(`estimatedDuration ${JSON.stringify(duration)} is not a duration (e.g. 250ms, 30s, 10m, 2h)`);
        }
        else {
            problems.push(`estimatedDuration must be a duration text such as '30s', not ${JSON.stringify(duration)}`);
        }
    }
    const dependencies = values.dependencies;
    if (dependencies !== undefined) {
        if (Array.isArray(dependencies) && dependencies.every((d) => typeof d === 'string'))
            declared.dependencies = dependencies;
        else
            problems.push('dependencies must be a list of migration names');
    }
    declared.problems = problems;
    return declared;
}
function durationMs(text) {
    try {
        return duration_parseDuration(text, 'estimatedDuration');
    }
    catch {
        return undefined;
    }
}
/** 1-based line of the metadata block (1 when it cannot be found in the text). */
function metadataLine(content) {
    const match = BLOCK_START().exec(content);
    if (!match)
        return 1;
    return lineColumn(content, match.index + match[1].length + match[2].length).line;
}

;// CONCATENATED MODULE: ./src/core/db/sql.ts
/** Quotes an identifier (table, schema, column) for interpolation into SQL. The only way identifiers reach SQL. */
function sql_quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
/** `"schema"."name"`. */
function sql_qualifiedName(schema, name) {
    return `${sql_quoteIdent(schema)}.${sql_quoteIdent(name)}`;
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
const ADVISORY_LOCK_HOLDER = (/* unused pure expression or super */ null && (`
SELECT a.pid, a.application_name, now() - a.xact_start AS xact_age,
       extract(epoch FROM now() - a.backend_start)::int AS connected_seconds
  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE l.locktype = 'advisory' AND l.granted
   AND l.classid = (($1::bigint >> 32) & 4294967295)::oid
   AND l.objid = ($1::bigint & 4294967295)::oid
   AND l.objsubid = 1
 LIMIT 1`));
/** The server's major version number (e.g. 170004 for 17.4). Takes no lock. */
const SERVER_VERSION_NUM = "SELECT current_setting('server_version_num')::int AS version";
/** Sets session timeouts; `set_config` accepts bind parameters where SET does not. */
const SET_SESSION_TIMEOUTS = (/* unused pure expression or super */ null && (`
SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`));
/** Whether a relation exists (`schema.table`), without taking a lock on it. */
const RELATION_EXISTS = 'SELECT to_regclass($1) IS NOT NULL AS exists';
/** The session's search_path, to restore after a change. Takes no lock. */
const CURRENT_SEARCH_PATH = "SELECT current_setting('search_path') AS search_path";
/** Sets the session's search_path (`$1`); set_config accepts a bind parameter where SET does not. Takes no lock. */
const SET_SEARCH_PATH = "SELECT set_config('search_path', $1, false) AS search_path";

;// CONCATENATED MODULE: ./src/core/migrations/engine/checksums.ts
// Decision record: docs/adr/0004-checksums-table.md (ADR 0004).



async function schemaExists(client, schema) {
    const { rows } = await client.query(SCHEMA_EXISTS, [schema]);
    return rows[0]?.exists ?? false;
}
async function checksums_relationExists(client, schema, table) {
    const { rows } = await client.query(RELATION_EXISTS, [
        sql_qualifiedName(schema, table),
    ]);
    return rows[0]?.exists ?? false;
}
/**
 * Creates the ledger's schema, the ledger (as the tool would) and the checksum table, if
 * missing. Runs under the migration lock. Looks before creating: CREATE … IF NOT EXISTS still
 * demands the CREATE privilege, which a migration role may lack where everything exists already.
 */
async function ensureBookkeeping(client, ledger, exists) {
    const { schema, checksums } = ledger.location;
    if (!exists.schema)
        await client.query(createSchemaIfMissing(schema));
    if (!exists.ledger)
        await ledger.ensure(client);
    if (!exists.checksums)
        await client.query(createChecksumTable(schema, checksums));
}
/**
 * Reads what has been applied, writing nothing: missing tables mean "nothing applied yet", and
 * the result says which bookkeeping is missing. Under the migration lock the state cannot change
 * (for any runner that takes it), so a run reads it once.
 */
async function readMigrationState(client, ledger) {
    const { schema, checksums: checksumTable } = ledger.location;
    if (!(await schemaExists(client, schema))) {
        return {
            applied: [],
            checksums: new Map(),
            batches: new Map(),
            exists: { schema: false, ledger: false, checksums: false },
        };
    }
    const ledgerExists = await ledger.exists(client);
    const entries = ledgerExists ? await ledger.read(client) : [];
    const applied = entries.map((entry) => entry.id);
    const batches = new Map();
    for (const entry of entries)
        if (entry.batch !== undefined)
            batches.set(entry.id, entry.batch);
    const checksums = new Map();
    const checksumsExist = await checksums_relationExists(client, schema, checksumTable);
    if (checksumsExist) {
        const { rows } = await client.query(selectChecksums(schema, checksumTable));
        for (const row of rows)
            checksums.set(row.name, row.checksum.trim());
    }
    const duplicates = applied.filter((id, i) => applied.indexOf(id) !== i);
    if (duplicates.length > 0) {
        throw new DbDeployError('corrupt-migrations-table', `the migrations table records ${duplicates[0]} more than once`, {
            where: `${schema}.${ledger.location.table}`,
            hint: 'delete the duplicate row by hand after checking which run is real',
        });
    }
    return {
        applied,
        checksums,
        batches,
        exists: { schema: true, ledger: ledgerExists, checksums: checksumsExist },
    };
}
/** Records (or re-records) the checksum of a migration that is now applied. */
async function recordChecksum(client, location, migration) {
    await client.query(upsertChecksum(location.schema, location.checksums), [
        migration.id,
        migration.checksum,
        migration.file,
    ]);
}
/** Forgets the checksum of a migration that is no longer applied. */
async function forgetChecksum(client, location, id) {
    await client.query(deleteChecksum(location.schema, location.checksums), [id]);
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/node-pg-migrate/ledger.ts


/**
 * node-pg-migrate's ledger (`pgmigrations` by default), read and written as node-pg-migrate 9
 * does (src/runner.ts `ensureMigrationsTable` / `getRunMigrations`, src/migration.ts
 * `_getMarkAsRun`) — but with the name as a bind parameter and identifiers quoted, where
 * node-pg-migrate pastes both into the SQL text.
 */
/** node-pg-migrate's own table definition, so that either tool can use it. ACCESS EXCLUSIVE on the new table only. */
const createTable = (table) => `CREATE TABLE IF NOT EXISTS ${table} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`;
/** Applied migrations in the order node-pg-migrate considers them run. ACCESS SHARE lock. */
const selectApplied = (table) => `SELECT name FROM ${table} ORDER BY run_on, id`;
/** Marks a migration run, as node-pg-migrate does (its run_on is the transaction's NOW()). ROW EXCLUSIVE lock. */
const insertRun = (table) => `INSERT INTO ${table} (name, run_on) VALUES ($1, NOW())`;
/** Marks a migration undone. ROW EXCLUSIVE lock. */
const deleteRun = (table) => `DELETE FROM ${table} WHERE name = $1`;
/** The ledger at `location`; the migrations run with `search_path` set to the schema, as node-pg-migrate's `schema` option does. */
function nodePgMigrateLedger(location) {
    const table = sql_qualifiedName(location.schema, location.table);
    return {
        location,
        exists: (client) => checksums_relationExists(client, location.schema, location.table),
        async ensure(client) {
            if (!(await checksums_relationExists(client, location.schema, location.table)))
                await client.query(createTable(table));
        },
        async read(client) {
            const { rows } = await client.query(selectApplied(table));
            return rows.map((row) => ({ id: row.name }));
        },
        async write(db, migration, direction) {
            await db.query(direction === 'up' ? insertRun(table) : deleteRun(table), [migration.id]);
        },
        sessionSetup: [`SET search_path TO ${sql_quoteIdent(location.schema)}`],
        relations: {
            tables: [`${location.schema}.${location.table}`],
            // The id column's sequence: its lock is the ledger insert's, not the migration's.
            sequences: [`${location.schema}.${location.table}_id_seq`],
        },
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/layout.ts



const FOREIGN_LAYOUTS = [
    {
        layout: "golang-migrate's NAME.up.sql + NAME.down.sql",
        format: 'golang-migrate',
        downFile: /\.down\.sql$/i,
    },
    { layout: "Flyway's U<version>__NAME.sql undo", downFile: /^U\d+(?:[._]\d+)*__.*\.sql$/ },
    {
        layout: "dbmate's -- migrate:up / -- migrate:down",
        format: 'dbmate',
        sectionMarker: /^[ \t]*--[ \t]*migrate:(?:up|down)\b/im,
    },
    {
        layout: "goose's -- +goose Up / -- +goose Down",
        format: 'goose',
        sectionMarker: /^[ \t]*--[ \t]*\+goose[ \t]+(?:up|down)\b/im,
    },
    {
        layout: "Diesel's NAME/up.sql + NAME/down.sql",
        format: 'diesel',
        folderFiles: ['up.sql'],
        folderDownFile: 'down.sql',
    },
    { layout: "Prisma's NAME/migration.sql", format: 'prisma', folderFiles: ['migration.sql'] },
];
const KEEP_OUT = 'db-deploy reads node-pg-migrate migrations (one file each, the down under "-- Down Migration") until this layout is supported';
/** What to do about a foreign layout: use its format, or keep it out until one reads it. */
const readWith = (layout, otherwise) => layout.format
    ? `these are ${layout.format} migrations: set migration-format: ${layout.format} (--format in the CLI; lint: --migration-format), or leave it on auto with only ${layout.format} files in the directory`
    : `${otherwise}; ${KEEP_OUT}`;
/** Refuses a file whose name marks it as another tool's down or undo migration. */
function checkForeignFileName(fileName, where) {
    const layout = FOREIGN_LAYOUTS.find((l) => l.downFile?.test(fileName));
    if (!layout)
        return;
    throw new errors/* DbDeployError */.WV('foreign-layout', `migration file "${fileName}" is a down migration of ${layout.layout} layout, which db-deploy would run forward`, { where, hint: readWith(layout, 'move down files out of the migrations directory') });
}
/** Refuses a `.sql` migration holding another tool's section markers (its down would run right after its up). */
function checkForeignSections(content, file) {
    const layout = FOREIGN_LAYOUTS.find((l) => l.sectionMarker?.test(content));
    if (!layout)
        return;
    throw new errors/* DbDeployError */.WV('foreign-layout', `migration file ${file} has ${layout.layout} sections, and db-deploy would run the whole file, its down section right after its up`, {
        where: file,
        hint: readWith(layout, 'rewrite it with "-- Up Migration" / "-- Down Migration" markers, or keep it out of the migrations directory'),
    });
}
/**
 * Refuses per-migration folders of another tool: always when a folder holds a down file (it
 * would be mistaken for a migration as soon as the folders are read), and when the directory
 * holds no file db-deploy reads, so that the user hears which layout it is rather than "no
 * migration files".
 * @param folders the directory's subfolder names
 * @param readable whether the directory holds files db-deploy reads as migrations
 */
async function checkForeignFolders(dir, folders, readable, display) {
    for (const folder of folders) {
        const names = new Set(await (0,promises_.readdir)((0,external_node_path_.join)(dir, folder)).catch(() => []));
        const layout = FOREIGN_LAYOUTS.find((l) => (l.folderDownFile !== undefined && names.has(l.folderDownFile)) ||
            (!readable && l.folderFiles?.some((f) => names.has(f))));
        if (!layout)
            continue;
        const down = layout.folderDownFile !== undefined && names.has(layout.folderDownFile);
        throw new errors/* DbDeployError */.WV('foreign-layout', down
            ? `migrations directory "${display}" has ${layout.layout} layout (${folder}/${layout.folderDownFile} is a down migration), which node-pg-migrate does not read`
            : `migrations directory "${display}" has ${layout.layout} layout (${folder}/), which node-pg-migrate does not read, and no migration file it does`, { hint: readWith(layout, 'point migrations-dir at node-pg-migrate migrations') });
    }
}
/**
 * Refuses a directory whose only SQL sits in folders no supported tool uses (e.g. versioned
 * schema folders applied by a project's own tool: `v1.0/…sql`, `v1.1/…sql`), naming what was
 * found, so that the user hears what db-deploy saw rather than "no migration files". Nothing of
 * it runs.
 * @param folders the directory's subfolder names
 */
async function checkUnknownFolders(dir, folders, display) {
    const withSql = [];
    for (const folder of folders) {
        const names = await (0,promises_.readdir)((0,external_node_path_.join)(dir, folder)).catch(() => []);
        if (names.some((n) => n.toLowerCase().endsWith('.sql')))
            withSql.push(`${folder}/`);
    }
    if (withSql.length === 0)
        return;
    const shown = withSql.slice(0, 3).join(', ') + (withSql.length > 3 ? ', …' : '');
    throw new errors/* DbDeployError */.WV('unknown-layout', `migrations directory "${display}" holds no migration files, only folders of SQL files (${shown}) in a layout no migration tool db-deploy reads uses`, {
        hint: 'these look like versioned schema files applied by a tool of their own: db-deploy runs none of them; point migrations-dir at migrations of node-pg-migrate, dbmate, golang-migrate, goose, Flyway, Prisma, drizzle-kit or Diesel',
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/names.ts

/**
 * Names db-deploy cannot use: the engine writes every ledger with bind parameters and quoted
 * identifiers (ADR 0013), so quotes and backslashes in a schema, a ledger table or a migration's
 * file name are fine. What stays refused is what no quoting makes usable:
 * - control characters (a newline or an escape sequence in a name would forge log lines,
 *   annotations and summaries, and no migration tool writes them);
 * - identifiers PostgreSQL would cut: it truncates names to NAMEDATALEN - 1 = 63 bytes, so two
 *   long names could silently become one (the checksum table adds `_checksums`).
 */
const UNUSABLE_CHARACTER = /\p{Cc}/u;
/** The characters a name may hold, for error messages. */
const ALLOWED_NAME_CHARACTERS = 'any characters but control characters';
const names_MAX_IDENTIFIER_BYTES = 63;
/** The checksum table is `<migrations-table>_checksums`: its name must stay within 63 bytes too. */
const CHECKSUM_TABLE_SUFFIX = '_checksums';
/** How a name shows in an error line: quoted, control characters escaped (JSON string syntax). */
function shown(value) {
    return JSON.stringify(value);
}
function unusableCharacter(value) {
    const found = UNUSABLE_CHARACTER.exec(value)?.[0];
    return found === undefined ? undefined : shown(found);
}
/**
 * Refuses a `schema` or `migrations-table` value db-deploy cannot use as an identifier.
 * @param input the input's name as the user sets it (`schema`, `migrations-table`)
 */
function checkBookkeepingName(input, value) {
    const maxBytes = input === 'migrations-table'
        ? names_MAX_IDENTIFIER_BYTES - CHECKSUM_TABLE_SUFFIX.length
        : names_MAX_IDENTIFIER_BYTES;
    const character = unusableCharacter(value);
    const bytes = Buffer.byteLength(value);
    let problem;
    if (value === '')
        problem = 'is empty';
    else if (character)
        problem = `holds the control character ${character}`;
    else if (bytes > maxBytes)
        problem = `is ${bytes} bytes long; PostgreSQL cuts names at 63 bytes${input === 'migrations-table' ? ` and db-deploy adds ${CHECKSUM_TABLE_SUFFIX} to it` : ''}`;
    if (!problem)
        return;
    throw new errors/* DbDeployError */.WV('unsafe-name', `${input} ${shown(value)} ${problem}`, {
        hint: `use at most ${maxBytes} bytes of ${ALLOWED_NAME_CHARACTERS}`,
    });
}
/**
 * Refuses a migration file whose name db-deploy cannot record or report safely.
 * @param fileName the file's base name, e.g. `1700000000000_init.sql`
 * @param where the directory or path, as the user gave it
 */
function checkMigrationFileName(fileName, where) {
    const character = unusableCharacter(fileName);
    if (!character)
        return;
    throw new errors/* DbDeployError */.WV('unsafe-name', `migration file ${shown(fileName)} holds the control character ${character} in its name`, { where, hint: `rename the file using ${ALLOWED_NAME_CHARACTERS}` });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/directory.ts


/**
 * Refuses a migrations directory that is missing or not a directory, with the same lines for
 * every format.
 * @param display the directory as the user gave it (relative to the checkout)
 */
async function checkMigrationsDir(dir, display) {
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
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/node-pg-migrate/files.ts






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
 * Refuses a migration file db-deploy cannot run as what it is: another tool's down file, or a
 * name that node-pg-migrate cannot record safely.
 * @param where the directory or path as the user gave it
 */
function checkMigrationFile(fileName, where) {
    checkForeignFileName(fileName, where);
    checkMigrationFileName(fileName, where);
}
/**
 * Lists the migration files of a directory in application order. The one place that decides
 * which files are migrations: migrate, validate, lint, status and dry runs all list through it.
 * @param dir absolute path
 * @param display how to name the directory in errors (the path the user gave)
 */
async function listMigrationFiles(dir, display) {
    await checkMigrationsDir(dir, display);
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const files = entries
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && isMigrationFile(e.name))
        .map((e) => e.name)
        .sort((a, b) => compareMigrationNames(migrationName(a), migrationName(b)) || a.localeCompare(b));
    const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.'));
    await checkForeignFolders(dir, folders.map((e) => e.name), files.length > 0, display);
    for (const file of files)
        checkMigrationFile(file, display);
    if (files.length === 0) {
        await checkUnknownFolders(dir, folders.map((e) => e.name), display);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/core/migrations/engine/checksum.ts


/**
 * sha256 of a migration's text, normalised so that a checkout with CRLF line endings or a
 * byte-order mark does not look like an edit.
 */
function migrationChecksum(content) {
    const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    return (0,external_node_crypto_.createHash)('sha256').update(normalised, 'utf8').digest('hex');
}
/**
 * The checksum of a migration module (JS/TS) and the earlier form that counts as the same text.
 * Its metadata block of plain data (`exports.config = { … }`, see metadata.ts) is left out, so
 * editing only what a migration declares about itself is not an edit of what ran; anything else
 * in the file — code, and a block that is not plain data — is covered. A checksum recorded over
 * the whole text (before the block was left out) is still accepted.
 */
function moduleChecksum(content) {
    const code = withoutMetadata(content);
    const checksum = migrationChecksum(code);
    return code === content ? { checksum } : { checksum, accepted: [migrationChecksum(content)] };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/node-pg-migrate/sql-file.ts
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

;// CONCATENATED MODULE: ./src/core/migrations/module-loader.ts

let moduleLoader;
/**
 * Imports a JavaScript or TypeScript module of the project (a migration, a knexfile) the way the
 * migration tools load them: through jiti, which takes `.js` (CommonJS or ESM, whatever the
 * package's `type`), `.cjs`, `.mjs`, `.ts`, `.cts` and `.mts` — e.g. CommonJS (`exports.up = …`)
 * in a `.js` file of a `"type": "module"` package, which Node's own `import()` refuses. jiti's
 * interop (its default) merges a default export into the module. Without its file-system cache
 * (a stale cache could hide a broken bundle) and module cache (validate loads the same file
 * again after a down). jiti itself is loaded on first use: a run with no code to load never
 * loads it.
 */
async function importModule(path) {
    const { createJiti } = await Promise.all(/* import() */[__nccwpck_require__.e(778), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17778));
    moduleLoader ??= createJiti(process.cwd(), {
        fsCache: false,
        moduleCache: false,
        interopDefault: true,
    });
    return (await moduleLoader.import(path));
}
/** Imports a migration module; a module that fails to load is one line naming the migration. */
async function importMigration(migration, hint = 'fix the syntax or the imports of the migration file') {
    try {
        return await importModule(migration.path);
    }
    catch (error) {
        throw new errors/* DbDeployError */.WV('migration-load-failed', `cannot load migration ${migration.name}: ${error.message}`, { where: migration.file, hint, cause: error });
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/foreign-code.ts

/**
 * The tool a migration module's code is written for, from the API it calls (`knex.schema…`,
 * `pgm.createTable…`): to name the right format when code of one tool is run as another.
 * Undefined when it shows neither (or both).
 */
function codeWrittenFor(content) {
    const code = content.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
    const knex = /\b(?:knex|trx)\s*\.\s*(?:schema|raw|transaction|fn)\b|\bknex\s*\(\s*['"`]/.test(code) ||
        /\bup\s*(?:=|:)?\s*(?:async\s*)?(?:function\s*)?\(\s*knex\b/.test(code) ||
        /function\s+up\s*\(\s*knex\b/.test(code);
    const pgm = /\bpgm\s*\.\s*(?:createTable|addColumns?|sql|createIndex|dropTable|noTransaction|alterColumn|addConstraint|func|db)\b/.test(code);
    if (knex === pgm)
        return undefined;
    return knex ? 'knex' : 'node-pg-migrate';
}
/**
 * Refuses, before it runs, a migration whose code is written for another tool than the format
 * it is read as (detection overridden by migration-format, or a repository without its marker
 * file): its `up` would get the wrong API object and fail half-way, or worse, do something else.
 */
function refuseForeignCode(migration, used) {
    const written = codeWrittenFor(migration.content);
    if (!written || written === used)
        return;
    throw new errors/* DbDeployError */.WV('wrong-format', `migration ${migration.name} is ${written} code (it calls ${written === 'knex' ? 'knex.schema…' : 'pgm.…'}), but the migrations are read as ${used}`, {
        where: migration.file,
        hint: `set migration-format: ${written} (--format ${written} in the CLI), or auto${written === 'knex' ? ' with the knexfile in the repository' : ''}`,
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/node-pg-migrate/load.ts










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
/**
 * Reads one migration file (no code is executed); its id is its name, as node-pg-migrate records
 * it. A `.sql` file with another tool's sections is refused (see layout.ts).
 */
async function readMigrationFile(path, baseDir) {
    const content = await (0,promises_.readFile)(path, 'utf8');
    const kind = kindOf(path);
    const file = (0,external_node_path_.relative)(baseDir, path);
    if (kind === 'sql')
        checkForeignSections(content, file);
    const name = migrationName(path);
    const sql = kind === 'sql' ? splitSqlMigration(content) : undefined;
    const sums = sql ? { checksum: migrationChecksum(content) } : moduleChecksum(content);
    return {
        id: name,
        name,
        path,
        file,
        kind,
        checksum: sums.checksum,
        ...(sums.accepted ? { acceptedChecksums: sums.accepted } : {}),
        content,
        sql: sql && { up: sql.up, down: sql.down, noTransaction: sql.forceNoTransaction },
        // A JS/TS module without `down` is reversed automatically by node-pg-migrate; known once loaded.
        down: sql ? (sql.down ? 'yes' : 'no') : 'unknown',
    };
}
/**
 * Loads a JavaScript or TypeScript migration module the way node-pg-migrate 9 loads it: through
 * jiti (its default loader for .js, .cjs, .mjs, .ts, .cts and .mts), see importModule.
 */
async function loadModuleActions(migration) {
    refuseForeignCode(migration, 'node-pg-migrate');
    const mod = await importMigration(migration);
    const actions = (typeof mod.up === 'function' ? mod : mod.default) ??
        {};
    if (typeof actions.up !== 'function') {
        throw new errors/* DbDeployError */.WV('migration-load-failed', `migration ${migration.name} exports no up function`, {
            where: migration.file,
            hint: 'export `up` (and `down`) functions, e.g. `exports.up = (pgm) => { … }`',
        });
    }
    // The tutorial's metadata block (`exports.config`): `transaction: false` = pgm.noTransaction().
    migration.declared = readDeclared(actions, migration.content);
    return {
        up: actions.up,
        down: actions.down,
        shorthands: actions.shorthands,
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/node-pg-migrate/index.ts






/** node-pg-migrate's CLI defaults (`--migrations-dir`, `--migrations-table`, `--schema`). */
const NODE_PG_MIGRATE_DEFAULTS = {
    migrationsDir: 'migrations',
    migrationsTable: 'pgmigrations',
    schema: 'public',
};
/**
 * node-pg-migrate: `.sql` files split on `-- Up Migration` / `-- Down Migration`, and JS/TS
 * modules exporting `up`/`down` that receive a MigrationBuilder (`pgm`). A fresh instance per run
 * (it keeps the loaded modules).
 */
function nodePgMigrateFormat() {
    const loaded = new Map();
    const loadedOf = (migration) => {
        const found = loaded.get(migration.path);
        if (!found)
            throw new Error(`${migration.name} was not prepared`);
        return found;
    };
    return {
        name: 'node-pg-migrate',
        async configure(request) {
            const d = NODE_PG_MIGRATE_DEFAULTS;
            const table = request.migrationsTable ?? d.migrationsTable;
            return {
                format: 'node-pg-migrate',
                migrationsDir: request.migrationsDir ?? (0,external_node_path_.resolve)(request.baseDir, d.migrationsDir),
                ledger: { schema: request.schema ?? d.schema, table, checksums: `${table}_checksums` },
            };
        },
        list: (config, baseDir) => readMigrationFiles(config.migrationsDir, baseDir),
        isMigrationPath: (path) => isMigrationFile((0,external_node_path_.basename)(path)),
        readOne: (path, baseDir) => {
            checkMigrationFile((0,external_node_path_.basename)(path), (0,external_node_path_.relative)(baseDir, path));
            return readMigrationFile(path, baseDir);
        },
        async prepare(needed, all) {
            // Shorthands accumulate in file order, so every module up to the last needed one loads.
            const last = Math.max(-1, ...needed.map((m) => all.indexOf(m)));
            let shorthands = {};
            for (const migration of all.slice(0, last + 1)) {
                if (migration.kind === 'sql')
                    continue;
                const actions = loaded.get(migration.path)?.actions ?? (await loadModuleActions(migration));
                shorthands = { ...shorthands, ...actions.shorthands };
                loaded.set(migration.path, { actions, shorthands });
                migration.down = actions.down === false ? 'no' : 'yes';
            }
            // A needed module outside `all` (lint of a single file) loads on its own.
            for (const migration of needed) {
                if (migration.kind === 'sql' || loaded.has(migration.path))
                    continue;
                const actions = await loadModuleActions(migration);
                loaded.set(migration.path, { actions, shorthands: { ...actions.shorthands } });
                migration.down = actions.down === false ? 'no' : 'yes';
            }
        },
        body(migration, direction) {
            if (migration.sql) {
                const section = migration.sql[direction];
                if (!section)
                    return undefined;
                return { kind: 'sql', section, transaction: migration.sql.noTransaction ? 'none' : 'auto' };
            }
            const { actions, shorthands } = loadedOf(migration);
            if (actions[direction] === false)
                return undefined;
            const run = (db) => buildOnDatabase(actions, shorthands, direction, db);
            // The metadata block's `transaction: false` works as pgm.noTransaction(), decided up front.
            if (migration.declared?.transaction === false)
                return { kind: 'code', transaction: 'none', reason: NO_TRANSACTION_DECLARED, run };
            return { kind: 'code', transaction: 'decided-by-code', run };
        },
        async renderCode(migration, direction) {
            const { actions, shorthands } = loadedOf(migration);
            return buildWithoutDatabase(actions, shorthands, direction);
        },
        ledger: (config) => nodePgMigrateLedger(config.ledger),
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/plain-sql.ts


/**
 * How a direction of a SQL migration runs: its section, in a transaction unless the tool's
 * file says otherwise (the down may say so on its own, as dbmate's options do).
 */
function sqlBody(migration, direction) {
    const sql = migration.sql;
    const section = sql?.[direction];
    if (!sql || !section)
        return undefined;
    const none = direction === 'down' ? (sql.downNoTransaction ?? sql.noTransaction) : sql.noTransaction;
    return { kind: 'sql', section, transaction: none ? 'none' : 'auto' };
}
/** A format whose migrations are SQL files only: nothing to load, nothing built by code. */
function plainSqlFormat(format) {
    return {
        ...format,
        prepare: () => Promise.resolve(),
        body: sqlBody,
        renderCode: (migration) => Promise.resolve({ ok: false, reason: `${migration.name} is SQL, not code` }),
    };
}
const TRANSACTION_WORDS = /\b(?:begin|start|commit|end|rollback|abort)\b/i;
/**
 * A section as db-deploy runs it when its file manages its own transaction. Tools that send a
 * file to PostgreSQL as it is (golang-migrate, Prisma) leave transactions to the file, so files
 * often hold `BEGIN; … COMMIT;` around their statements. db-deploy runs each migration in a
 * transaction of its own (with the ledger row inside it), where a nested COMMIT would commit
 * early: the file's own BEGIN and COMMIT are blanked out (spaces, so that positions in the file
 * stay right) and db-deploy's transaction takes their place. Any other transaction control (a
 * COMMIT in the middle, a ROLLBACK, SAVEPOINTs are fine) is refused: db-deploy could not
 * promise the same outcome.
 */
async function withoutOwnTransaction(section, file) {
    if (!TRANSACTION_WORDS.test(section.sql))
        return section;
    await parse_loadParser();
    const parsed = parse_parseSql(section.sql);
    if (!parsed.ok)
        return section;
    const control = parsed.statements.filter((s) => s.type === 'TransactionStmt' &&
        !/SAVEPOINT|RELEASE/.test(String(s.node.kind ?? '')));
    if (control.length === 0)
        return section;
    const kind = (i) => String((control[i]?.node).kind ?? '');
    const [first, last] = [parsed.statements[0], parsed.statements.at(-1)];
    const wraps = control.length === 2 &&
        control[0] === first &&
        control[1] === last &&
        /BEGIN|START/.test(kind(0)) &&
        /COMMIT/.test(kind(1));
    if (!wraps) {
        throw new errors/* DbDeployError */.WV('own-transaction-control', `migration file ${file} controls transactions itself (${control.map((s) => s.text.split(/\s+/)[0]?.toUpperCase()).join(', ')}) in a way db-deploy cannot keep`, {
            where: file,
            hint: 'db-deploy runs each migration in its own transaction: keep at most one BEGIN … COMMIT around the whole file, or none',
        });
    }
    let sql = section.sql;
    for (const s of control)
        sql = sql.slice(0, s.start) + ' '.repeat(s.end - s.start) + sql.slice(s.end);
    return { ...section, sql };
}

// EXTERNAL MODULE: ./src/core/db/url.ts
var db_url = __nccwpck_require__(45051);
;// CONCATENATED MODULE: ./src/core/migrations/formats/sql-files.ts








/**
 * The configuration of a tool whose ledger sits in the URL's `search_path` schema (dbmate,
 * golang-migrate, goose): the inputs where given, else the tool's defaults.
 */
function searchPathConfig(format, defaults, request) {
    const table = request.migrationsTable ?? defaults.table;
    return {
        format,
        migrationsDir: request.migrationsDir ?? (0,external_node_path_.resolve)(request.baseDir, defaults.migrationsDir),
        ledger: {
            schema: searchPathSchema(request.schema, request.databaseUrl),
            table,
            checksums: `${table}_checksums`,
        },
    };
}
/** What every one-table ledger has: its place, whether it exists, the relations it owns. */
function oneTableLedger(location, sessionSetup, sequences = []) {
    return {
        location,
        exists: (client) => checksums_relationExists(client, location.schema, location.table),
        sessionSetup,
        relations: { tables: [`${location.schema}.${location.table}`], sequences },
    };
}
/**
 * The entries of a migrations directory, refusing a missing one with the same lines as every
 * format. Dotfiles are left out.
 * @param display the directory as the user gave it (relative to the checkout)
 */
async function readMigrationsDir(dir, display) {
    await checkMigrationsDir(dir, display);
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const entry of entries)
        checkMigrationFileName(entry.name, display);
    return entries
        .filter((e) => !e.name.startsWith('.'))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Whether a directory entry is a file (a symbolic link counts, as the tools follow it). */
const isFileEntry = (e) => e.isFile() || e.isSymbolicLink();
/** The refusal of a directory that holds none of the format's migrations. */
function noMigrationFiles(display, tool, expected) {
    return new errors/* DbDeployError */.WV('migrations-dir-empty', `migrations directory "${display}" holds no ${tool} migration files`, { hint: `add files named ${expected}, or fix migrations-dir or migration-format` });
}
/**
 * The refusal of a `.sql` file in the migrations directory that the format cannot place: it
 * would never run, and a migration that silently never runs is worse than a stop.
 */
function unplacedFile(file, display, tool, expected) {
    return new errors/* DbDeployError */.WV('unplaced-migration-file', `"${file}" in the ${tool} migrations directory is not named as ${tool} names migrations (${expected}), so it would never run`, {
        where: display,
        hint: `rename it as ${expected}, or move it out of the migrations directory`,
    });
}
/** The refusal of two migration files with the same version. */
function duplicateVersion(version, a, b, display) {
    return new errors/* DbDeployError */.WV('duplicate-migration', `two migration files share the version ${version}: ${a} and ${b}`, { where: display, hint: 'give one of them a new version' });
}
/** The schemas of the URL's `search_path` parameter, in order, unquoted; empty when it has none. */
function urlSearchPath(databaseUrl) {
    if (!databaseUrl)
        return [];
    const value = (0,db_url/* parseDatabaseUrl */.mx)(databaseUrl).params.search_path ?? '';
    return value
        .split(',')
        .map((s) => s.trim().replace(/^"(.*)"$/, '$1'))
        .filter((s) => s !== '');
}
/**
 * The ledger's schema as dbmate, golang-migrate and goose find it: the `schema` input, else the
 * first schema of the URL's `search_path` (which their drivers pass to the server), else public.
 */
function searchPathSchema(schema, databaseUrl) {
    return schema ?? urlSearchPath(databaseUrl)[0] ?? 'public';
}
/**
 * The session setting a Go tool's driver (lib/pq, pgx) applies from the URL's `search_path`
 * parameter, so that migrations resolve unqualified names as under the tool itself.
 */
function searchPathSetup(databaseUrl) {
    const schemas = urlSearchPath(databaseUrl);
    return schemas.length ? [`SET search_path TO ${schemas.map(sql_quoteIdent).join(', ')}`] : [];
}
/** The columns of a table (to tell tools' same-named ledgers apart). Reads the catalog; no lock. */
const TABLE_COLUMNS = `
SELECT a.attname AS name FROM pg_attribute a
 WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum`;
/** The column names of `schema.table`, empty when it does not exist. */
async function tableColumns(client, schema, table) {
    const { rows } = await client.query(TABLE_COLUMNS, [
        `${sql_quoteIdent(schema)}.${sql_quoteIdent(table)}`,
    ]);
    return rows.map((r) => r.name);
}
/** A plain-SQL migration; its checksum covers everything that can run (a down file too). */
function sqlMigration(parts) {
    const checksummed = parts.extra === undefined ? parts.content : `${parts.content}\n${parts.extra}`;
    return {
        id: parts.id,
        name: parts.name,
        path: parts.path,
        file: (0,external_node_path_.relative)(parts.baseDir, parts.path),
        kind: 'sql',
        content: parts.content,
        checksum: migrationChecksum(checksummed),
        sql: { up: parts.up, down: parts.down, noTransaction: parts.noTransaction },
        down: parts.down ? 'yes' : 'no',
        addDown: parts.addDown,
    };
}
/** The refusal of a ledger table whose columns are another tool's. */
function foreignLedger(location, tool, columns, expected) {
    return new errors/* DbDeployError */.WV('foreign-ledger', `the ledger ${location} has the columns (${columns.join(', ')}), not ${tool}'s (${expected})`, {
        where: location,
        hint: 'another tool keeps its ledger under that name: set migration-format to that tool, or migrations-table to the ledger of this one',
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/dbmate/ledger.ts


/**
 * dbmate's ledger (`schema_migrations` by default), read and written as dbmate 2's PostgreSQL
 * driver does (pkg/driver/postgres/postgres.go `CreateMigrationsTable`, `SelectMigrations`,
 * `InsertMigration`, `DeleteMigration`): one row per applied migration, its version, inserted
 * in the migration's own transaction. golang-migrate uses the same table name with a
 * `dirty` column: such a table is refused, never mixed.
 */
/** dbmate's table definition. ACCESS EXCLUSIVE on the new table only. */
const ledger_createTable = (table) => `CREATE TABLE IF NOT EXISTS ${table} (version varchar(255) PRIMARY KEY)`;
/** Applied versions (dbmate orders by version). ACCESS SHARE lock. */
const ledger_selectApplied = (table) => `SELECT version FROM ${table} ORDER BY version`;
/** Marks a migration run. ROW EXCLUSIVE lock. */
const insertVersion = (table) => `INSERT INTO ${table} (version) VALUES ($1)`;
/** Marks a migration rolled back. ROW EXCLUSIVE lock. */
const deleteVersion = (table) => `DELETE FROM ${table} WHERE version = $1`;
/**
 * dbmate's ledger at `location`.
 * @param sessionSetup the URL's search_path, which dbmate's driver passes to the server
 */
function dbmateLedger(location, migrations, sessionSetup) {
    const table = sql_qualifiedName(location.schema, location.table);
    const shown = `${location.schema}.${location.table}`;
    // Applied in file order, whatever order the versions sort in.
    const position = new Map(migrations.map((m, i) => [m.id, i]));
    return {
        ...oneTableLedger(location, sessionSetup),
        async ensure(client) {
            await client.query(ledger_createTable(table));
        },
        async read(client) {
            const columns = await tableColumns(client, location.schema, location.table);
            if (!columns.includes('version') || columns.includes('dirty'))
                throw foreignLedger(shown, 'dbmate', columns, 'version');
            const { rows } = await client.query(ledger_selectApplied(table));
            return rows
                .map((row) => ({ id: row.version }))
                .sort((a, b) => (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) -
                (position.get(b.id) ?? Number.MAX_SAFE_INTEGER));
        },
        async write(db, migration, direction) {
            await db.query(direction === 'up' ? insertVersion(table) : deleteVersion(table), [
                migration.id,
            ]);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/dbmate/files.ts




/**
 * dbmate's migrations: `<version>_<name>.sql` files, each with a `-- migrate:up` and a
 * `-- migrate:down` section, options on the section's line (`transaction:false`). Read as dbmate
 * 2 reads them (pkg/dbmate/migration.go `parseMigrationContents`, pkg/dbmate/db.go
 * `migrationFileRegexp`): the version is the file name's leading digits, the up section runs
 * from its marker to the down marker, the down section to the end of the file.
 */
/** dbmate's `migrationFileRegexp`: leading digits are the version. */
const FILE = /^(\d+).*\.sql$/;
const EXPECTED = '<version>_<name>.sql, e.g. 20240101120000_create_users.sql';
/** dbmate's `upRegExp` and `downRegExp` (multi-line: `^` and `$` at each line). */
const UP = /^--\s*migrate:up(?:[^\S\n]*$|\s+\S+)/m;
const DOWN = /^--\s*migrate:down(?:[^\S\n]*$|\s+\S+)$/m;
/** Whether a file's text has dbmate's section markers (detection reads this). */
const hasDbmateMarkers = (content) => UP.test(content);
const isDbmateFile = (fileName) => FILE.test(fileName);
/** A section's options from its marker line, as dbmate's `parseMigrationOptions` reads them. */
function options(block) {
    const line = (block.split('\n', 1)[0] ?? '').replace(/^--\s*migrate:(?:up|down)/, '').trim();
    const found = new Map();
    for (const pair of line === '' ? [] : line.split(/\s+/)) {
        const parts = pair.split(':');
        if (parts.length === 2)
            found.set(parts[0], parts[1]);
    }
    return found;
}
function parseError(file, message) {
    return new errors/* DbDeployError */.WV('migration-parse-failed', `dbmate migration ${file}: ${message}`, {
        where: file,
        hint: 'start the file with "-- migrate:up", then the up SQL, then "-- migrate:down" and the down SQL, as dbmate requires',
    });
}
/** Splits a dbmate file into its sections; refuses what dbmate itself refuses. */
function splitDbmateFile(content, file) {
    const up = UP.exec(content)?.index;
    const down = DOWN.exec(content)?.index;
    if (up === undefined)
        throw parseError(file, 'it has no "-- migrate:up" section');
    if (down === undefined)
        throw parseError(file, 'it has no "-- migrate:down" section');
    if (up > down)
        throw parseError(file, '"-- migrate:up" must come before "-- migrate:down"');
    const before = content.slice(0, up).split('\n');
    if (before.some((line) => line.trim() !== '' && !/^\s*--/.test(line)))
        throw parseError(file, 'it has statements before "-- migrate:up"');
    const upSql = content.slice(up, down);
    const downSql = content.slice(down);
    return {
        up: { sql: upSql, offset: up },
        down: { sql: downSql, offset: down },
        upNoTx: options(upSql).get('transaction') === 'false',
        downNoTx: options(downSql).get('transaction') === 'false',
    };
}
/** Reads one dbmate migration file. */
async function readDbmateFile(path, baseDir) {
    const content = await (0,promises_.readFile)(path, 'utf8');
    const fileName = (0,external_node_path_.basename)(path);
    const version = FILE.exec(fileName)?.[1];
    const file = (0,external_node_path_.relative)(baseDir, path);
    if (version === undefined)
        throw unplacedFile(fileName, file, 'dbmate', EXPECTED);
    const parts = splitDbmateFile(content, file);
    const migration = sqlMigration({
        id: version,
        name: fileName.slice(0, -'.sql'.length),
        path,
        baseDir,
        content,
        up: parts.up,
        down: parts.down,
        noTransaction: parts.upNoTx,
        addDown: 'write the down SQL under "-- migrate:down"',
    });
    migration.sql.downNoTransaction = parts.downNoTx;
    return migration;
}
/** dbmate's migrations of a directory, in file-name order (dbmate's). */
async function listDbmateFiles(dir, baseDir) {
    const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
    const files = (await readMigrationsDir(dir, display)).filter((e) => isFileEntry(e) && e.name.endsWith('.sql'));
    const unplaced = files.find((e) => !isDbmateFile(e.name));
    if (unplaced)
        throw unplacedFile(unplaced.name, display, 'dbmate', EXPECTED);
    if (files.length === 0)
        throw noMigrationFiles(display, 'dbmate', EXPECTED);
    const migrations = await Promise.all(files.map((e) => readDbmateFile((0,external_node_path_.join)(dir, e.name), baseDir)));
    const seen = new Map();
    for (const m of migrations) {
        const other = seen.get(m.id);
        if (other)
            throw duplicateVersion(m.id, other, (0,external_node_path_.basename)(m.path), display);
        seen.set(m.id, (0,external_node_path_.basename)(m.path));
    }
    return migrations;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/dbmate/index.ts





/** dbmate's defaults (`--migrations-dir`, `--migrations-table`). */
const DBMATE_DEFAULTS = {
    migrationsDir: 'db/migrations',
    table: 'schema_migrations',
};
/** dbmate: one `.sql` file per migration with `-- migrate:up` / `-- migrate:down` sections. */
function dbmateFormat() {
    let databaseUrl;
    return plainSqlFormat({
        name: 'dbmate',
        async configure(request) {
            databaseUrl = request.databaseUrl;
            return searchPathConfig('dbmate', DBMATE_DEFAULTS, request);
        },
        list: (config, baseDir) => listDbmateFiles(config.migrationsDir, baseDir),
        isMigrationPath: (path) => isDbmateFile((0,external_node_path_.basename)(path)),
        readOne: readDbmateFile,
        ledger: (config, migrations) => dbmateLedger(config.ledger, migrations, searchPathSetup(databaseUrl)),
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/golang-migrate/ledger.ts



/**
 * golang-migrate's ledger (`schema_migrations` by default), read and written as its PostgreSQL
 * driver does (database/postgres/postgres.go `ensureVersionTable`, `Version`, `SetVersion`):
 * ONE row, the current version and a `dirty` flag. Every migration up to that version counts
 * as applied; after a migration db-deploy sets the row to its version (up) or to the version
 * before it (down; no row when none is left, as golang-migrate's NilVersion), inside the
 * migration's transaction. golang-migrate sets `dirty` while a migration runs and leaves it set
 * when one fails half-way: such a ledger is refused with the command that clears it.
 */
/** golang-migrate's table definition. ACCESS EXCLUSIVE on the new table only. */
const golang_migrate_ledger_createTable = (table) => `CREATE TABLE IF NOT EXISTS ${table} (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)`;
/** The current version (golang-migrate reads the first row). ACCESS SHARE lock. */
const selectVersion = (table) => `SELECT version::text AS version, dirty FROM ${table} LIMIT 1`;
/** Clears the row before the new one, as SetVersion's TRUNCATE (DELETE: no ACCESS EXCLUSIVE lock). ROW EXCLUSIVE lock. */
const ledger_deleteVersion = (table) => `DELETE FROM ${table}`;
/** The new current version. ROW EXCLUSIVE lock. */
const ledger_insertVersion = (table) => `INSERT INTO ${table} (version, dirty) VALUES ($1::bigint, false)`;
function golangMigrateLedger(location, migrations, sessionSetup, migrationsDir) {
    const table = sql_qualifiedName(location.schema, location.table);
    const shown = `${location.schema}.${location.table}`;
    const versions = migrations.map((m) => BigInt(m.id));
    return {
        ...oneTableLedger(location, sessionSetup),
        async ensure(client) {
            await client.query(golang_migrate_ledger_createTable(table));
        },
        async read(client) {
            const columns = await tableColumns(client, location.schema, location.table);
            if (!columns.includes('version') || !columns.includes('dirty'))
                throw foreignLedger(shown, 'golang-migrate', columns, 'version, dirty');
            const row = (await client.query(selectVersion(table)))
                .rows[0];
            if (!row)
                return [];
            const current = BigInt(row.version);
            if (row.dirty)
                throw dirtyLedger(shown, current, versions, migrationsDir);
            if (current >= 0n && !versions.includes(current)) {
                throw new errors/* DbDeployError */.WV('migration-missing', `golang-migrate's ledger ${shown} is at version ${current}, which has no migration file`, {
                    where: shown,
                    hint: 'restore that migration file from version control, or point migrations-dir at the right directory',
                });
            }
            return migrations.filter((m) => BigInt(m.id) <= current).map((m) => ({ id: m.id }));
        },
        async write(db, migration, direction) {
            const index = migrations.indexOf(migration);
            const version = direction === 'up' ? migration.id : migrations[index - 1]?.id;
            await db.query(ledger_deleteVersion(table));
            if (version !== undefined)
                await db.query(ledger_insertVersion(table), [version]);
        },
    };
}
/** The refusal of a dirty ledger, with the golang-migrate command that clears it. */
function dirtyLedger(shown, current, versions, migrationsDir) {
    const before = versions.filter((v) => v < current).at(-1);
    const force = (v) => `migrate -path ${migrationsDir} -database "$DATABASE_URL" force ${v ?? -1}`;
    return new errors/* DbDeployError */.WV('dirty-ledger', `golang-migrate's ledger ${shown} is dirty at version ${current}: that migration failed half-way under golang-migrate`, {
        where: shown,
        hint: `repair the database by hand, then clear the flag with \`${force(current)}\` if the migration's changes are all in place, or \`${force(before)}\` if none are, and run again`,
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/golang-migrate/files.ts





/**
 * golang-migrate's migrations: `<version>_<title>.up.sql` and `<version>_<title>.down.sql`, as
 * its file source parses them (source/parse.go `DefaultRegex`,
 * `^([0-9]+)_(.*)\.(down|up)\.(.*)$`). The version is an unsigned integer; migrations apply in
 * version order. Each file runs as it is, in one go (database/postgres/postgres.go `Run`).
 */
const files_FILE = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/;
const files_EXPECTED = '<version>_<title>.up.sql with its <version>_<title>.down.sql';
const isGolangMigrateFile = (fileName) => files_FILE.test(fileName);
/** The pairs of up and down files of a directory, keyed by version. */
function pairFiles(names, display) {
    const pairs = new Map();
    for (const name of names) {
        const match = files_FILE.exec(name);
        if (!match || match[4] !== 'sql')
            throw unplacedFile(name, display, 'golang-migrate', files_EXPECTED);
        const version = BigInt(match[1]);
        const pair = pairs.get(version) ?? { version, title: match[2] };
        const direction = match[3];
        const other = pair[direction];
        if (other)
            throw duplicateVersion(`${version} (${direction})`, other, name, display);
        pair[direction] = name;
        pairs.set(version, pair);
    }
    return [...pairs.values()].sort((a, b) => (a.version < b.version ? -1 : 1));
}
/** One migration from its up file and, if there is one, its down file. */
async function readPair(dir, pair, baseDir, display) {
    if (!pair.up) {
        throw new errors/* DbDeployError */.WV('orphan-down-migration', `${pair.down} is a down migration without its up file`, {
            where: display,
            hint: `add ${pair.down.replace(/\.down\./, '.up.')} or remove the down file`,
        });
    }
    const path = (0,external_node_path_.join)(dir, pair.up);
    const file = (0,external_node_path_.relative)(baseDir, path);
    const content = await (0,promises_.readFile)(path, 'utf8');
    let down;
    let downText;
    if (pair.down) {
        const downPath = (0,external_node_path_.join)(dir, pair.down);
        downText = await (0,promises_.readFile)(downPath, 'utf8');
        const downFile = (0,external_node_path_.relative)(baseDir, downPath);
        down = await withoutOwnTransaction({ sql: downText, offset: 0, source: { file: downFile, content: downText } }, downFile);
    }
    return sqlMigration({
        // The ledger's bigint, as golang-migrate writes it (no leading zeros).
        id: pair.version.toString(),
        name: pair.up.slice(0, -'.up.sql'.length),
        path,
        baseDir,
        content,
        up: await withoutOwnTransaction({ sql: content, offset: 0 }, file),
        down,
        noTransaction: false,
        addDown: `add ${pair.up.replace(/\.up\.sql$/, '.down.sql')} beside it`,
        extra: downText,
    });
}
/** golang-migrate's migrations of a directory, in version order. */
async function listGolangMigrateFiles(dir, baseDir) {
    const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
    const names = (await readMigrationsDir(dir, display))
        .filter((e) => isFileEntry(e) && (e.name.endsWith('.sql') || files_FILE.test(e.name)))
        .map((e) => e.name);
    const pairs = pairFiles(names, display);
    if (pairs.length === 0)
        throw noMigrationFiles(display, 'golang-migrate', files_EXPECTED);
    return Promise.all(pairs.map((pair) => readPair(dir, pair, baseDir, display)));
}
/** Reads the migration of one file named on its own (its up, with the down beside it). */
async function readGolangMigrateFile(path, baseDir) {
    const name = (0,external_node_path_.basename)(path);
    const display = (0,external_node_path_.relative)(baseDir, path);
    const match = files_FILE.exec(name);
    if (!match || match[4] !== 'sql')
        throw unplacedFile(name, display, 'golang-migrate', files_EXPECTED);
    const dir = (0,external_node_path_.join)(path, '..');
    const up = `${match[1]}_${match[2]}.up.sql`;
    const down = `${match[1]}_${match[2]}.down.sql`;
    const present = new Set((await readMigrationsDir(dir, (0,external_node_path_.relative)(baseDir, dir) || '.')).map((e) => e.name));
    const pair = {
        version: BigInt(match[1]),
        title: match[2],
        up: present.has(up) ? up : undefined,
        down: present.has(down) ? down : undefined,
    };
    return readPair(dir, pair, baseDir, display);
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/golang-migrate/index.ts





/**
 * golang-migrate has no default directory (`-path` is required); `db/migrations` is the one
 * its documentation and `migrate create -dir` examples use. Its table is `schema_migrations`.
 */
const GOLANG_MIGRATE_DEFAULTS = {
    migrationsDir: 'db/migrations',
    table: 'schema_migrations',
};
/** golang-migrate: `<version>_<title>.up.sql` / `.down.sql` pairs and a one-row ledger. */
function golangMigrateFormat() {
    let databaseUrl;
    let baseDir = '.';
    return plainSqlFormat({
        name: 'golang-migrate',
        async configure(request) {
            databaseUrl = request.databaseUrl;
            baseDir = request.baseDir;
            return searchPathConfig('golang-migrate', GOLANG_MIGRATE_DEFAULTS, request);
        },
        list: (config, base) => listGolangMigrateFiles(config.migrationsDir, base),
        isMigrationPath: (path) => isGolangMigrateFile((0,external_node_path_.basename)(path)),
        readOne: readGolangMigrateFile,
        ledger: (config, migrations) => golangMigrateLedger(config.ledger, migrations, searchPathSetup(databaseUrl), (0,external_node_path_.relative)(baseDir, config.migrationsDir) || '.'),
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/goose/ledger.ts


/**
 * goose's ledger (`goose_db_version`), read and written as goose 3's PostgreSQL dialect does
 * (internal/dialects/postgres.go `CreateTable`, `InsertVersion`, `DeleteVersion`,
 * `ListMigrations`): a row per event, `(version_id, is_applied)`; a new table gets goose's
 * version-0 row; the newest row of a version (highest id) says whether it is applied, as goose's
 * `EnsureDBVersion` reads it (older goose recorded a rollback as `is_applied = false`; goose 3
 * deletes the version's rows).
 */
/** goose's table definition. ACCESS EXCLUSIVE on the new table only. */
const goose_ledger_createTable = (table) => `CREATE TABLE ${table} (
  id integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY,
  version_id bigint NOT NULL,
  is_applied boolean NOT NULL,
  tstamp timestamp NOT NULL DEFAULT now()
)`;
/** Every row, newest first. ACCESS SHARE lock. */
const listRows = (table) => `SELECT version_id::text AS version, is_applied FROM ${table} ORDER BY id DESC`;
/** Records an applied version (and, on a new table, goose's version 0). ROW EXCLUSIVE lock. */
const goose_ledger_insertVersion = (table) => `INSERT INTO ${table} (version_id, is_applied) VALUES ($1::bigint, true)`;
/** Forgets a rolled-back version. ROW EXCLUSIVE lock. */
const goose_ledger_deleteVersion = (table) => `DELETE FROM ${table} WHERE version_id = $1::bigint`;
function gooseLedger(location, sessionSetup) {
    const table = sql_qualifiedName(location.schema, location.table);
    const shown = `${location.schema}.${location.table}`;
    return {
        ...oneTableLedger(location, sessionSetup, [`${location.schema}.${location.table}_id_seq`]),
        async ensure(client) {
            await client.query(goose_ledger_createTable(table));
            await client.query(goose_ledger_insertVersion(table), ['0']);
        },
        async read(client) {
            const columns = await tableColumns(client, location.schema, location.table);
            if (!['version_id', 'is_applied'].every((c) => columns.includes(c)))
                throw foreignLedger(shown, 'goose', columns, 'id, version_id, is_applied, tstamp');
            const { rows } = await client.query(listRows(table));
            const decided = new Set();
            const applied = [];
            for (const row of rows) {
                if (decided.has(row.version))
                    continue;
                decided.add(row.version);
                if (row.is_applied && row.version !== '0')
                    applied.push(row.version);
            }
            return applied.reverse().map((id) => ({ id }));
        },
        async write(db, migration, direction) {
            await db.query(direction === 'up' ? goose_ledger_insertVersion(table) : goose_ledger_deleteVersion(table), [
                migration.id,
            ]);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/goose/annotations.ts

/**
 * goose's SQL annotations, as its parser reads them (internal/sqlparser/parser.go): a line
 * starting with `--` whose rest is `+goose Up`, `+goose Down`, `+goose StatementBegin`,
 * `+goose StatementEnd`, `+goose NO TRANSACTION`, `+goose ENVSUB ON` or `+goose ENVSUB OFF`
 * (case and spacing aside). The up runs from `+goose Up` to `+goose Down`, the down from there to
 * the end; the annotations themselves are SQL comments and stay in the text.
 */
const ANNOTATION = /^--\s*\+goose\s+(.+?)\s*$/i;
const annotations_KINDS = new Set([
    'up',
    'down',
    'statementbegin',
    'statementend',
    'no transaction',
    'envsub on',
    'envsub off',
]);
/** Whether a file's text has goose's annotations (detection reads this). */
const hasGooseAnnotations = (content) => /^--\s*\+goose\s+up\b/im.test(content);
function annotations_parseError(file, message) {
    return new errors/* DbDeployError */.WV('migration-parse-failed', `goose migration ${file}: ${message}`, {
        where: file,
        hint: 'start the file with "-- +goose Up", put the down after "-- +goose Down", and pair every "-- +goose StatementBegin" with a "-- +goose StatementEnd", as goose requires',
    });
}
/**
 * Splits a goose SQL file into its sections, refusing what goose's parser refuses, and
 * substitutes environment variables where `-- +goose ENVSUB ON` asks for it.
 * @param env the variables goose would read (the process environment)
 */
function splitGooseFile(content, file, env) {
    const lines = content.split('\n');
    let offset = 0;
    let upStart;
    let downStart;
    let inStatement = false;
    let noTransaction = false;
    let envsub = false;
    const substituted = [];
    for (const [i, line] of lines.entries()) {
        const kind = ANNOTATION.exec(line.replace(/\r$/, ''))?.[1]?.toLowerCase().replace(/\s+/g, ' ');
        const known = kind !== undefined && annotations_KINDS.has(kind) ? kind : undefined;
        let text = line;
        switch (known) {
            case 'up':
                if (upStart !== undefined)
                    throw annotations_parseError(file, `a second "-- +goose Up" on line ${i + 1}`);
                upStart = offset;
                break;
            case 'down':
                if (upStart === undefined || downStart !== undefined || inStatement)
                    throw annotations_parseError(file, `"-- +goose Down" on line ${i + 1} must follow "-- +goose Up" once, outside a statement block`);
                downStart = offset;
                break;
            case 'statementbegin':
                if (upStart === undefined || inStatement)
                    throw annotations_parseError(file, `"-- +goose StatementBegin" on line ${i + 1} is not after "-- +goose Up" or inside another block`);
                inStatement = true;
                break;
            case 'statementend':
                if (!inStatement)
                    throw annotations_parseError(file, `"-- +goose StatementEnd" on line ${i + 1} has no StatementBegin`);
                inStatement = false;
                break;
            case 'no transaction':
                noTransaction = true;
                break;
            case 'envsub on':
                envsub = true;
                break;
            case 'envsub off':
                envsub = false;
                break;
            default:
                if (envsub && !line.trimStart().startsWith('--'))
                    text = substitute(line, env, file, i + 1);
        }
        substituted.push(text);
        offset += line.length + 1;
    }
    if (upStart === undefined)
        throw annotations_parseError(file, 'it has no "-- +goose Up" annotation');
    if (inStatement)
        throw annotations_parseError(file, 'a "-- +goose StatementBegin" has no StatementEnd');
    const text = substituted.join('\n');
    // Offsets in the substituted text: lines before the markers are unchanged in count.
    const at = (original) => {
        const line = content.slice(0, original).split('\n').length - 1;
        return substituted.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
    };
    const up = at(upStart);
    const down = downStart === undefined ? undefined : at(downStart);
    return {
        up: { sql: text.slice(up, down), offset: upStart },
        down: down === undefined ? undefined : { sql: text.slice(down), offset: downStart },
        noTransaction,
    };
}
/**
 * goose's environment substitution (github.com/drone/envsubst): `${NAME}`, `$NAME`, and
 * `${NAME:-default}` / `${NAME-default}` / `${NAME:=default}` / `${NAME=default}`. goose puts an
 * empty string where a variable is unset; db-deploy refuses instead, naming the variable, since
 * an empty name or value in a schema change is almost never what was meant. Other forms are
 * refused too: db-deploy does not guess what they would give.
 */
function substitute(line, env, file, lineNo) {
    return line.replace(/\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, bare) => {
        const expr = braced ?? bare;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=])(.*))?$/s.exec(expr);
        if (!m)
            throw envError(file, lineNo, `${whole} is a form of substitution db-deploy does not perform`);
        const [, name, op, fallback] = m;
        const value = env[name];
        if (op === undefined) {
            if (value === undefined)
                throw envError(file, lineNo, `the environment variable ${name} is not set`);
            return value;
        }
        const empty = op.startsWith(':');
        return value === undefined || (empty && value === '') ? fallback : value;
    });
}
function envError(file, line, message) {
    return new errors/* DbDeployError */.WV('envsub-failed', `goose migration ${file} line ${line} (-- +goose ENVSUB ON): ${message}`, {
        where: `${file}:${line}`,
        hint: "set the variable in the step's env: (goose would put an empty string in its place), or give a default: ${NAME:-default}",
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/goose/files.ts





/**
 * goose's SQL migrations: `<version>_<name>.sql`, the version the digits before the first `_`
 * (goose's `NumericComponent`: a positive int64), applied in version order. goose's Go
 * migrations (`.go`) are compiled into the goose binary of their project: db-deploy cannot run
 * them, so a directory holding one is refused.
 */
const goose_files_FILE = /^(\d+)_.*\.sql$/;
const goose_files_EXPECTED = '<version>_<name>.sql, e.g. 20240101120000_create_users.sql';
const isGooseFile = (fileName) => goose_files_FILE.test(fileName);
/** Reads one goose SQL migration. */
async function readGooseFile(path, baseDir) {
    const fileName = (0,external_node_path_.basename)(path);
    const file = (0,external_node_path_.relative)(baseDir, path);
    const version = goose_files_FILE.exec(fileName)?.[1];
    if (version === undefined || BigInt(version) < 1n)
        throw unplacedFile(fileName, file, 'goose', goose_files_EXPECTED);
    const content = await (0,promises_.readFile)(path, 'utf8');
    const parts = splitGooseFile(content, file, process.env);
    return sqlMigration({
        // goose records the version as a bigint: no leading zeros.
        id: BigInt(version).toString(),
        name: fileName.slice(0, -'.sql'.length),
        path,
        baseDir,
        content,
        up: parts.up,
        down: parts.down,
        noTransaction: parts.noTransaction,
        addDown: 'write the down SQL under "-- +goose Down"',
    });
}
/** goose's SQL migrations of a directory, in version order. */
async function listGooseFiles(dir, baseDir) {
    const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
    const entries = (await readMigrationsDir(dir, display)).filter(isFileEntry);
    const go = entries.find((e) => /^\d+_.*\.go$/.test(e.name) && !e.name.endsWith('_test.go'));
    if (go) {
        throw new errors/* DbDeployError */.WV('unsupported-migration', `${go.name} is a goose Go migration, which only the goose binary it is compiled into can run`, {
            where: display,
            hint: 'write it as a SQL migration (-- +goose Up / -- +goose Down), or run these migrations with goose',
        });
    }
    const files = entries.filter((e) => e.name.endsWith('.sql'));
    const unplaced = files.find((e) => !isGooseFile(e.name));
    if (unplaced)
        throw unplacedFile(unplaced.name, display, 'goose', goose_files_EXPECTED);
    if (files.length === 0)
        throw noMigrationFiles(display, 'goose', goose_files_EXPECTED);
    const migrations = await Promise.all(files.map((e) => readGooseFile((0,external_node_path_.join)(dir, e.name), baseDir)));
    migrations.sort((a, b) => BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);
    for (const [i, m] of migrations.entries()) {
        const before = migrations[i - 1];
        if (before?.id === m.id)
            throw duplicateVersion(m.id, (0,external_node_path_.basename)(before.path), (0,external_node_path_.basename)(m.path), display);
    }
    return migrations;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/goose/index.ts





/** goose's defaults (`-dir` is `.`; projects keep `db/migrations` or `migrations`), its table. */
const GOOSE_DEFAULTS = {
    migrationsDir: 'db/migrations',
    table: 'goose_db_version',
};
/** goose: `<version>_<name>.sql` with `-- +goose Up` / `-- +goose Down` annotations. */
function gooseFormat() {
    let databaseUrl;
    return plainSqlFormat({
        name: 'goose',
        async configure(request) {
            databaseUrl = request.databaseUrl;
            return searchPathConfig('goose', GOOSE_DEFAULTS, request);
        },
        list: (config, baseDir) => listGooseFiles(config.migrationsDir, baseDir),
        isMigrationPath: (path) => isGooseFile((0,external_node_path_.basename)(path)),
        readOne: readGooseFile,
        ledger: (config) => gooseLedger(config.ledger, searchPathSetup(databaseUrl)),
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/flyway/config.ts


/** A `key=value` properties file (flyway.conf), `#` comments. */
function parseProperties(text) {
    const found = new Map();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('!'))
            continue;
        const at = line.search(/[=:]/);
        if (at < 0)
            continue;
        found.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    }
    return found;
}
/**
 * The few TOML forms flyway.toml uses for these settings: `[section]` tables and `key = value`
 * with a string, a boolean or an array of strings. Keys come out dotted (`flyway.locations`).
 */
function parseToml(text) {
    const found = new Map();
    let section = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const table = /^\[([^\]]+)\]$/.exec(line);
        if (table) {
            section = table[1].trim();
            continue;
        }
        const pair = /^("?)([^"=]+)\1\s*=\s*(.+)$/.exec(line);
        if (!pair)
            continue;
        const key = `${section ? `${section}.` : ''}${pair[2].trim()}`;
        const value = pair[3].trim();
        const strings = [...value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]);
        found.set(key, value.startsWith('[') ? strings.join(',') : (strings[0] ?? value));
    }
    return found;
}
/** A Flyway location as a directory relative to the checkout; undefined for what is not on disk. */
function locationDir(location) {
    const trimmed = location.trim();
    if (trimmed.startsWith('filesystem:'))
        return trimmed.slice('filesystem:'.length);
    const classpath = trimmed.startsWith('classpath:') ? trimmed.slice('classpath:'.length) : trimmed;
    if (/^[a-z]+:/i.test(classpath))
        return undefined;
    return (0,external_node_path_.join)('src/main/resources', classpath);
}
/** Reads Flyway's settings from the checkout and the environment. */
async function readFlywaySettings(baseDir, env) {
    const values = new Map();
    const sources = [];
    for (const file of ['flyway.conf', 'conf/flyway.conf']) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(baseDir, file), 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        sources.push(file);
        for (const [k, v] of parseProperties(text))
            values.set(k, v);
    }
    const toml = await (0,promises_.readFile)((0,external_node_path_.join)(baseDir, 'flyway.toml'), 'utf8').catch(() => undefined);
    if (toml !== undefined) {
        sources.push('flyway.toml');
        for (const [k, v] of parseToml(toml))
            values.set(k, v);
    }
    // FLYWAY_PLACEHOLDERS_NAME, FLYWAY_LOCATIONS, … override the files, as in Flyway.
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || !name.startsWith('FLYWAY_'))
            continue;
        const placeholder = /^FLYWAY_PLACEHOLDERS_(.+)$/.exec(name)?.[1];
        if (placeholder)
            values.set(`flyway.placeholders.${placeholder.toLowerCase()}`, value);
        const key = {
            FLYWAY_LOCATIONS: 'flyway.locations',
            FLYWAY_TABLE: 'flyway.table',
            FLYWAY_SCHEMAS: 'flyway.schemas',
            FLYWAY_DEFAULT_SCHEMA: 'flyway.defaultSchema',
            FLYWAY_PLACEHOLDER_REPLACEMENT: 'flyway.placeholderReplacement',
        }[name];
        if (key)
            values.set(key, value);
    }
    const placeholders = new Map();
    for (const [key, value] of values) {
        const name = /^flyway\.placeholders\.(.+)$/.exec(key)?.[1];
        if (name)
            placeholders.set(name, value);
    }
    const locations = (values.get('flyway.locations') ?? '')
        .split(',')
        .map(locationDir)
        .filter((l) => l !== undefined && l !== '');
    return {
        locations,
        table: values.get('flyway.table') || undefined,
        schema: values.get('flyway.defaultSchema') ||
            values.get('flyway.schemas')?.split(',')[0]?.trim() ||
            undefined,
        placeholders,
        placeholderReplacement: values.get('flyway.placeholderReplacement') !== 'false',
        placeholderPrefix: values.get('flyway.placeholderPrefix') ?? '${',
        placeholderSuffix: values.get('flyway.placeholderSuffix') ?? '}',
        sources,
    };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/core/migrations/formats/flyway/checksum.ts

/**
 * Flyway's checksum of a SQL migration, so that Flyway's `validate` accepts the rows db-deploy
 * writes: CRC-32 over the UTF-8 bytes of each line, without its line ending, a byte-order mark
 * dropped from the first line, read as Java's BufferedReader.readLine splits lines (`\n`,
 * `\r\n` or `\r`), and stored as a signed 32-bit integer (flyway-core ChecksumCalculator
 * `calculateChecksumForResource`; line-ending independent by design).
 */
function flywayChecksum(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    // readLine gives no empty line after a final line ending.
    if (lines.at(-1) === '')
        lines.pop();
    let crc = 0;
    for (const line of lines)
        crc = (0,external_node_zlib_namespaceObject.crc32)(Buffer.from(line, 'utf8'), crc);
    return crc | 0;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/flyway/placeholders.ts

/**
 * Replaces `${name}` placeholders as Flyway's PlaceholderReplacingReader does: user values
 * (flyway.conf, flyway.toml, FLYWAY_PLACEHOLDERS_*), and Flyway's built-ins (`flyway:defaultSchema`,
 * `flyway:user`, `flyway:database`, `flyway:table`, `flyway:filename`). A placeholder without a
 * value is refused, as Flyway refuses it: SQL is never run with a placeholder left in it.
 */
function replacePlaceholders(text, file, fileName, options) {
    const { prefix, suffix } = options;
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`${escape(prefix)}([^\\s${escape(suffix)}]+?)${escape(suffix)}`, 'g');
    const lower = new Map([...options.values].map(([k, v]) => [k.toLowerCase(), v]));
    return text.replace(pattern, (whole, name) => {
        const builtIn = /^flyway:(\w+)$/.exec(name)?.[1];
        if (builtIn !== undefined) {
            if (builtIn === 'filename')
                return fileName;
            const b = options.builtIns;
            if (b && builtIn in b)
                return b[builtIn];
        }
        const value = options.values.get(name) ?? lower.get(name.toLowerCase());
        if (value !== undefined)
            return value;
        throw new errors/* DbDeployError */.WV('missing-placeholder', `Flyway migration ${file} uses the placeholder ${whole}, which has no value`, {
            where: file,
            hint: `give it a value: the placeholders input (${name}=VALUE; --placeholder in the CLI), FLYWAY_PLACEHOLDERS_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')} in the step's env:, or flyway.placeholders.${name} in flyway.conf (db-deploy never runs SQL with a placeholder left in it)`,
        });
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/flyway/names.ts

// Flyway's file names, as its ResourceNameParser reads them (see files.ts), and its version order.
const NAME = /^([VUR])([^_]*(?:_[^_]+)*?)__(.+)\.sql$/;
/** How Flyway names migrations, for error lines. */
const names_EXPECTED = 'V<version>__<description>.sql, U<version>__… or R__<description>.sql';
/** Flyway's SQL callbacks (`beforeMigrate.sql`, `afterEachMigrate__x.sql`, …). */
const CALLBACK = /^(?:before|after)[A-Z]\w*(?:__.*)?\.sql$/;
/** Whether a file name is one Flyway reads as a migration (versioned, undo or repeatable). */
const isFlywayFile = (fileName) => NAME.test(fileName);
/** A Flyway file name's parts; undefined for a name Flyway does not read as a migration. */
function parseName(fileName, where) {
    const match = NAME.exec(fileName);
    if (!match)
        return undefined;
    const prefix = match[1];
    const rawVersion = match[2];
    const description = match[3].replace(/_/g, ' ');
    if (prefix === 'R') {
        if (rawVersion !== '')
            return undefined;
        return { prefix, version: undefined, parts: [], description };
    }
    const version = rawVersion.replace(/_/g, '.');
    if (!/^\d+(?:\.\d+)*$/.test(version)) {
        throw new errors/* DbDeployError */.WV('unplaced-migration-file', `"${fileName}" has the version "${version}", which Flyway cannot read`, { where, hint: 'use digits separated by dots or underscores, e.g. V1_2__add_index.sql' });
    }
    return { prefix, version, parts: version.split('.').map((p) => BigInt(p)), description };
}
/** A version as one key: its numeric parts, trailing zero parts dropped (Flyway's 1.0 is 1). */
function versionKey(parts) {
    return parts.join('.').replace(/(?:\.0)+$/, '');
}
/** Flyway's version order: numerically, part by part; missing parts count as zero. */
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/flyway/files.ts








/** Every file under a location, recursively, with its path relative to the location. */
async function files_walk(dir, display, prefix = '') {
    const entries = await readMigrationsDir(dir, display);
    const found = [];
    for (const e of entries) {
        const rel = prefix ? `${prefix}/${e.name}` : e.name;
        if (e.isDirectory())
            found.push(...(await files_walk((0,external_node_path_.join)(dir, e.name), display, rel)));
        else if (isFileEntry(e))
            found.push({ path: (0,external_node_path_.join)(dir, e.name), rel });
    }
    return found;
}
/** A `<script>.conf` beside a migration: Flyway's per-script settings. */
async function scriptConfig(path) {
    const text = await (0,promises_.readFile)(`${path}.conf`, 'utf8').catch(() => '');
    return { noTransaction: /^\s*executeInTransaction\s*=\s*false\s*$/im.test(text) };
}
async function readSection(path, file, options) {
    const content = await (0,promises_.readFile)(path, 'utf8');
    const replaced = options.placeholderReplacement
        ? replacePlaceholders(content, file, (0,external_node_path_.basename)(path), {
            values: options.placeholders,
            builtIns: options.builtIns,
            prefix: options.prefix,
            suffix: options.suffix,
        })
        : content;
    return { content, replaced, section: { sql: replaced, offset: 0 } };
}
/** Flyway's migrations under a location, in Flyway's order: versioned, then repeatable. */
async function listFlywayFiles(dir, baseDir, options) {
    const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
    const files = (await files_walk(dir, display)).filter((f) => f.rel.endsWith('.sql'));
    const versioned = new Map();
    const undos = new Map();
    const repeatable = [];
    for (const file of files) {
        const name = (0,external_node_path_.basename)(file.rel);
        const parsed = parseName(name, display);
        if (!parsed) {
            if (CALLBACK.test(name)) {
                throw new errors/* DbDeployError */.WV('unsupported-migration', `${file.rel} is a Flyway SQL callback, which db-deploy does not run`, {
                    where: display,
                    hint: 'move its SQL into a migration, or run this location with Flyway',
                });
            }
            throw new errors/* DbDeployError */.WV('unplaced-migration-file', `"${file.rel}" in the Flyway migrations directory is not named as Flyway names migrations (${names_EXPECTED}), so it would never run`, {
                where: display,
                hint: `rename it as ${names_EXPECTED}, or move it out of the migrations directory`,
            });
        }
        if (parsed.prefix === 'R') {
            repeatable.push({ file, parsed });
            continue;
        }
        const key = versionKey(parsed.parts);
        const into = parsed.prefix === 'V' ? versioned : undos;
        const other = into.get(key);
        if (other)
            throw duplicateVersion(parsed.version, other.file.rel, file.rel, display);
        into.set(key, { file, parsed });
    }
    for (const [key, undo] of undos) {
        if (!versioned.has(key)) {
            throw new errors/* DbDeployError */.WV('orphan-down-migration', `${undo.file.rel} is an undo migration without its versioned migration`, { where: display, hint: `add V${undo.parsed.version}__….sql or remove the undo file` });
        }
    }
    if (versioned.size + repeatable.length === 0)
        throw noMigrationFiles(display, 'Flyway', names_EXPECTED);
    const ordered = [...versioned.entries()].sort((a, b) => compareVersions(a[1].parsed.parts, b[1].parsed.parts));
    const migrations = [];
    for (const [key, { file, parsed }] of ordered) {
        const undo = undos.get(key);
        migrations.push(await readVersioned(file, parsed, undo, baseDir, options));
    }
    const seen = new Map();
    for (const { file, parsed } of repeatable.sort((a, b) => a.parsed.description < b.parsed.description
        ? -1
        : a.parsed.description > b.parsed.description
            ? 1
            : 0)) {
        const other = seen.get(parsed.description);
        if (other) {
            throw new errors/* DbDeployError */.WV('duplicate-migration', `two repeatable migrations share the description "${parsed.description}": ${other} and ${file.rel}`, { where: display, hint: 'rename one of them' });
        }
        seen.set(parsed.description, file.rel);
        migrations.push(await readRepeatable(file, parsed, baseDir, options));
    }
    return migrations;
}
async function readVersioned(file, parsed, undo, baseDir, options) {
    const shown = (0,external_node_path_.relative)(baseDir, file.path);
    const up = await readSection(file.path, shown, options);
    const config = await scriptConfig(file.path);
    let down;
    let undoText;
    let undoInfo;
    if (undo) {
        const undoShown = (0,external_node_path_.relative)(baseDir, undo.file.path);
        const read = await readSection(undo.file.path, undoShown, options);
        undoText = read.content;
        down = { ...read.section, source: { file: undoShown, content: read.content } };
        undoInfo = {
            script: undo.file.rel,
            description: undo.parsed.description,
            checksum: flywayChecksum(read.content),
        };
    }
    return {
        id: `V${versionKey(parsed.parts)}`,
        name: (0,external_node_path_.basename)(file.rel, '.sql'),
        path: file.path,
        file: shown,
        kind: 'sql',
        content: up.content,
        // Of the files as written, as Flyway's own checksum of a versioned migration: a new
        // placeholder value is not an edit.
        checksum: migrationChecksum(undoText === undefined ? up.content : `${up.content}\n${undoText}`),
        sql: { up: up.section, down, noTransaction: config.noTransaction },
        down: down ? 'yes' : 'no',
        // Flyway Community has no undo: a versioned migration without one is forward-only.
        forwardOnly: down === undefined,
        addDown: `add U${parsed.version}__${(0,external_node_path_.basename)(file.rel, '.sql').split('__').slice(1).join('__')}.sql beside it (Flyway Teams undo), or write a new versioned migration that reverses it`,
        flyway: {
            version: parsed.version,
            parts: parsed.parts,
            description: parsed.description,
            script: file.rel,
            checksum: flywayChecksum(up.content),
            undo: undoInfo,
        },
    };
}
async function readRepeatable(file, parsed, baseDir, options) {
    const shown = (0,external_node_path_.relative)(baseDir, file.path);
    const up = await readSection(file.path, shown, options);
    const config = await scriptConfig(file.path);
    // Flyway's checksum of a repeatable is taken after placeholder replacement, so that a new
    // placeholder value re-applies it (SqlMigrationResolver `getChecksumForLoadableResource`).
    const checksum = flywayChecksum(options.placeholderReplacement ? up.replaced : up.content);
    return {
        id: `R:${parsed.description}`,
        name: (0,external_node_path_.basename)(file.rel, '.sql'),
        path: file.path,
        file: shown,
        kind: 'sql',
        content: up.content,
        checksum: migrationChecksum(up.replaced),
        sql: { up: up.section, down: undefined, noTransaction: config.noTransaction },
        down: 'no',
        forwardOnly: true,
        repeatable: true,
        flyway: {
            version: undefined,
            parts: [],
            description: parsed.description,
            script: file.rel,
            checksum,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/flyway/ledger.ts




/**
 * Flyway's schema history (`flyway_schema_history`), read and written as Flyway does on
 * PostgreSQL (flyway-database-postgresql PostgreSQLDatabase `getRawCreateScript`,
 * `getSelectStatement`; flyway-core JdbcTableSchemaHistory `doAddAppliedMigration`): a row per
 * event, ranked by `installed_rank`; `SQL` rows apply a version (or a repeatable, version
 * NULL), `UNDO_SQL` rows undo one, a `BASELINE` row marks everything up to its version as
 * applied; the newest row of a version decides. A repeatable counts as applied only when its
 * newest row has its current checksum, so a changed one runs again. A failed row
 * (`success = false`) is refused with `flyway repair`, as Flyway's own migrate refuses it.
 */
/** Flyway's table, primary key and index. ACCESS EXCLUSIVE on the new table only. */
const flyway_ledger_createTable = (table, name) => [
    `CREATE TABLE ${table} (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
)`,
    `ALTER TABLE ${table} ADD CONSTRAINT ${sql_quoteIdent(`${name}_pk`)} PRIMARY KEY ("installed_rank")`,
    `CREATE INDEX ${sql_quoteIdent(`${name}_s_idx`)} ON ${table} ("success")`,
];
/** Every row in rank order. ACCESS SHARE lock. */
const selectRows = (table) => `SELECT installed_rank, version, description, type, checksum, success FROM ${table} ORDER BY installed_rank`;
/**
 * Records a migration or an undo, ranked after every row so far, by the current user, with its
 * duration, as Flyway's `doAddAppliedMigration`. ROW EXCLUSIVE lock.
 */
const insertRow = (table) => `INSERT INTO ${table}
  (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
  VALUES ((SELECT coalesce(max(installed_rank), 0) + 1 FROM ${table}), $1, $2, $3, $4, $5, current_user, $6, true)`;
const COLUMNS = [
    'installed_rank',
    'version',
    'description',
    'type',
    'script',
    'checksum',
    'success',
];
function flywayLedger(location, migrations) {
    const table = sql_qualifiedName(location.schema, location.table);
    const shown = `${location.schema}.${location.table}`;
    const flyway = migrations;
    return {
        ...oneTableLedger(location, []),
        async ensure(client) {
            for (const statement of flyway_ledger_createTable(table, location.table))
                await client.query(statement);
        },
        async read(client) {
            const columns = await tableColumns(client, location.schema, location.table);
            if (!COLUMNS.every((c) => columns.includes(c)))
                throw foreignLedger(shown, 'Flyway', columns, COLUMNS.join(', '));
            const { rows } = await client.query(selectRows(table));
            const failed = rows.find((r) => !r.success);
            if (failed) {
                throw new errors/* DbDeployError */.WV('failed-migration-recorded', `Flyway's schema history ${shown} records a failed migration: ${failed.version ?? failed.description} (rank ${failed.installed_rank})`, {
                    where: shown,
                    hint: 'repair what it left in the database by hand, then remove the failed row with `flyway repair`, and run again',
                });
            }
            // The newest row of each version or repeatable decides, in rank order.
            const state = new Map();
            let baseline;
            for (const row of rows) {
                if (row.type === 'BASELINE' && row.version)
                    baseline = parts(row.version);
                if (row.type === 'SCHEMA' || row.type === 'BASELINE' || row.type === 'TABLE')
                    continue;
                const key = row.version === null ? `R:${row.description}` : `V${versionKey(parts(row.version))}`;
                state.set(key, {
                    applied: !row.type.startsWith('UNDO'),
                    checksum: row.checksum,
                    rank: row.installed_rank,
                });
            }
            const applied = [];
            for (const m of flyway) {
                const s = state.get(m.id);
                if (m.repeatable) {
                    if (s?.applied && s.checksum === m.flyway.checksum)
                        applied.push({ id: m.id, rank: s.rank });
                }
                else if (s) {
                    if (s.applied)
                        applied.push({ id: m.id, rank: s.rank });
                }
                else if (baseline && compareVersions(m.flyway.parts, baseline) <= 0) {
                    applied.push({ id: m.id, rank: 0 });
                }
            }
            // Versions applied by Flyway but with no file here stay in the ledger's answer (missing).
            for (const [key, s] of state) {
                if (s.applied && !key.startsWith('R:') && !flyway.some((m) => m.id === key))
                    applied.push({ id: key, rank: s.rank });
            }
            return applied.sort((a, b) => a.rank - b.rank).map(({ id }) => ({ id }));
        },
        async write(db, migration, direction, run) {
            const m = migration;
            const undo = direction === 'down' ? m.flyway.undo : undefined;
            if (direction === 'down' && !undo)
                throw new Error(`${m.name} has no undo migration`);
            await db.query(insertRow(table), [
                m.flyway.version ?? null,
                undo?.description ?? m.flyway.description,
                undo ? 'UNDO_SQL' : 'SQL',
                undo?.script ?? m.flyway.script,
                undo?.checksum ?? m.flyway.checksum,
                Math.max(0, Date.now() - run.startedAt.getTime()),
            ]);
        },
    };
}
function parts(version) {
    return version.split('.').map((p) => (/^\d+$/.test(p) ? BigInt(p) : 0n));
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/flyway/index.ts









/**
 * Flyway's defaults: the schema history table, and where projects keep SQL migrations (Spring
 * Boot and the Maven/Gradle plugins read `classpath:db/migration`, i.e.
 * `src/main/resources/db/migration`; the command line reads `filesystem:sql`).
 */
const FLYWAY_DEFAULTS = {
    migrationsDirs: ['src/main/resources/db/migration', 'sql'],
    table: 'flyway_schema_history',
};
/** Flyway's marker files in a checkout. */
const FLYWAY_MARKERS = ['flyway.conf', 'conf/flyway.conf', 'flyway.toml'];
const isDirectory = (path) => (0,promises_.stat)(path).then((s) => s.isDirectory(), () => false);
/** Flyway: `V…__`, `U…__` and `R__` SQL files, and `flyway_schema_history`. */
function flywayFormat() {
    let options;
    let settingsBase;
    const readOptions = async (baseDir) => {
        if (options && settingsBase === baseDir)
            return options;
        const settings = await readFlywaySettings(baseDir, process.env);
        settingsBase = baseDir;
        options = toOptions(settings, undefined);
        return options;
    };
    return plainSqlFormat({
        name: 'flyway',
        async configure(request) {
            const settings = await readFlywaySettings(request.baseDir, process.env);
            // The placeholders input comes after Flyway's own settings, as a later config layer.
            for (const [name, value] of Object.entries(request.placeholders ?? {}))
                settings.placeholders.set(name, value);
            const table = request.migrationsTable ?? settings.table ?? FLYWAY_DEFAULTS.table;
            const schema = request.schema ?? settings.schema ?? 'public';
            const target = request.databaseUrl ? (0,db_url/* parseDatabaseUrl */.mx)(request.databaseUrl) : undefined;
            settingsBase = request.baseDir;
            options = toOptions(settings, target && { defaultSchema: schema, user: target.user, database: target.database, table });
            return {
                format: 'flyway',
                migrationsDir: request.migrationsDir ?? (await flyway_locationOf(request.baseDir, settings)),
                ledger: { schema, table, checksums: `${table}_checksums` },
            };
        },
        list: async (config, baseDir) => listFlywayFiles(config.migrationsDir, baseDir, await readOptions(baseDir)),
        isMigrationPath: (path) => isFlywayFile((0,external_node_path_.basename)(path)),
        async readOne(path, baseDir) {
            const dir = (0,external_node_path_.resolve)(path, '..');
            const all = await listFlywayFiles(dir, baseDir, await readOptions(baseDir));
            const found = all.find((m) => m.path === path || m.flyway.undo?.script === (0,external_node_path_.basename)(path));
            if (!found)
                throw new errors/* DbDeployError */.WV('not-a-migration', `"${(0,external_node_path_.relative)(baseDir, path)}" is not a Flyway migration`, {
                    hint: 'name a V<version>__<description>.sql or R__<description>.sql file',
                });
            return found;
        },
        ledger: (config, migrations) => flywayLedger(config.ledger, migrations),
    });
}
function toOptions(settings, builtIns) {
    return {
        placeholders: settings.placeholders,
        placeholderReplacement: settings.placeholderReplacement,
        prefix: settings.placeholderPrefix,
        suffix: settings.placeholderSuffix,
        builtIns,
    };
}
/** The one location on disk Flyway's settings (or its defaults) name. */
async function flyway_locationOf(baseDir, settings) {
    const candidates = settings.locations.length
        ? settings.locations
        : FLYWAY_DEFAULTS.migrationsDirs;
    const existing = [];
    for (const dir of candidates)
        if (await isDirectory((0,external_node_path_.resolve)(baseDir, dir)))
            existing.push(dir);
    if (existing.length > 1 && settings.locations.length > 1) {
        throw new errors/* DbDeployError */.WV('several-locations', `Flyway's settings name several locations (${existing.join(', ')}); db-deploy reads one migrations directory`, {
            hint: 'set migrations-dir to the location to migrate, or keep all migrations in one location',
        });
    }
    return (0,external_node_path_.resolve)(baseDir, existing[0] ?? candidates[0]);
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/prisma/files.ts





/**
 * Prisma Migrate's migrations: one folder per migration, `<timestamp>_<name>/migration.sql`,
 * applied in folder-name order, beside `migration_lock.toml` (whose provider must be
 * postgresql). Prisma has no down migrations: each one is forward-only. The script is sent as
 * it is, so a file's own `BEGIN … COMMIT` gives way to db-deploy's transaction.
 */
const prisma_files_EXPECTED = '<timestamp>_<name>/migration.sql';
const isPrismaMigrationPath = (path) => (0,external_node_path_.basename)(path) === 'migration.sql';
/** Refuses a migration_lock.toml for another database: Prisma itself would refuse it. */
async function checkLock(dir, display) {
    const lock = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'migration_lock.toml'), 'utf8').catch(() => undefined);
    const provider = lock && /^\s*provider\s*=\s*"([^"]*)"/m.exec(lock)?.[1];
    if (provider && provider !== 'postgresql') {
        throw new errors/* DbDeployError */.WV('wrong-provider', `Prisma's migration_lock.toml says these migrations are for ${provider}, not PostgreSQL`, {
            where: `${display}/migration_lock.toml`,
            hint: 'point migrations-dir at the PostgreSQL migrations',
        });
    }
}
/** Reads one Prisma migration from its migration.sql. */
async function readPrismaMigration(path, baseDir) {
    const folder = (0,external_node_path_.basename)((0,external_node_path_.join)(path, '..'));
    const file = (0,external_node_path_.relative)(baseDir, path);
    const content = await (0,promises_.readFile)(path, 'utf8');
    const migration = sqlMigration({
        // The folder name is what Prisma records as migration_name.
        id: folder,
        name: folder,
        path,
        baseDir,
        content,
        up: await withoutOwnTransaction({ sql: content, offset: 0 }, file),
        down: undefined,
        noTransaction: false,
        addDown: 'Prisma has no down migrations: write a new migration that reverses it (prisma migrate diff can generate one), or restore the database from a backup',
    });
    return { ...migration, forwardOnly: true };
}
/** Prisma's migrations of a directory, in folder-name order. */
async function listPrismaMigrations(dir, baseDir) {
    const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
    await checkLock(dir, display);
    const entries = await readMigrationsDir(dir, display);
    const folders = entries.filter((e) => e.isDirectory());
    const stray = entries.find((e) => !e.isDirectory() && e.name.endsWith('.sql'));
    if (stray) {
        throw new errors/* DbDeployError */.WV('unplaced-migration-file', `"${stray.name}" in the Prisma migrations directory is not in a migration folder (${prisma_files_EXPECTED}), so it would never run`, {
            where: display,
            hint: `move it into a folder as ${prisma_files_EXPECTED}, or out of the migrations directory`,
        });
    }
    const migrations = [];
    for (const folder of folders) {
        const names = new Set((await readMigrationsDir((0,external_node_path_.join)(dir, folder.name), display)).map((e) => e.name));
        if (!names.has('migration.sql')) {
            throw new errors/* DbDeployError */.WV('unplaced-migration-file', `the Prisma migration folder "${folder.name}" has no migration.sql`, {
                where: display,
                hint: 'add its migration.sql, or remove the folder (Prisma refuses it too)',
            });
        }
        migrations.push(await readPrismaMigration((0,external_node_path_.join)(dir, folder.name, 'migration.sql'), baseDir));
    }
    if (migrations.length === 0)
        throw noMigrationFiles(display, 'Prisma', prisma_files_EXPECTED);
    return migrations;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/prisma/ledger.ts




/**
 * Prisma's ledger (`_prisma_migrations`), read and written as `prisma migrate deploy` does
 * (prisma-engines schema-engine sql-schema-connector: the table in `ensure_imperative_migrations_table`,
 * `record_migration_started` (a v4 uuid, the sha256 of migration.sql, started_at),
 * `record_successful_step` (applied_steps_count + 1), `record_migration_finished` (finished_at)
 * and `record_failed_step` (logs)). A migration counts as applied when a row of its name is
 * finished and not rolled back. A failed run leaves the row Prisma leaves: finished_at NULL,
 * the error in logs; such a row is refused, as Prisma refuses it (P3009), until
 * `prisma migrate resolve` marks it rolled back or applied.
 */
/** Prisma's table definition. ACCESS EXCLUSIVE on the new table only. */
const prisma_ledger_createTable = (table) => `CREATE TABLE ${table} (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;
/** Every row, in the order Prisma lists them (started_at). ACCESS SHARE lock. */
const ledger_selectRows = (table) => `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back, started_at FROM ${table} ORDER BY started_at, migration_name`;
/** A finished run: started, one step applied, finished. ROW EXCLUSIVE lock. */
const insertFinished = (table) => `INSERT INTO ${table}
  (id, checksum, started_at, migration_name, applied_steps_count, finished_at)
  VALUES ($1, $2, $3, $4, 1, now())`;
/** A failed run, as Prisma leaves it: no step applied, not finished, the error in logs. ROW EXCLUSIVE lock. */
const insertFailed = (table) => `INSERT INTO ${table}
  (id, checksum, started_at, migration_name, applied_steps_count, logs)
  VALUES ($1, $2, $3, $4, 0, $5)`;
const ledger_COLUMNS = ['id', 'checksum', 'finished_at', 'migration_name', 'rolled_back_at', 'started_at'];
/** Prisma's checksum: sha256 of migration.sql as it is on disk. */
const prismaChecksum = (migration) => (0,external_node_crypto_.createHash)('sha256').update(migration.content, 'utf8').digest('hex');
function prismaLedger(location, sessionSetup) {
    const table = sql_qualifiedName(location.schema, location.table);
    const shown = `${location.schema}.${location.table}`;
    return {
        ...oneTableLedger(location, sessionSetup),
        async ensure(client) {
            await client.query(prisma_ledger_createTable(table));
        },
        async read(client) {
            const columns = await tableColumns(client, location.schema, location.table);
            if (!ledger_COLUMNS.every((c) => columns.includes(c)))
                throw foreignLedger(shown, 'Prisma', columns, ledger_COLUMNS.join(', '));
            const { rows } = await client.query(ledger_selectRows(table));
            const failed = rows.find((r) => !r.finished && !r.rolled_back);
            if (failed) {
                const name = failed.migration_name;
                throw new errors/* DbDeployError */.WV('failed-migration-recorded', `Prisma's ledger ${shown} records the failed migration ${name}, so Prisma (and db-deploy) apply nothing until it is resolved`, {
                    where: shown,
                    hint: `undo what it left (if anything), then run \`prisma migrate resolve --rolled-back "${name}"\` to run it again, or \`prisma migrate resolve --applied "${name}"\` if you completed it by hand`,
                });
            }
            const applied = rows.filter((r) => r.finished && !r.rolled_back).map((r) => r.migration_name);
            return [...new Set(applied)].map((id) => ({ id }));
        },
        async write(db, migration, direction, run) {
            if (direction === 'down')
                throw new Error(`${migration.name}: Prisma has no down migrations`);
            await db.query(insertFinished(table), [
                (0,external_node_crypto_.randomUUID)(),
                prismaChecksum(migration),
                run.startedAt,
                migration.id,
            ]);
        },
        async recordFailure(db, migration, failure) {
            // Prisma's logs start with the database's error code and message.
            const logs = failure.code
                ? `Database error code: ${failure.code}\n\nDatabase error:\nERROR: ${failure.message}\n`
                : `${failure.message}\n`;
            await db.query(insertFailed(table), [
                (0,external_node_crypto_.randomUUID)(),
                prismaChecksum(migration),
                failure.startedAt,
                migration.id,
                logs,
            ]);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/prisma/index.ts





/** Prisma's defaults: migrations beside the schema, its ledger table. */
const PRISMA_DEFAULTS = { migrationsDir: 'prisma/migrations', table: '_prisma_migrations' };
/** Prisma's marker files in a checkout. */
const PRISMA_MARKERS = ['prisma/schema.prisma', 'prisma/migrations/migration_lock.toml'];
/**
 * The schema Prisma uses: the `schema` input, else the URL's `schema` parameter (Prisma's
 * PostgreSQL connection strings carry it), else public.
 */
function prismaSchema(request) {
    if (request.schema)
        return { schema: request.schema, fromUrl: false };
    const fromUrl = request.databaseUrl
        ? (0,db_url/* parseDatabaseUrl */.mx)(request.databaseUrl).params.schema
        : undefined;
    return { schema: fromUrl || 'public', fromUrl: Boolean(fromUrl) };
}
/** Prisma Migrate: `<timestamp>_<name>/migration.sql` folders, forward-only, `_prisma_migrations`. */
function prismaFormat() {
    let sessionSetup = [];
    return plainSqlFormat({
        name: 'prisma',
        async configure(request) {
            const { schema, fromUrl } = prismaSchema(request);
            // Prisma runs its migrations with the URL's schema as the search_path.
            sessionSetup = fromUrl ? [`SET search_path TO ${sql_quoteIdent(schema)}`] : [];
            const table = request.migrationsTable ?? PRISMA_DEFAULTS.table;
            return {
                format: 'prisma',
                migrationsDir: request.migrationsDir ?? (0,external_node_path_.resolve)(request.baseDir, PRISMA_DEFAULTS.migrationsDir),
                ledger: { schema, table, checksums: `${table}_checksums` },
            };
        },
        list: (config, baseDir) => listPrismaMigrations(config.migrationsDir, baseDir),
        isMigrationPath: (path) => isPrismaMigrationPath((0,external_node_path_.basename)(path)),
        readOne: readPrismaMigration,
        ledger: (config) => prismaLedger(config.ledger, sessionSetup),
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/drizzle/config.ts


/** drizzle-kit's config file names, in the order drizzle-kit looks for them. */
const DRIZZLE_CONFIGS = [
    'drizzle.config.ts',
    'drizzle.config.mts',
    'drizzle.config.cts',
    'drizzle.config.js',
    'drizzle.config.mjs',
    'drizzle.config.cjs',
    'drizzle.config.json',
];
/** A string property's literal value, wherever it stands in the file (`out: './drizzle'`). */
function stringProperty(text, name) {
    const match = new RegExp(`["']?\\b${name}["']?\\s*:\\s*(["'\`])([^"'\`]*)\\1`).exec(text);
    return match?.[2];
}
/**
 * Reads drizzle-kit's config without running it: `out` and `migrations.table` /
 * `migrations.schema` as string literals. A config that computes them (from the environment, a
 * function) gives nothing here: the defaults and the inputs apply, and the summary shows what
 * was used.
 */
async function readDrizzleSettings(baseDir) {
    for (const file of DRIZZLE_CONFIGS) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(baseDir, file), 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const migrations = /\bmigrations["']?\s*:\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
        return {
            file,
            out: stringProperty(text, 'out'),
            table: stringProperty(migrations, 'table'),
            schema: stringProperty(migrations, 'schema'),
        };
    }
    return {};
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/drizzle/files.ts





/**
 * drizzle-kit's migrations, as drizzle-orm's migrator reads them (drizzle-orm migrator.js
 * `readMigrationFiles`): the order and each migration's `when` come from
 * `meta/_journal.json`, its SQL from `<tag>.sql`, split on `--> statement-breakpoint` (a SQL
 * comment, so the file runs as one section), and its hash is the sha256 of the file's text.
 * drizzle-kit has no down migrations: each one is forward-only.
 */
const drizzle_files_EXPECTED = '<idx>_<name>.sql listed in meta/_journal.json';
const isDrizzleMigrationPath = (path) => path.endsWith('.sql') && !path.split(/[\\/]/).includes('meta');
async function readJournal(dir, display) {
    const path = (0,external_node_path_.join)(dir, 'meta', '_journal.json');
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    if (text === undefined) {
        throw new errors/* DbDeployError */.WV('migration-parse-failed', `drizzle-kit's journal ${display}/meta/_journal.json is missing`, {
            where: display,
            hint: 'run drizzle-kit generate (it writes the journal), or fix migrations-dir',
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* DbDeployError */.WV('migration-parse-failed', `drizzle-kit's journal ${display}/meta/_journal.json is not JSON: ${error.message}`, { where: `${display}/meta/_journal.json`, hint: 'restore the journal from version control' });
    }
}
/** drizzle-kit's migrations of its `out` directory, in journal order. */
async function listDrizzleMigrations(dir, baseDir) {
    const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
    const present = new Set((await readMigrationsDir(dir, display)).filter(isFileEntry).map((e) => e.name));
    const journal = await readJournal(dir, display);
    if (journal.dialect && journal.dialect !== 'postgresql') {
        throw new errors/* DbDeployError */.WV('wrong-provider', `drizzle-kit's journal says these migrations are for ${journal.dialect}, not PostgreSQL`, {
            where: `${display}/meta/_journal.json`,
            hint: 'point migrations-dir at the PostgreSQL migrations',
        });
    }
    const entries = journal.entries ?? [];
    const listed = new Set();
    const migrations = [];
    let last = Number.NEGATIVE_INFINITY;
    for (const entry of entries) {
        const tag = entry.tag;
        const when = entry.when;
        if (typeof tag !== 'string' || typeof when !== 'number' || !present.has(`${tag}.sql`)) {
            throw new errors/* DbDeployError */.WV('migration-missing', `drizzle-kit's journal lists ${tag ?? JSON.stringify(entry)}, which has no ${tag ?? '<tag>'}.sql`, {
                where: `${display}/meta/_journal.json`,
                hint: 'restore the file, or regenerate the journal with drizzle-kit',
            });
        }
        // drizzle decides what is pending from the newest `when` applied: a later entry with an
        // earlier `when` would never run under drizzle-kit.
        if (when <= last) {
            throw new errors/* DbDeployError */.WV('out-of-order', `drizzle-kit's journal lists ${tag} with a "when" (${when}) not after the entry before it, so drizzle-kit would never apply it`, {
                where: `${display}/meta/_journal.json`,
                hint: 'give it a "when" after the previous entry (drizzle-kit generate writes the current time)',
            });
        }
        last = when;
        listed.add(`${tag}.sql`);
        migrations.push(await readDrizzleFile((0,external_node_path_.join)(dir, `${tag}.sql`), baseDir, when));
    }
    const unlisted = [...present].find((name) => name.endsWith('.sql') && !listed.has(name));
    if (unlisted) {
        throw new errors/* DbDeployError */.WV('unplaced-migration-file', `"${unlisted}" is not in drizzle-kit's journal, so it would never run`, {
            where: display,
            hint: 'add it with drizzle-kit generate (or drizzle-kit generate --custom), or move it out of the migrations directory',
        });
    }
    if (migrations.length === 0)
        throw noMigrationFiles(display, 'drizzle-kit', drizzle_files_EXPECTED);
    return migrations;
}
/** One drizzle-kit migration file, with the `when` the journal gives it. */
async function readDrizzleFile(path, baseDir, when) {
    const content = await (0,promises_.readFile)(path, 'utf8');
    const tag = (0,external_node_path_.basename)(path, '.sql');
    const migration = sqlMigration({
        id: tag,
        name: tag,
        path,
        baseDir,
        content,
        up: { sql: content, offset: 0 },
        down: undefined,
        noTransaction: false,
        addDown: 'drizzle-kit has no down migrations: write a new migration that reverses it (drizzle-kit generate), or restore the database from a backup',
    });
    return {
        ...migration,
        forwardOnly: true,
        // drizzle-orm hashes the file's text as read (migrator.js readMigrationFiles).
        drizzle: { when, hash: (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex') },
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/drizzle/ledger.ts



/**
 * drizzle-orm's ledger (`drizzle.__drizzle_migrations`), read and written as drizzle-orm's
 * PostgreSQL dialect does (pg-core/dialect.js `migrate`): `(id serial, hash, created_at)`, a
 * row per migration with the sha256 of its file and `created_at` = the journal entry's
 * `when`. drizzle decides what is pending from the newest `created_at` alone: every journal
 * entry up to it counts as applied, as db-deploy counts it here, so that `drizzle-kit migrate`
 * afterwards applies nothing. An entry at or before that point that has no row was skipped by
 * drizzle and never ran: refused, never counted as applied.
 */
/** drizzle-orm's table definition. ACCESS EXCLUSIVE on the new table only. */
const drizzle_ledger_createTable = (table) => `CREATE TABLE IF NOT EXISTS ${table} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`;
/** Every row's created_at. ACCESS SHARE lock. */
const drizzle_ledger_selectRows = (table) => `SELECT created_at::text AS created_at FROM ${table}`;
/** Marks a migration applied, as drizzle-orm does. ROW EXCLUSIVE lock. */
const ledger_insertRow = (table) => `INSERT INTO ${table} ("hash", "created_at") VALUES ($1, $2::bigint)`;
function drizzleLedger(location, migrations) {
    const table = sql_qualifiedName(location.schema, location.table);
    const shown = `${location.schema}.${location.table}`;
    const drizzle = migrations;
    return {
        ...oneTableLedger(location, [], [`${location.schema}.${location.table}_id_seq`]),
        async ensure(client) {
            await client.query(drizzle_ledger_createTable(table));
        },
        async read(client) {
            const columns = await tableColumns(client, location.schema, location.table);
            if (!['hash', 'created_at'].every((c) => columns.includes(c)))
                throw foreignLedger(shown, 'drizzle', columns, 'id, hash, created_at');
            const { rows } = await client.query(drizzle_ledger_selectRows(table));
            const recorded = new Set(rows.map((r) => Number(r.created_at)));
            const newest = Math.max(Number.NEGATIVE_INFINITY, ...recorded);
            const applied = drizzle.filter((m) => m.drizzle.when <= newest);
            const skipped = applied.find((m) => !recorded.has(m.drizzle.when));
            if (skipped) {
                throw new errors/* DbDeployError */.WV('skipped-migration', `${skipped.name} is older than the newest migration in ${shown} but was never applied: drizzle-kit skipped it and would skip it again`, {
                    where: skipped.file,
                    hint: 'apply its SQL by hand and record it, or give it a journal "when" after the newest applied migration (drizzle-kit generate), then run again',
                });
            }
            return applied.map((m) => ({ id: m.id }));
        },
        async write(db, migration, direction) {
            if (direction === 'down')
                throw new Error(`${migration.name}: drizzle-kit has no down migrations`);
            const m = migration;
            await db.query(ledger_insertRow(table), [m.drizzle.hash, String(m.drizzle.when)]);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/drizzle/index.ts





/** drizzle-kit's defaults (`out`, `migrations.table`, `migrations.schema`). */
const DRIZZLE_DEFAULTS = {
    migrationsDir: 'drizzle',
    table: '__drizzle_migrations',
    schema: 'drizzle',
};

/** drizzle-kit: SQL files ordered by meta/_journal.json, forward-only, `drizzle.__drizzle_migrations`. */
function drizzleFormat() {
    return plainSqlFormat({
        name: 'drizzle',
        async configure(request) {
            const settings = await readDrizzleSettings(request.baseDir);
            const d = DRIZZLE_DEFAULTS;
            const table = request.migrationsTable ?? settings.table ?? d.table;
            return {
                format: 'drizzle',
                migrationsDir: request.migrationsDir ?? (0,external_node_path_.resolve)(request.baseDir, settings.out ?? d.migrationsDir),
                ledger: {
                    schema: request.schema ?? settings.schema ?? d.schema,
                    table,
                    checksums: `${table}_checksums`,
                },
            };
        },
        list: (config, baseDir) => listDrizzleMigrations(config.migrationsDir, baseDir),
        isMigrationPath: isDrizzleMigrationPath,
        async readOne(path, baseDir) {
            const all = await listDrizzleMigrations((0,external_node_path_.resolve)(path, '..'), baseDir);
            const found = all.find((m) => m.path === (0,external_node_path_.resolve)(path));
            if (!found)
                throw new Error(`${path} is not in drizzle-kit's journal`);
            return found;
        },
        ledger: (config, migrations) => drizzleLedger(config.ledger, migrations),
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/diesel/files.ts





/**
 * Diesel's migrations: one folder per migration, `<version>_<name>/up.sql` and `down.sql`, as
 * diesel_migrations reads them (migrations_internals `valid_sql_migration_directory`: a folder
 * holding up.sql; `version_from_string`: the folder name before the first `_`, dashes dropped,
 * so `2024-01-01-000000_create_users` is version `20240101000000`), applied in version order.
 * `metadata.toml` with `run_in_transaction = false` runs it outside a transaction.
 */
const diesel_files_EXPECTED = '<version>_<name>/up.sql with its down.sql';
const isDieselMigrationPath = (path) => /(?:^|[\\/])(?:up|down)\.sql$/.test(path);
/** Diesel's version of a migration folder. */
const dieselVersion = (folder) => (folder.split('_')[0] ?? '').replace(/-/g, '');
/** `run_in_transaction = false` in metadata.toml. */
async function runsOutsideTransaction(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'metadata.toml'), 'utf8').catch(() => '');
    return /^\s*run_in_transaction\s*=\s*false\s*(?:#.*)?$/m.test(text);
}
/** Reads one Diesel migration folder. */
async function readDieselMigration(dir, baseDir) {
    const folder = (0,external_node_path_.basename)(dir);
    const upPath = (0,external_node_path_.join)(dir, 'up.sql');
    const downPath = (0,external_node_path_.join)(dir, 'down.sql');
    const content = await (0,promises_.readFile)(upPath, 'utf8');
    const downText = await (0,promises_.readFile)(downPath, 'utf8').catch(() => undefined);
    const file = (0,external_node_path_.relative)(baseDir, upPath);
    const downFile = (0,external_node_path_.relative)(baseDir, downPath);
    return sqlMigration({
        id: dieselVersion(folder),
        name: folder,
        path: upPath,
        baseDir,
        content,
        up: await withoutOwnTransaction({ sql: content, offset: 0 }, file),
        down: downText === undefined
            ? undefined
            : await withoutOwnTransaction({ sql: downText, offset: 0, source: { file: downFile, content: downText } }, downFile),
        noTransaction: await runsOutsideTransaction(dir),
        addDown: `write ${folder}/down.sql`,
        extra: downText,
    });
}
/** Diesel's migrations of a directory, in version order. */
async function listDieselMigrations(dir, baseDir) {
    const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
    const entries = await readMigrationsDir(dir, display);
    const stray = entries.find((e) => !e.isDirectory() && e.name.endsWith('.sql'));
    if (stray) {
        throw new errors/* DbDeployError */.WV('unplaced-migration-file', `"${stray.name}" in the Diesel migrations directory is not in a migration folder (${diesel_files_EXPECTED}), so it would never run`, {
            where: display,
            hint: `move it into a folder as ${diesel_files_EXPECTED}, or out of the migrations directory`,
        });
    }
    const migrations = [];
    for (const folder of entries.filter((e) => e.isDirectory())) {
        const names = new Set((await readMigrationsDir((0,external_node_path_.join)(dir, folder.name), display)).map((e) => e.name));
        if (!names.has('up.sql')) {
            if (names.has('down.sql'))
                throw new errors/* DbDeployError */.WV('orphan-down-migration', `${folder.name}/down.sql is a down migration without its up.sql`, { where: display, hint: `add ${folder.name}/up.sql or remove the folder` });
            continue;
        }
        if (!/^\d/.test(folder.name) || dieselVersion(folder.name) === '') {
            throw new errors/* DbDeployError */.WV('unplaced-migration-file', `the Diesel migration folder "${folder.name}" has no version before its first "_"`, { where: display, hint: 'name it <version>_<name>, e.g. 2024-01-01-000000_create_users' });
        }
        migrations.push(await readDieselMigration((0,external_node_path_.join)(dir, folder.name), baseDir));
    }
    migrations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const [i, m] of migrations.entries()) {
        const before = migrations[i - 1];
        if (before?.id === m.id)
            throw duplicateVersion(m.id, before.name, m.name, display);
    }
    if (migrations.length === 0)
        throw noMigrationFiles(display, 'Diesel', diesel_files_EXPECTED);
    return migrations;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/diesel/ledger.ts


/**
 * Diesel's ledger (`__diesel_schema_migrations`), read and written as diesel_migrations does
 * on PostgreSQL (diesel_migrations `setup_database` / `MigrationHarness`: `version VARCHAR(50)
 * PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP`; a row inserted
 * with the migration in its transaction, deleted on revert).
 */
/** Diesel's table definition. ACCESS EXCLUSIVE on the new table only. */
const diesel_ledger_createTable = (table) => `CREATE TABLE IF NOT EXISTS ${table} (
       version VARCHAR(50) PRIMARY KEY NOT NULL,
       run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
)`;
/** Applied versions in the order they ran. ACCESS SHARE lock. */
const diesel_ledger_selectApplied = (table) => `SELECT version FROM ${table} ORDER BY run_on, version`;
/** Marks a migration run. ROW EXCLUSIVE lock. */
const diesel_ledger_insertVersion = (table) => `INSERT INTO ${table} (version) VALUES ($1)`;
/** Marks a migration reverted. ROW EXCLUSIVE lock. */
const diesel_ledger_deleteVersion = (table) => `DELETE FROM ${table} WHERE version = $1`;
function dieselLedger(location) {
    const table = sql_qualifiedName(location.schema, location.table);
    const shown = `${location.schema}.${location.table}`;
    return {
        ...oneTableLedger(location, []),
        async ensure(client) {
            await client.query(diesel_ledger_createTable(table));
        },
        async read(client) {
            const columns = await tableColumns(client, location.schema, location.table);
            if (!['version', 'run_on'].every((c) => columns.includes(c)))
                throw foreignLedger(shown, 'Diesel', columns, 'version, run_on');
            const { rows } = await client.query(diesel_ledger_selectApplied(table));
            return rows.map((row) => ({ id: row.version }));
        },
        async write(db, migration, direction) {
            await db.query(direction === 'up' ? diesel_ledger_insertVersion(table) : diesel_ledger_deleteVersion(table), [
                migration.id,
            ]);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/diesel/index.ts





/** Diesel's defaults: `migrations/` (diesel.toml's `[migrations_directory] dir`), its table. */
const DIESEL_DEFAULTS = { migrationsDir: 'migrations', table: '__diesel_schema_migrations' };
/** Diesel's marker file. */
const DIESEL_MARKER = 'diesel.toml';
/** `[migrations_directory] dir = "…"` in diesel.toml, if set. */
async function configuredDir(baseDir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(baseDir, DIESEL_MARKER), 'utf8').catch(() => '');
    const section = /^\s*\[migrations_directory\]\s*$([\s\S]*?)(?=^\s*\[|$(?![\s\S]))/m.exec(text)?.[1] ?? '';
    return /^\s*dir\s*=\s*"([^"]*)"/m.exec(section)?.[1];
}
/** Diesel: `<version>_<name>/up.sql` + `down.sql` folders and `__diesel_schema_migrations`. */
function dieselFormat() {
    return plainSqlFormat({
        name: 'diesel',
        async configure(request) {
            const table = request.migrationsTable ?? DIESEL_DEFAULTS.table;
            const dir = request.migrationsDir ??
                (0,external_node_path_.resolve)(request.baseDir, (await configuredDir(request.baseDir)) ?? DIESEL_DEFAULTS.migrationsDir);
            return {
                format: 'diesel',
                migrationsDir: dir,
                ledger: { schema: request.schema ?? 'public', table, checksums: `${table}_checksums` },
            };
        },
        list: (config, baseDir) => listDieselMigrations(config.migrationsDir, baseDir),
        isMigrationPath: isDieselMigrationPath,
        readOne: (path, baseDir) => readDieselMigration((0,external_node_path_.resolve)(path, '..'), baseDir),
        ledger: (config) => dieselLedger(config.ledger),
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/knex/knexfile.ts




/**
 * The knexfile: knex's configuration, which is code. It is evaluated as knex's CLI does
 * (bin/cli.js `openKnexfile`, bin/utils/cli-config-utils.js `resolveEnvironmentConfig`): the
 * module's default export if it has one, called if it is a function, then the environment's
 * entry if there is one (`knex-environment`, else NODE_ENV, else `development`), else the whole
 * object. Only what decides which migrations run and where knex records them is taken; the
 * connection is the action's input, never the knexfile's.
 */
/** knexfile names, in the order db-deploy looks for them (knex's CLI: js, mjs, …, ts). */
const KNEXFILE_NAMES = ['knexfile.js', 'knexfile.cjs', 'knexfile.mjs', 'knexfile.ts'];
/** knex's defaults (lib/migrations/migrate/migrator-configuration-merger.js `CONFIG_DEFAULT`). */
const KNEX_DEFAULTS = {
    directory: './migrations',
    tableName: 'knex_migrations',
    loadExtensions: ['.co', '.coffee', '.eg', '.iced', '.js', '.cjs', '.litcoffee', '.ls', '.ts'],
    environment: 'development',
};
/** Where knex keeps its ledger when nothing is configured: for detection by ledger. */
const knexfile_KNEX_LEDGER = {
    schema: 'public',
    table: KNEX_DEFAULTS.tableName,
    display: `public.${KNEX_DEFAULTS.tableName}`,
};
/** knex's client names for PostgreSQL (lib/constants.js `SUPPORTED_CLIENTS` and aliases). */
const POSTGRES_CLIENTS = ['pg', 'postgres', 'postgresql', 'pgnative', 'pg-native'];
/**
 * The knexfile of a repository: looked for from the migrations directory given (if any) up to
 * the checkout, else in the checkout itself.
 */
async function findKnexfile(request) {
    const base = (0,external_node_path_.resolve)(request.baseDir);
    const dirs = [];
    if (request.migrationsDir) {
        for (let dir = (0,external_node_path_.resolve)(request.migrationsDir);; dir = (0,external_node_path_.dirname)(dir)) {
            const inside = (0,external_node_path_.relative)(base, dir);
            if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
                break;
            dirs.push(dir);
            if (dir === base)
                break;
        }
    }
    if (!dirs.includes(base))
        dirs.push(base);
    for (const dir of dirs) {
        for (const name of KNEXFILE_NAMES) {
            const path = (0,external_node_path_.join)(dir, name);
            if ((await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
                return { path, display: (0,external_node_path_.relative)(base, path) || name };
        }
    }
    return undefined;
}
/** The environment knex's CLI would use: the input, else NODE_ENV, else `development`. */
function knexEnvironment(given) {
    return given || process.env.NODE_ENV || KNEX_DEFAULTS.environment;
}
/**
 * Evaluates a knexfile as knex's CLI does and takes the migration settings of its environment.
 * One clear line when it cannot be evaluated (a missing dependency: the workflow must install
 * the project's packages first), names another database than PostgreSQL, or asks for a custom
 * migration source db-deploy cannot read as files.
 */
async function readKnexfile(knexfile, environment) {
    const env = knexEnvironment(environment);
    let all;
    try {
        let config = await importModule(knexfile.path);
        const withDefault = config;
        if (withDefault && withDefault.default)
            config = withDefault.default;
        if (typeof config === 'function')
            config = await config();
        all = config;
    }
    catch (error) {
        const message = (0,errors/* oneLine */.TN)(error?.message ?? String(error));
        const missing = /Cannot find (?:module|package) '([^']+)'/.exec(message)?.[1];
        throw new errors/* DbDeployError */.WV('knexfile-failed', `${knexfile.display} cannot be evaluated: ${message.split(/\s+Require stack:/)[0]}`, {
            where: knexfile.display,
            hint: missing
                ? `install the project's packages before db-deploy runs (a step with npm ci), so that ${missing} can be loaded`
                : 'fix the knexfile so that `node -e "require(\'./knexfile\')"` loads it',
            cause: error,
        });
    }
    if (!all || typeof all !== 'object') {
        throw new errors/* DbDeployError */.WV('knexfile-failed', `${knexfile.display} exports no configuration`, {
            where: knexfile.display,
            hint: 'export the configuration object (module.exports = { client: "pg", … }), one per environment, or a function returning it',
        });
    }
    const entries = all;
    const chosen = entries[env];
    let config;
    let usedEnvironment;
    if (chosen && typeof chosen === 'object') {
        config = chosen;
        usedEnvironment = env;
    }
    else {
        const environments = Object.keys(entries).filter((key) => isEnvironment(entries[key]));
        if (!('client' in entries || 'migrations' in entries) && environments.length > 0) {
            throw new errors/* DbDeployError */.WV('knexfile-environment', `${knexfile.display} has no "${env}" environment (it has ${environments.join(', ')})`, {
                where: knexfile.display,
                hint: 'set knex-environment (--knex-environment in the CLI) or NODE_ENV to one of them',
            });
        }
        config = entries;
    }
    return settingsOf(config, knexfile, usedEnvironment);
}
function isEnvironment(value) {
    return (!!value &&
        typeof value === 'object' &&
        ('client' in value || 'connection' in value || 'migrations' in value));
}
/** The settings of one environment's configuration. */
function settingsOf(config, knexfile, environment) {
    const where = knexfile.display;
    const projectDir = (0,external_node_path_.dirname)(knexfile.path);
    const client = config.client;
    if (typeof client === 'string' && !POSTGRES_CLIENTS.includes(client)) {
        throw new errors/* DbDeployError */.WV('knexfile-client', `${where} configures knex for ${client}${environment ? ` (environment ${environment})` : ''}, and db-deploy migrates PostgreSQL`, {
            where,
            hint: 'use client: "pg" for PostgreSQL, or choose the environment with knex-environment',
        });
    }
    const migrations = (config.migrations ?? {});
    const fsOptions = ['directory', 'sortDirsSeparately', 'loadExtensions'].some((key) => migrations[key] !== undefined);
    // knex itself drops a migrationSource when a file-system option is set (with a warning).
    if (migrations.migrationSource && !fsOptions) {
        throw new errors/* DbDeployError */.WV('knexfile-migration-source', `${where} sets migrations.migrationSource, a custom migration source, which db-deploy cannot read as migration files`, {
            where,
            hint: 'keep the migrations as files under migrations.directory (knex reads them the same way)',
        });
    }
    const directory = migrations.directory ?? KNEX_DEFAULTS.directory;
    const directories = (Array.isArray(directory) ? directory : [directory]).map((dir) => {
        if (typeof dir !== 'string')
            throw badSetting(where, 'migrations.directory', 'a path or a list of paths');
        return (0,external_node_path_.resolve)(projectDir, dir);
    });
    const tableName = migrations.tableName ?? KNEX_DEFAULTS.tableName;
    if (typeof tableName !== 'string' || tableName === '')
        throw badSetting(where, 'migrations.tableName', 'a table name');
    const schemaName = migrations.schemaName ?? undefined;
    if (schemaName !== undefined && typeof schemaName !== 'string')
        throw badSetting(where, 'migrations.schemaName', 'a schema name');
    const loadExtensions = migrations.loadExtensions ?? KNEX_DEFAULTS.loadExtensions;
    if (!Array.isArray(loadExtensions) || loadExtensions.some((e) => typeof e !== 'string'))
        throw badSetting(where, 'migrations.loadExtensions', 'a list of file endings such as ".js"');
    const searchPath = config.searchPath;
    const knexOptions = {};
    for (const key of ['wrapIdentifier', 'postProcessResponse', 'useNullAsDefault', 'returning'])
        if (config[key] !== undefined)
            knexOptions[key] = config[key];
    return {
        knexfile,
        environment,
        directories,
        tableName,
        schemaName: schemaName || undefined,
        loadExtensions: loadExtensions,
        sortDirsSeparately: migrations.sortDirsSeparately === true,
        disableTransactions: migrations.disableTransactions === true,
        searchPath: typeof searchPath === 'string'
            ? [searchPath]
            : Array.isArray(searchPath)
                ? searchPath.map(String)
                : undefined,
        knexOptions,
        projectDir,
    };
}
function badSetting(where, key, expected) {
    return new errors/* DbDeployError */.WV('knexfile-failed', `${where}: ${key} must be ${expected}`, {
        where,
        hint: `fix ${key} in the knexfile`,
    });
}
/** knex's defaults, for a repository without a knexfile (detected by its ledger, or chosen). */
function defaultSettings(baseDir) {
    return {
        directories: [(0,external_node_path_.resolve)(baseDir, KNEX_DEFAULTS.directory)],
        tableName: KNEX_DEFAULTS.tableName,
        loadExtensions: [...KNEX_DEFAULTS.loadExtensions],
        sortDirsSeparately: false,
        disableTransactions: false,
        knexOptions: {},
        projectDir: baseDir,
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/detect-files.ts













/**
 * What a directory's files say about their tool: file names first, then section markers.
 * JavaScript/TypeScript migrations are `jsTool`'s (knex's when the repository has a knexfile).
 */
async function signsOf(dir, jsTool) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const files = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
    const signs = [];
    const add = (format, why, weak = false) => {
        const known = signs.find((s) => s.format === format);
        if (!known)
            signs.push({ format, why, ...(weak ? { weak } : {}) });
        else if (known.weak && !weak)
            Object.assign(known, { why, weak: undefined });
    };
    for (const name of files) {
        if (/^\d+_.*\.(?:up|down)\.sql$/.test(name))
            add('golang-migrate', `${name} is an up/down pair file`);
        else if (/^\d+_.*\.go$/.test(name))
            add('goose', `${name} is a goose Go migration`);
        else if (/^(?:[VU]\d+(?:[._]\d+)*|R)__.+\.sql$/.test(name))
            add('flyway', `${name} is named as Flyway names migrations`);
        else if (/\.(?:[cm]?js|[cm]?ts)$/.test(name) && !/\.d\.[cm]?ts$/.test(name))
            add(jsTool, `${name} is a JavaScript/TypeScript migration`, jsTool === 'node-pg-migrate');
    }
    if (files.includes('migration_lock.toml'))
        add('prisma', "migration_lock.toml is Prisma's");
    const meta = await (0,promises_.readdir)((0,external_node_path_.join)(dir, 'meta')).catch(() => []);
    if (meta.includes('_journal.json'))
        add('drizzle', "meta/_journal.json is drizzle-kit's journal");
    for (const folder of entries.filter((e) => e.isDirectory()).map((e) => e.name)) {
        const inside = await (0,promises_.readdir)((0,external_node_path_.join)(dir, folder)).catch(() => []);
        if (inside.includes('migration.sql'))
            add('prisma', `${folder}/migration.sql is a Prisma migration`);
        if (inside.includes('up.sql'))
            add('diesel', `${folder}/up.sql is a Diesel migration`);
    }
    for (const name of files.filter((f) => f.endsWith('.sql'))) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8').catch(() => '');
        if (hasDbmateMarkers(text))
            add('dbmate', `${name} has -- migrate:up`);
        else if (hasGooseAnnotations(text))
            add('goose', `${name} has -- +goose Up`);
        else if (/^\s*--[\s-]*up\s+migration/im.test(text))
            add('node-pg-migrate', `${name} has -- Up Migration`);
    }
    // knex's directory is the knexfile's to say.
    return signs.map((s) => (s.format === 'knex' ? s : { ...s, dir }));
}
/**
 * The repository's own settings for a tool: dbmate's DBMATE_* in `.env`, Prisma's schema,
 * drizzle-kit's, Diesel's and Flyway's configuration files (knex's knexfile: see fileCandidates).
 */
async function markerSigns(baseDir) {
    const signs = [];
    const env = await (0,promises_.readFile)((0,external_node_path_.join)(baseDir, '.env'), 'utf8').catch(() => '');
    if (/^\s*(?:export\s+)?DBMATE_[A-Z_]+\s*=/m.test(env))
        signs.push({
            format: 'dbmate',
            why: '.env sets DBMATE_*',
            dir: (0,external_node_path_.resolve)(baseDir, DBMATE_DEFAULTS.migrationsDir),
        });
    for (const marker of PRISMA_MARKERS) {
        if (!(await isFile((0,external_node_path_.join)(baseDir, marker))))
            continue;
        signs.push({
            format: 'prisma',
            why: `${marker} is Prisma's`,
            dir: (0,external_node_path_.resolve)(baseDir, PRISMA_DEFAULTS.migrationsDir),
        });
        break;
    }
    for (const marker of DRIZZLE_CONFIGS) {
        if (!(await isFile((0,external_node_path_.join)(baseDir, marker))))
            continue;
        // drizzle-kit's config says where its migrations are (`out`): the format reads it.
        signs.push({ format: 'drizzle', why: `${marker} is drizzle-kit's configuration` });
        break;
    }
    if (await isFile((0,external_node_path_.join)(baseDir, DIESEL_MARKER)))
        // diesel.toml says where its migrations are: the format reads it.
        signs.push({ format: 'diesel', why: `${DIESEL_MARKER} is Diesel's configuration` });
    for (const marker of FLYWAY_MARKERS) {
        if (!(await isFile((0,external_node_path_.join)(baseDir, marker))))
            continue;
        // Flyway's own settings say where its migrations are: the format reads them.
        signs.push({ format: 'flyway', why: `${marker} is Flyway's configuration` });
        break;
    }
    return signs;
}
const isFile = (path) => (0,promises_.stat)(path).then((s) => s.isFile(), () => false);
const detect_files_isDirectory = (path) => (0,promises_.stat)(path).then((s) => s.isDirectory(), () => false);
/** Each format's default directories, relative to the checkout, to look in when none is given. */
const DEFAULT_DIRS = [
    { format: 'node-pg-migrate', dir: NODE_PG_MIGRATE_DEFAULTS.migrationsDir },
    { format: 'dbmate', dir: DBMATE_DEFAULTS.migrationsDir },
    { format: 'golang-migrate', dir: GOLANG_MIGRATE_DEFAULTS.migrationsDir },
    { format: 'goose', dir: GOOSE_DEFAULTS.migrationsDir },
    ...FLYWAY_DEFAULTS.migrationsDirs.map((dir) => ({ format: 'flyway', dir })),
    { format: 'drizzle', dir: DRIZZLE_DEFAULTS.migrationsDir },
];
/** Whether the given directory, or any tool's default directory, exists. */
async function anyMigrationsDir(request) {
    const dirs = request.migrationsDir
        ? [request.migrationsDir]
        : DEFAULT_DIRS.map((d) => (0,external_node_path_.resolve)(request.baseDir, d.dir));
    for (const dir of dirs)
        if (await detect_files_isDirectory(dir))
            return true;
    return false;
}
/**
 * Candidates from the repository: the given directory's files, else each format's default
 * directory's files and the tools' marker files. A knexfile makes JavaScript/TypeScript
 * migrations knex's (both tools keep them in `migrations/`) and is itself a sign of knex.
 */
async function fileCandidates(request) {
    const knexfile = await findKnexfile(request);
    const jsTool = knexfile ? 'knex' : 'node-pg-migrate';
    const found = [];
    const add = (sign) => {
        if (!found.some((c) => c.format === sign.format))
            found.push(sign);
    };
    // The knexfile is knex's strongest sign: named first, it gives the reason.
    if (knexfile)
        add({ format: 'knex', why: `${knexfile.display} found` });
    if (request.migrationsDir) {
        for (const sign of await signsOf(request.migrationsDir, jsTool))
            add(sign);
        return found;
    }
    for (const dir of [...new Set(DEFAULT_DIRS.map((d) => d.dir))]) {
        const path = (0,external_node_path_.resolve)(request.baseDir, dir);
        if (await detect_files_isDirectory(path))
            for (const sign of await signsOf(path, jsTool))
                add(sign);
    }
    for (const sign of await markerSigns(request.baseDir))
        add(sign);
    return found;
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __nccwpck_require__(83849);
// EXTERNAL MODULE: ./node_modules/pg-connection-string/index.js
var pg_connection_string = __nccwpck_require__(26122);
;// CONCATENATED MODULE: ./node_modules/pg-connection-string/esm/index.mjs
// ESM wrapper for pg-connection-string


// Re-export the parse function
/* harmony default export */ const pg_connection_string_esm = (pg_connection_string.parse);
const parse = pg_connection_string.parse
const toClientConfig = pg_connection_string.toClientConfig
const parseIntoClientConfig = pg_connection_string.parseIntoClientConfig

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
async function databaseStep(what, where, step, 
/** What to do, when the step is not about the migrations tables. */
fix) {
    try {
        return await step();
    }
    catch (error) {
        const pg = pgErrorFields(error);
        if (!pg.code || !/^[0-9A-Z]{5}$/.test(pg.code))
            throw error;
        const hint = fix ??
            (pg.code === '42501'
                ? 'grant the migration role USAGE and CREATE on that schema, or connect as the role that owns it'
                : 'check that the database is healthy and the role may read and write the migrations tables');
        throw new DbDeployError('database-error', `${what} failed: ${pg.code} ${pg.message}`, {
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
    const client = new esm/* default.Client */.Ay.Client({
        ...clientConfig(target),
        connectionTimeoutMillis: connectTimeoutMs,
        application_name: options.applicationName ?? 'db-deploy',
        ...(options.queryTimeoutMs ? { query_timeout: options.queryTimeoutMs } : {}),
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
/**
 * node-postgres settings for a target: its SSL and other options as node-postgres reads them from
 * the URL, but host, port, database, user and password always the ones parseDatabaseUrl resolved.
 * node-postgres alone would re-parse the URL its own way (`decodeURI` leaves `%3B` in a database
 * name encoded, where libpq and pg_restore decode it), and check one database while the client
 * tools write another.
 */
function clientConfig(target) {
    const config = parseIntoClientConfig(target.url);
    return {
        ...config,
        host: target.host,
        port: target.port,
        database: target.database,
        user: target.user || undefined,
        password: target.password || undefined,
    };
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
        return new errors/* DbDeployError */.WV('unreachable', `no answer from the server within ${formatDuration(connectTimeoutMs)}`, {
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

;// CONCATENATED MODULE: ./src/core/migrations/engine/queries.ts

/**
 * SQL of the migration engine. Table names are identifiers chosen by the user or the tool's
 * configuration, so they pass through quoteIdent; every value is a bind parameter.
 */
/** db-deploy's checksum table beside the tool's ledger. CREATE … IF NOT EXISTS; ACCESS EXCLUSIVE only when it creates it. */
const queries_createChecksumTable = (schema, table) => `CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, table)} (
  name varchar(255) PRIMARY KEY,
  checksum char(64) NOT NULL,
  file text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
)`;
/** All recorded checksums. ACCESS SHARE lock. */
const queries_selectChecksums = (schema, table) => `SELECT name, checksum FROM ${qualifiedName(schema, table)}`;
/** Records (or re-records, with allow-edited) a migration's checksum. ROW EXCLUSIVE lock. */
const queries_upsertChecksum = (schema, table) => `INSERT INTO ${qualifiedName(schema, table)} (name, checksum, file) VALUES ($1, $2, $3)
   ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, file = EXCLUDED.file, recorded_at = now()`;
/** Forgets a rolled-back migration's checksum. ROW EXCLUSIVE lock. */
const queries_deleteChecksum = (schema, table) => `DELETE FROM ${qualifiedName(schema, table)} WHERE name = $1`;
/** Creates a schema if needed. */
const queries_createSchemaIfMissing = (schema) => `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`;
/** Whether a schema exists. Reads pg_namespace; takes no lock. */

/**
 * An index by name (resolved through the session's search_path), schema-qualified, whether it
 * is valid, and the backend building it right now (pg_stat_progress_create_index, PostgreSQL
 * 12+), if any. Reads the catalog and a statistics view; takes no lock.
 */
const INDEX_VALIDITY = (/* unused pure expression or super */ null && (`
SELECT c.oid::bigint AS oid, format('%I.%I', n.nspname, c.relname) AS name, i.indisvalid AS valid,
       (SELECT p.pid FROM pg_stat_progress_create_index p WHERE p.index_relid = c.oid LIMIT 1) AS building_pid
  FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid = to_regclass($1)`));
/**
 * Every INVALID index of the database, schema-qualified, with its table's oid: what a failed (or
 * killed) CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY leaves behind (see "Building Indexes
 * Concurrently" in the CREATE INDEX documentation). Reads the catalog; takes no lock.
 */
const INVALID_INDEXES = (/* unused pure expression or super */ null && (`
SELECT c.oid::bigint AS oid, format('%I.%I', n.nspname, c.relname) AS name, i.indrelid::bigint AS table_oid
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT i.indisvalid`));
/** A table's oid by name (resolved through the session's search_path), or NULL. Takes no lock. */
const TABLE_OID = 'SELECT to_regclass($1)::oid::bigint AS oid';
/**
 * Drops an index left INVALID by a failed CREATE INDEX CONCURRENTLY, without blocking writes.
 * `qualified` comes from INDEX_VALIDITY or INVALID_INDEXES (quoted by format('%I.%I')).
 */
const dropInvalidIndex = (qualified) => `DROP INDEX CONCURRENTLY IF EXISTS ${qualified}`;
/**
 * Tables with one of the given names in any schema, with their columns in order: the ledgers
 * of migration tools, told apart by their columns. Reads the catalog; takes no lock.
 */
const LEDGER_TABLES = `
SELECT n.nspname AS schema, c.relname AS table,
       array_agg(a.attname::text ORDER BY a.attnum) AS columns
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relkind IN ('r', 'p') AND c.relname = ANY($1::text[])
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
 GROUP BY n.nspname, c.relname
 ORDER BY n.nspname, c.relname`;

;// CONCATENATED MODULE: ./src/core/migrations/detect-ledger.ts


/** The ledger tables of every tool, by the names their tools give them by default. */
const LEDGER_NAMES = [
    'pgmigrations',
    'knex_migrations',
    'schema_migrations',
    'goose_db_version',
    'flyway_schema_history',
    '_prisma_migrations',
    '__drizzle_migrations',
    '__diesel_schema_migrations',
];
/**
 * The tool a ledger table belongs to, by its name and columns: dbmate and golang-migrate both
 * call theirs `schema_migrations` (golang-migrate's has `dirty`).
 */
function ledgerFormat(table, columns) {
    const has = (...names) => names.every((n) => columns.includes(n));
    if (table === 'pgmigrations' && has('name', 'run_on'))
        return 'node-pg-migrate';
    if (table === 'knex_migrations' && has('name', 'batch', 'migration_time'))
        return 'knex';
    if (table === 'schema_migrations' && has('version', 'dirty'))
        return 'golang-migrate';
    if (table === 'schema_migrations' && has('version'))
        return 'dbmate';
    if (table === 'goose_db_version' && has('version_id', 'is_applied'))
        return 'goose';
    if (table === 'flyway_schema_history' && has('installed_rank', 'success'))
        return 'flyway';
    if (table === '_prisma_migrations' && has('migration_name', 'finished_at'))
        return 'prisma';
    if (table === '__drizzle_migrations' && has('hash', 'created_at'))
        return 'drizzle';
    if (table === '__diesel_schema_migrations' && has('version', 'run_on'))
        return 'diesel';
    return undefined;
}
/** The tools whose ledgers the database holds, told apart by table and columns. Reads only. */
async function ledgerCandidates(databaseUrl) {
    const client = await connect((0,db_url/* parseDatabaseUrl */.mx)(databaseUrl), { connectTimeoutMs: 10_000 });
    try {
        const { rows } = await client.query(LEDGER_TABLES, [LEDGER_NAMES]);
        const signs = [];
        for (const { schema, table, columns } of rows) {
            const format = ledgerFormat(table, columns);
            if (format && !signs.some((s) => s.format === format))
                signs.push({ format, why: `the database has ${format}'s ledger (${schema}.${table})` });
        }
        return signs;
    }
    finally {
        await disconnect(client);
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/detect.ts






/** What `migration-format` accepts. */
const detect_FORMAT_CHOICES = ['auto', ...FORMAT_NAMES];
/**
 * Which migration format a run uses: the one the user chose, else what the repository shows
 * (a tool's files and section markers in the migrations directory — the given one, or each
 * tool's default directory — and its settings, like dbmate's DBMATE_* in `.env` or a
 * knexfile), else the tool's ledger already in the database (by table and columns). Two tools
 * at once is one error naming both, unless the database's ledger settles it. Nothing at all:
 * node-pg-migrate, the default. The one place every format's detection goes.
 */
async function detectFormat(choice, request) {
    if (choice !== 'auto')
        return { name: choice, reason: 'chosen by migration-format' };
    let candidates = await fileCandidates(request);
    // JavaScript/TypeScript files alone are node-pg-migrate's only by default: a knex ledger
    // (knex without its knexfile in the repository) says otherwise.
    const onlyDefault = candidates.length === 1 && candidates[0]?.weak === true;
    // The database is asked only when there are migrations to tell apart: a missing directory
    // is reported as such, not as whatever connecting says.
    const unsettled = candidates.length !== 1 || onlyDefault;
    if (unsettled && request.databaseUrl && (await anyMigrationsDir(request))) {
        const ledgers = await ledgerCandidates(request.databaseUrl);
        const settled = candidates.length === 0
            ? ledgers
            : onlyDefault
                ? ledgers.filter((l) => l.format === 'knex')
                : candidates.filter((c) => ledgers.some((l) => l.format === c.format));
        if (settled.length === 1) {
            const only = settled[0];
            const inFiles = candidates.find((c) => c.format === only.format);
            const ledger = ledgers.find((l) => l.format === only.format);
            return { name: only.format, reason: ledger.why, migrationsDir: inFiles?.dir };
        }
        if (candidates.length === 0)
            candidates = ledgers;
    }
    if (candidates.length === 1) {
        const [only] = candidates;
        const detected = { name: only.format, reason: only.why, migrationsDir: only.dir };
        return only.weak ? { ...detected, fallback: true } : detected;
    }
    if (candidates.length > 1) {
        const where = (0,external_node_path_.relative)(request.baseDir, request.migrationsDir ?? request.baseDir) || '.';
        throw new errors/* DbDeployError */.WV('ambiguous-format', `the migrations could be ${candidates.map((c) => `${c.format} (${c.why})`).join(' or ')}`, {
            where,
            hint: `set migration-format (--format in the CLI; lint: --migration-format) to one of ${candidates.map((c) => c.format).join(', ')}, and migrations-dir to its directory`,
        });
    }
    return { name: 'node-pg-migrate', reason: 'the default format', fallback: true };
}
/**
 * The format whose ledger the database holds, when the repository showed none and detection
 * had no URL to ask (see reopenByLedger): asked once connected, so that a repository without a
 * marker file is still read as the tool that migrated its database.
 */
async function detect_detectFromDatabase(probe) {
    if (await probe(KNEX_LEDGER.schema, KNEX_LEDGER.table))
        return { name: 'knex', reason: `the database has knex's ledger (${KNEX_LEDGER.display})` };
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/knex/files.ts





/** The endings db-deploy can load (knex loads CoffeeScript and LiveScript too, through its CLI's require hooks). */
const LOADABLE_EXTENSIONS = ['.js', '.cjs', '.mjs', '.ts'];
/**
 * The migrations as knex's FsMigrations lists them (lib/migrations/migrate/sources/fs-migrations.js):
 * every file of every directory whose ending is in `loadExtensions`, sorted by file name across
 * directories (lodash `sortBy`, code-unit order), or directory by directory with
 * `sortDirsSeparately`. A migration's ledger name is its file name with its ending.
 */
async function listKnexMigrations(settings, baseDir) {
    const found = [];
    for (const dir of settings.directories) {
        const display = (0,external_node_path_.relative)(baseDir, dir) || '.';
        const info = await (0,promises_.stat)(dir).catch(() => undefined);
        if (!info?.isDirectory()) {
            throw new errors/* DbDeployError */.WV('migrations-dir-missing', info
                ? `"${display}" is not a directory`
                : `migrations directory "${display}" does not exist`, {
                hint: `check migrations.directory in ${settings.knexfile?.display ?? 'the knexfile'} or migrations-dir (relative paths resolve against the repository checkout), and that the workflow ran actions/checkout`,
            });
        }
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        let files = entries
            .filter((e) => (e.isFile() || e.isSymbolicLink()) && isKnexMigrationFile(e.name, settings))
            .map((e) => e.name);
        if (settings.sortDirsSeparately)
            files = files.sort(byCodeUnits);
        found.push(...files.map((file) => ({ file, dir })));
    }
    const ordered = settings.sortDirsSeparately
        ? found
        : [...found].sort((a, b) => byCodeUnits(a.file, b.file));
    const seen = new Map();
    for (const { file, dir } of ordered) {
        const where = (0,external_node_path_.relative)(baseDir, (0,external_node_path_.join)(dir, file));
        checkMigrationFileName(file, where);
        if (!LOADABLE_EXTENSIONS.includes((0,external_node_path_.extname)(file))) {
            throw new errors/* DbDeployError */.WV('migration-load-failed', `migration ${where} is ${(0,external_node_path_.extname)(file)} code, which db-deploy cannot load`, {
                where,
                hint: `write knex migrations in ${LOADABLE_EXTENSIONS.join(', ')} (compile the others first), or take ${(0,external_node_path_.extname)(file)} out of migrations.loadExtensions`,
            });
        }
        const other = seen.get(file);
        if (other) {
            throw new errors/* DbDeployError */.WV('duplicate-migration', `two knex migrations share the name "${file}": ${other} and ${where}; knex records migrations by file name`, { where, hint: 'rename one of them' });
        }
        seen.set(file, where);
    }
    if (ordered.length === 0) {
        throw new errors/* DbDeployError */.WV('migrations-dir-empty', `migrations directory "${settings.directories.map((d) => (0,external_node_path_.relative)(baseDir, d) || '.').join('", "')}" holds no knex migration files`, {
            hint: `add files ending in ${settings.loadExtensions.filter((e) => LOADABLE_EXTENSIONS.includes(e)).join(', ')} or fix migrations.directory`,
        });
    }
    return Promise.all(ordered.map(({ file, dir }) => readKnexMigration((0,external_node_path_.join)(dir, file), baseDir)));
}
/** Whether knex would list a file (by its ending, as loadExtensions says). */
function isKnexMigrationFile(fileName, settings) {
    return settings.loadExtensions.includes((0,external_node_path_.extname)(fileName));
}
/** Sorted as JavaScript's default sort and lodash's sortBy compare strings. */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Reads one knex migration file (no code runs); its ledger name is its file name. */
async function readKnexMigration(path, baseDir) {
    const content = await (0,promises_.readFile)(path, 'utf8');
    const name = (0,external_node_path_.basename)(path);
    const sums = moduleChecksum(content);
    return {
        id: name,
        name,
        path,
        file: (0,external_node_path_.relative)(baseDir, path),
        kind: /\.[cm]?ts$/.test(name) ? 'ts' : 'js',
        content,
        checksum: sums.checksum,
        ...(sums.accepted ? { acceptedChecksums: sums.accepted } : {}),
        down: 'unknown',
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/knex/queries.ts

/**
 * knex's ledger SQL, as knex 3 builds it for PostgreSQL (lib/migrations/migrate/table-creator.js,
 * Migrator.js `_lockMigrations`, `_freeLock`, `_waterfallBatch`, migration-list-resolver.js) —
 * with db-deploy's quoting of the schema and bind parameters for every value.
 */
/** knex's ledger table. ACCESS EXCLUSIVE on the new table only. */
const createLedger = (schema, table) => `create table ${sql_qualifiedName(schema, table)} ("id" serial primary key, "name" varchar(255), "batch" integer, "migration_time" timestamptz)`;
/** knex's lock table. ACCESS EXCLUSIVE on the new table only. */
const createLockTable = (schema, lockTable) => `create table ${sql_qualifiedName(schema, lockTable)} ("index" serial primary key, "is_locked" integer)`;
/** The lock table's rows (knex keeps one). ACCESS SHARE. */
const selectLockRows = (schema, lockTable) => `select "is_locked" from ${sql_qualifiedName(schema, lockTable)}`;
/** The row knex inserts into an empty lock table. ROW EXCLUSIVE. */
const insertLockRow = (schema, lockTable) => `insert into ${sql_qualifiedName(schema, lockTable)} ("is_locked") values (0)`;
/** Takes knex's lock: exactly one row must change, else it is held. ROW EXCLUSIVE, and the row's lock. */
const takeLock = (schema, lockTable) => `update ${sql_qualifiedName(schema, lockTable)} set "is_locked" = 1 where "is_locked" = 0`;
/** Frees knex's lock, as knex does (every row). ROW EXCLUSIVE. */
const freeLock = (schema, lockTable) => `update ${sql_qualifiedName(schema, lockTable)} set "is_locked" = 0`;
/** Applied migrations in the order knex lists them (`order by id`), with their batches. ACCESS SHARE. */
const queries_selectApplied = (schema, table) => `select "name", "batch" from ${sql_qualifiedName(schema, table)} order by "id" asc`;
/** Marks a migration run, as knex does. ROW EXCLUSIVE. */
const queries_insertRun = (schema, table) => `insert into ${sql_qualifiedName(schema, table)} ("batch", "migration_time", "name") values ($1, $2, $3)`;
/** Marks a migration undone, as knex does. ROW EXCLUSIVE. */
const queries_deleteRun = (schema, table) => `delete from ${sql_qualifiedName(schema, table)} where "name" = $1`;
/** A short lock_timeout for one attempt at knex's lock row, inside its own transaction. */
const LOCK_ROW_TIMEOUT = `SET LOCAL lock_timeout = '200ms'`;

;// CONCATENATED MODULE: ./src/core/migrations/formats/knex/ledger.ts





/** knex's lock table beside its ledger (`<table>_lock`, table-resolver.js `getLockTableName`). */
const lockTableOf = (table) => `${table}_lock`;
/**
 * knex's ledger: `knex_migrations` (id, name with its file ending, batch, migration_time) and
 * `knex_migrations_lock` (index, is_locked), created, read and written as knex writes them, so
 * `knex migrate:list`, `migrate:rollback` and `migrate:latest` agree before and after. The lock
 * row is held (is_locked = 1, committed) for the whole run, so a `knex migrate:latest` started
 * elsewhere at the same time stops as it stops for another knex ("Migration table is already
 * locked").
 * @param searchPath the knexfile's `searchPath`, set on the session as knex sets it on its connections
 */
function knexLedger(location, searchPath) {
    const { schema, table } = location;
    const lockTable = lockTableOf(table);
    const display = `${schema}.${lockTable}`;
    return {
        location,
        batches: true,
        exists: (client) => checksums_relationExists(client, schema, table),
        async ensure(client) {
            if (!(await checksums_relationExists(client, schema, table)))
                await client.query(createLedger(schema, table));
            if (!(await checksums_relationExists(client, schema, lockTable)))
                await client.query(createLockTable(schema, lockTable));
            const { rows } = await client.query(selectLockRows(schema, lockTable));
            if (rows.length === 0)
                await client.query(insertLockRow(schema, lockTable));
        },
        async read(client) {
            const { rows } = await client.query(queries_selectApplied(schema, table));
            return rows.map((row) => ({ id: row.name, batch: row.batch ?? 0 }));
        },
        async write(db, migration, direction, run) {
            if (direction === 'up')
                await db.query(queries_insertRun(schema, table), [run.batch, new Date(), migration.id]);
            else
                await db.query(queries_deleteRun(schema, table), [migration.id]);
        },
        lock: {
            acquire: (client, waitMs) => takeKnexLock(client, schema, lockTable, display, waitMs),
            async release(client) {
                await client.query(freeLock(schema, lockTable)).catch((error) => {
                    throw new Error(`${display} still says is_locked = 1 (${error.message}): release it with \`npx knex migrate:unlock\``);
                });
            },
        },
        ...(searchPath?.length
            ? { sessionSetup: [`set search_path to ${searchPath.map(sql_quoteIdent).join(',')}`] }
            : {}),
        relations: {
            tables: [`${schema}.${table}`, `${schema}.${lockTable}`],
            // The serial columns' sequences: their locks are the ledger writes', not the migration's.
            sequences: [`${schema}.${table}_id_seq`, `${schema}.${lockTable}_index_seq`],
        },
    };
}
/**
 * Takes knex's lock row as knex does (`update … set is_locked = 1 where is_locked = 0`, exactly
 * one row), committed, so other knex runs see it held. A knex run that holds the row inside its
 * own transaction (knex runs a batch of transactional migrations in one) is waited for, polling
 * with a short lock_timeout (see ADR 0001: no session of db-deploy waits inside a statement); a
 * row that says is_locked = 1 is refused, as knex refuses it.
 * @returns false when the lock table does not exist yet (ensure creates it, then again)
 */
async function takeKnexLock(client, schema, lockTable, display, waitMs) {
    if (!(await checksums_relationExists(client, schema, lockTable)))
        return false;
    const started = Date.now();
    for (let pause = 100;; pause = Math.min(pause * 2, 2000)) {
        await client.query('BEGIN');
        try {
            await client.query(LOCK_ROW_TIMEOUT);
            const { rows } = await client.query(selectLockRows(schema, lockTable));
            if (rows.length === 0)
                await client.query(insertLockRow(schema, lockTable));
            const { rowCount } = await client.query(takeLock(schema, lockTable));
            if (rowCount === 1) {
                await client.query('COMMIT');
                return true;
            }
            await client.query('ROLLBACK');
            throw new errors/* DbDeployError */.WV('knex-lock-held', `knex's lock ${display} is held (is_locked = 1): a knex migration run is in progress, or one stopped without releasing it`, {
                where: display,
                hint: 'wait for that run to finish; if none is running, release the lock with `npx knex migrate:unlock` and run again',
            });
        }
        catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            if (!isLockTimeout(error))
                throw error;
            if (Date.now() - started >= waitMs) {
                throw new errors/* DbDeployError */.WV('lock-wait-timeout', `gave up waiting for knex's lock ${display}: a knex migration run held it for longer than lock-wait-timeout`, { where: display, hint: 'wait for the knex run to finish, or raise lock-wait-timeout' });
            }
            await sleep(pause);
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(98995);
;// CONCATENATED MODULE: ./src/core/migrations/formats/knex/library.ts




const libraries = new Map();
/**
 * The knex for a project directory (the knexfile's): resolved from it as Node resolves
 * `require('knex')` there, else the bundled one. Loaded once per directory and process.
 * @param baseDir the checkout, to show the path relative to it
 */
function knexLibrary(projectDir, baseDir) {
    let found = libraries.get(projectDir);
    if (!found) {
        found = load(projectDir, baseDir);
        libraries.set(projectDir, found);
    }
    return found;
}
async function load(projectDir, baseDir) {
    const projectRequire = (0,external_node_module_.createRequire)((0,external_node_path_.join)(projectDir, 'package.json'));
    let main;
    try {
        main = projectRequire.resolve('knex');
    }
    catch {
        main = undefined;
    }
    if (main) {
        const mod = projectRequire(main);
        const version = await packageVersion((0,external_node_path_.dirname)(main));
        return {
            factory: mod.knex ?? mod,
            version,
            origin: `the project's own knex ${version} (${(0,external_node_path_.relative)(baseDir, installedAt(projectDir) ?? (0,external_node_path_.dirname)(main)) || '.'})`,
        };
    }
    // Bundled: a chunk of its own in the ncc bundle, loaded only for knex projects.
    const mod = (await Promise.all(/* import() */[__nccwpck_require__.e(190), __nccwpck_require__.e(861)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 31190, 23)));
    const pkg = (await __nccwpck_require__.e(/* import() */ 814).then(__nccwpck_require__.t.bind(__nccwpck_require__, 69814, 19)));
    const version = pkg.default.version;
    return {
        factory: (mod.knex ?? mod.default),
        version,
        origin: `db-deploy's bundled knex ${version} (the project has none in node_modules)`,
    };
}
/** Where Node finds `knex` from a directory: the nearest node_modules/knex (links not followed). */
function installedAt(dir) {
    for (let at = dir;; at = (0,external_node_path_.dirname)(at)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, 'node_modules', 'knex')))
            return (0,external_node_path_.join)(at, 'node_modules', 'knex');
        if ((0,external_node_path_.dirname)(at) === at)
            return undefined;
    }
}
async function packageVersion(dir) {
    for (let at = dir;; at = (0,external_node_path_.dirname)(at)) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(at, 'package.json'), 'utf8').catch(() => undefined);
        if (text) {
            const pkg = JSON.parse(text);
            if (pkg.name === 'knex')
                return pkg.version ?? 'unknown';
        }
        if ((0,external_node_path_.dirname)(at) === at)
            return 'unknown';
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/knex/connection.ts
/** The connection object knex is given. */
class Connection {
    send;
    options;
    sent;
    /** The stack saved when the builder being run was created (knex's asyncStackTraces). */
    pendingStack;
    transactionOpen = false;
    constructor(send, options, sent) {
        this.send = send;
        this.options = options;
        this.sent = sent;
    }
    query(config, callback) {
        const text = typeof config === 'string' ? config : config.text;
        const values = typeof config === 'string' ? [] : (config.values ?? []);
        const line = lineIn(this.pendingStack, this.options.path);
        this.pendingStack = undefined;
        const answered = this.answerOwnControl(text);
        if (answered) {
            callback(null, answered);
            return;
        }
        this.sent.push(line === undefined ? { sql: text } : { sql: text, line });
        this.send(text, values).then((result) => callback(null, result), (error) => callback(error));
    }
    /** knex's outermost transaction control, when the engine holds the transaction. */
    answerOwnControl(text) {
        if (!this.options.engineTransaction)
            return undefined;
        const statement = text.trim().toUpperCase();
        if (!this.transactionOpen && /^BEGIN(?: TRANSACTION[^;]*)?;$/.test(statement)) {
            this.transactionOpen = true;
            return { command: 'BEGIN', rows: [], rowCount: null };
        }
        if (this.transactionOpen && (statement === 'COMMIT;' || statement === 'ROLLBACK')) {
            this.transactionOpen = false;
            return { command: statement.replace(';', ''), rows: [], rowCount: null };
        }
        return undefined;
    }
}
/** The 1-based line of the migration file in a saved stack, if it shows one. */
function lineIn(stack, path) {
    if (!stack?.stack)
        return undefined;
    for (const frame of stack.stack.split('\n')) {
        const at = frame.lastIndexOf(path);
        if (at < 0)
            continue;
        const line = /^:(\d+)(?::\d+)?/.exec(frame.slice(at + path.length))?.[1];
        if (line)
            return Number(line);
    }
    return undefined;
}
/**
 * A knex instance of `library` whose queries go to `send`. Its dialect client is subclassed
 * per instance: the connection is always this one (a transaction's client inherits it), and each
 * runner notes the stack its builder saved, so each statement is attributed to its line.
 */
function bindKnex(library, send, options) {
    const sent = [];
    const connection = new Connection(send, options, sent);
    const probe = library.factory({ client: 'pg' });
    const Dialect = probe.client.constructor;
    class Bound extends Dialect {
        async acquireConnection() {
            return connection;
        }
        async releaseConnection() { }
        runner(builder) {
            const runner = super.runner(builder);
            const query = runner.query.bind(runner);
            runner.query = (obj) => {
                connection.pendingStack = builder._asyncStack
                    ?.error;
                return query(obj);
            };
            return runner;
        }
    }
    const knex = library.factory({
        ...options.knexOptions,
        client: Bound,
        // Builders save the stack they were made in: the line of the migration that built each statement.
        asyncStackTraces: true,
    });
    const inline = (statement, values) => values.length === 0
        ? statement
        : statement.replace(/\$(\d+)/g, (match, n) => {
            const index = Number(n) - 1;
            return index < values.length ? knex.client._escapeBinding(values[index]) : match;
        });
    return { knex, sent, inline };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/knex/module.ts





/**
 * Loads a knex migration module (jiti: CommonJS or ESM `.js`, `.cjs`, `.mjs`, `.ts`), refusing
 * one of another tool, and one without both `up` and `down` — knex refuses it too ("Invalid
 * migration: … must have both an up and down function"). Its metadata block is read onto the
 * migration.
 */
async function loadKnexModule(migration) {
    refuseForeignCode(migration, 'knex');
    const mod = await importMigration(migration, "fix the syntax or the imports of the migration file (and install the project's packages before db-deploy runs)");
    if (typeof mod.up !== 'function' || typeof mod.down !== 'function') {
        throw new errors/* DbDeployError */.WV('migration-load-failed', `migration ${migration.name} must export both an up and a down function, as knex requires`, {
            where: migration.file,
            hint: 'export `up` and `down`, e.g. `exports.up = (knex) => knex.schema.createTable(…)`',
        });
    }
    migration.declared = readDeclared(mod, migration.content);
    migration.down = 'yes';
    return { up: mod.up, down: mod.down };
}
/**
 * Runs a knex migration's function on `db` through a knex bound to it. In a transaction
 * (`engineTransaction`), the function gets a knex transaction as knex's Migrator gives it one —
 * whose BEGIN and COMMIT are the engine's, so the ledger row, the lock observation and the
 * retries share it; outside one, the knex instance itself, each statement on its own.
 */
async function runOnDatabase(library, action, migration, db, options) {
    const values = [];
    const send = async (text, given) => {
        values.push(given);
        return (await (given.length ? db.query(text, [...given]) : db.query(text)));
    };
    const bound = bindKnex(library, send, {
        engineTransaction: options.engineTransaction,
        path: migration.path,
        knexOptions: options.knexOptions,
    });
    if (options.engineTransaction)
        await bound.knex.transaction(async (trx) => {
            await action(trx);
        });
    else
        await action(bound.knex);
    return {
        steps: [],
        transactional: options.engineTransaction,
        reasons: options.engineTransaction ? [] : [options.reason ?? 'its configuration'],
        queried: bound.sent.length,
        sent: bound.sent.map((s, i) => ({ ...s, sql: bound.inline(s.sql, values[i] ?? []) })),
    };
}
/** Statements that read the database: answered with no rows when there is none. */
const READS = /^\s*(?:select|with|show|table|values)\b|\breturning\b/i;
/**
 * The SQL a knex migration's function sends, without a database: through a knex whose queries
 * are recorded and answered with empty results, never run. Code that reads the database
 * (`hasTable`, a select) sees no rows: the result says so, so that lint gives a notice. Code
 * that fails on those empty results cannot be analysed: the reason comes back.
 */
async function renderWithoutDatabase(library, action, migration, options) {
    let reads = 0;
    const values = [];
    const send = async (text, given) => {
        values.push(given);
        if (READS.test(text))
            reads += 1;
        const command = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase();
        return { command, rows: [], rowCount: 0, fields: [] };
    };
    const bound = bindKnex(library, send, {
        engineTransaction: options.transactional,
        path: migration.path,
        knexOptions: options.knexOptions,
    });
    try {
        if (options.transactional)
            await bound.knex.transaction(async (trx) => {
                await action(trx);
            });
        else
            await action(bound.knex);
    }
    catch (error) {
        return {
            ok: false,
            reason: `it fails when its queries find an empty database (${error.message.split('\n')[0]})`,
        };
    }
    const sent = bound.sent.map((s, i) => ({ ...s, sql: bound.inline(s.sql, values[i] ?? []) }));
    return {
        ok: true,
        outcome: {
            steps: sent.map((s) => s.sql),
            transactional: options.transactional,
            reasons: options.transactional ? [] : [options.reason ?? 'its configuration'],
            queried: 0,
            sent,
            ...(reads
                ? {
                    assumptions: [
                        `${reads} of its queries read the database, and without one they found nothing (no table, no rows): on a real database its code may send other SQL`,
                    ],
                }
                : {}),
        },
    };
}
/** The function of a direction. */
function actionOf(module, direction) {
    return direction === 'up' ? module.up : module.down;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/knex/index.ts







/** knex's CLI switch and knexfile option that run every migration without a transaction. */
const DISABLE_TRANSACTIONS = 'migrations.disableTransactions';
/**
 * knex: JS/TS modules exporting `up(knex)` and `down(knex)` (and optionally `config`), listed
 * from the knexfile's migration directories, recorded in `knex_migrations` by file name and batch.
 * Each migration runs through a knex (the project's own, else db-deploy's) bound to db-deploy's
 * connection: in the engine's transaction unless `exports.config.transaction` is false or the
 * knexfile disables transactions, which knex decides before a migration runs, as here. A fresh
 * instance per run (it keeps the modules it loaded).
 */
function knexFormat() {
    let settings;
    let baseDir = process.cwd();
    let library;
    const loaded = new Map();
    const loadedOf = (migration) => {
        const found = loaded.get(migration.path);
        if (!found)
            throw new Error(`${migration.name} was not prepared`);
        return found;
    };
    const configure = async (request) => {
        baseDir = request.baseDir;
        const knexfile = await findKnexfile(request);
        const read = knexfile
            ? await readKnexfile(knexfile, request.environment)
            : defaultSettings(request.baseDir);
        if (request.migrationsDir)
            read.directories = [request.migrationsDir];
        if (request.migrationsTable)
            read.tableName = request.migrationsTable;
        settings = read;
        const schema = request.schema ?? read.schemaName ?? read.searchPath?.[0] ?? knexfile_KNEX_LEDGER.schema;
        return {
            format: 'knex',
            migrationsDir: read.directories[0],
            migrationsDirs: read.directories,
            ledger: { schema, table: read.tableName, checksums: `${read.tableName}_checksums` },
            source: knexfile
                ? `${knexfile.display}${read.environment ? `, environment ${read.environment}` : ''}`
                : "knex's defaults (no knexfile)",
        };
    };
    const current = async () => settings ?? (await configure({ baseDir }), settings);
    /** Whether a migration runs in a transaction, as knex decides it (Migrator `_useTransaction`). */
    const transactionOf = (migration, s) => {
        const declared = migration.declared?.transaction;
        if (declared !== undefined)
            return { transactional: declared, reason: declared ? undefined : NO_TRANSACTION_DECLARED };
        return s.disableTransactions
            ? { transactional: false, reason: DISABLE_TRANSACTIONS }
            : { transactional: true, reason: undefined };
    };
    return {
        name: 'knex',
        configure,
        async list(config, base) {
            baseDir = base;
            const s = await current();
            return listKnexMigrations({ ...s, directories: [...(config.migrationsDirs ?? [config.migrationsDir])] }, base);
        },
        isMigrationPath: (path) => isKnexMigrationFile((0,external_node_path_.basename)(path), settings ?? defaultSettings(baseDir)),
        async readOne(path, base) {
            baseDir = base;
            await current();
            return readKnexMigration((0,external_node_path_.resolve)(path), base);
        },
        async prepare(needed, _all, logger) {
            const s = await current();
            for (const migration of needed) {
                if (!loaded.has(migration.path))
                    loaded.set(migration.path, await loadKnexModule(migration));
            }
            if (needed.length > 0 && !library) {
                library = await knexLibrary(s.knexfile ? (0,external_node_path_.dirname)(s.knexfile.path) : baseDir, baseDir);
                logger?.info(`knex: ${library.origin}`);
            }
        },
        body(migration, direction) {
            const module = loadedOf(migration);
            const s = settings;
            const lib = library;
            const { transactional, reason } = transactionOf(migration, s);
            const action = actionOf(module, direction);
            const run = (engineTransaction) => (db) => runOnDatabase(lib, action, migration, db, {
                engineTransaction,
                reason,
                knexOptions: s.knexOptions,
            });
            return transactional
                ? { kind: 'code', transaction: 'transaction', run: run(true) }
                : { kind: 'code', transaction: 'none', reason, run: run(false) };
        },
        async renderCode(migration, direction) {
            const s = await current();
            const { transactional, reason } = transactionOf(migration, s);
            return renderWithoutDatabase(library, actionOf(loadedOf(migration), direction), migration, {
                transactional,
                reason,
                knexOptions: s.knexOptions,
            });
        },
        ledger: (config) => knexLedger(config.ledger, settings?.searchPath),
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/index.ts










/** A fresh instance of a format (formats keep what they load during one run). */
function createFormat(name) {
    switch (name) {
        case 'node-pg-migrate':
            return nodePgMigrateFormat();
        case 'dbmate':
            return dbmateFormat();
        case 'golang-migrate':
            return golangMigrateFormat();
        case 'goose':
            return gooseFormat();
        case 'flyway':
            return flywayFormat();
        case 'prisma':
            return prismaFormat();
        case 'drizzle':
            return drizzleFormat();
        case 'diesel':
            return dieselFormat();
        case 'knex':
            return knexFormat();
        default:
            return (0,errors/* assertNever */.xb)(name);
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/set.ts





/** A fresh instance of the format a request names or shows (see detect.ts). */
async function chooseFormat(choice, request) {
    return createFormat((await detectFormat(choice, request)).name);
}
/** Picks the format, resolves its configuration and lists the migrations (no code runs). */
async function openMigrationSet(options, logger) {
    const baseDir = options.baseDir ?? process.cwd();
    const request = {
        baseDir,
        migrationsDir: options.migrationsDir || undefined,
        migrationsTable: options.migrationsTable || undefined,
        schema: options.schema || undefined,
        databaseUrl: options.databaseUrl || undefined,
        placeholders: options.placeholders,
        environment: options.environment || undefined,
    };
    return openDetected(await detectFormat(options.format ?? 'auto', request), request, logger);
}
/**
 * The set read as the format whose ledger the database holds, when the repository showed no
 * format and detection could not ask the database (see detectFromDatabase); the set as it was
 * otherwise. Reads only.
 */
async function reopenByLedger(set, options, client, logger) {
    if (!set.formatFallback || (options.format ?? 'auto') !== 'auto')
        return set;
    const found = await detectFromDatabase((schema, table) => relationExists(client, schema, table));
    if (!found || found.name === set.format.name)
        return set;
    const request = {
        baseDir: set.baseDir,
        migrationsDir: options.migrationsDir || undefined,
        migrationsTable: options.migrationsTable || undefined,
        schema: options.schema || undefined,
        databaseUrl: options.databaseUrl || undefined,
        placeholders: options.placeholders,
        environment: options.environment || undefined,
    };
    logger?.info(`migration format: ${found.name} (${found.reason})`);
    return openDetected(found, request, logger);
}
async function openDetected(detected, request, logger) {
    const { baseDir } = request;
    // Detection found the migrations where the tool keeps them by default.
    request.migrationsDir ??= detected.migrationsDir;
    const format = createFormat(detected.name);
    const config = await format.configure(request);
    // Identifiers no quoting makes usable are refused before anything connects.
    checkBookkeepingName('schema', config.ledger.schema);
    checkBookkeepingName('migrations-table', config.ledger.table);
    const migrations = await format.list(config, baseDir);
    logger?.debug(`migration format: ${detected.name} (${detected.reason})`);
    if (config.source)
        logger?.info(`${detected.name} configuration: ${config.source}`);
    const displayDirs = (config.migrationsDirs ?? [config.migrationsDir]).map((dir) => (0,external_node_path_.relative)(baseDir, dir) || '.');
    return {
        format,
        formatReason: detected.reason,
        formatFallback: detected.fallback === true,
        config,
        ledger: format.ledger(config, migrations),
        migrations,
        baseDir,
        displayDir: displayDirs.join(', '),
        displayDirs,
    };
}

;// CONCATENATED MODULE: ./src/core/lint/files.ts










/**
 * Lints one migration: a SQL migration by its up section, at the lines of its file; a migration
 * written as code through the SQL its tool's API object builds for its `up` (without a
 * database), reported at the line of its `up` function. A migration whose SQL cannot be built
 * without a database is an error finding: it was not analysed, so it cannot pass.
 */
async function lintMigration(file, options) {
    await parse_loadParser();
    if (file.sql) {
        const section = file.sql.up;
        return lintSql(section.sql, {
            file: file.file,
            pgVersion: options.pgVersion,
            strategy: options.strategy,
            createdInDeploy: options.createdInDeploy,
            knownNames: options.knownNames,
            rules: options.rules,
            offset: section.offset,
            fileText: file.content,
            // A `-- db-deploy:no-transaction` file runs statement by statement.
            transactional: file.sql.noTransaction ? false : undefined,
            onSuppressed: options.onSuppressed,
        });
    }
    const line = upFunctionLine(file.content);
    let generated;
    try {
        const all = options.all?.includes(file) ? options.all : [file];
        await options.format.prepare([file], all);
        // What ran on the scratch database, when it ran there; else what a recording database makes of it.
        generated = options.sent
            ? ranStatements(options.format, file, options.sent)
            : await renderMigration(options.format, file, 'up');
    }
    catch (error) {
        const message = error instanceof errors/* DbDeployError */.WV ? error.message : error.message;
        return [
            syntheticFinding(file, line, 'migration-load-failed', 'error', message, 'fix the migration module so that it loads'),
        ];
    }
    const suppressions = moduleSuppressions(file.content);
    if (!generated.ok) {
        const finding = syntheticFinding(file, line, 'not-analysable', 'error', `the SQL of ${file.name} cannot be built without a database (${generated.reason}), so it was not linted`, 'keep data-dependent logic out of schema migrations (a separate data migration or script), or, once validate has applied it on a scratch database, silence it with // db-deploy-ignore not-analysable: <reason>');
        const silenced = suppressions.some((s) => s.rules.includes(finding.rule));
        if (silenced)
            options.onSuppressed?.(finding);
        const known = new Set([...RULE_IDS, finding.rule]);
        return [
            ...suppressions.flatMap((s) => suppressionNotices(file.file, s, known)),
            ...(silenced ? [] : [finding]),
        ];
    }
    const assumed = generated.assumptions?.length
        ? [
            syntheticFinding(file, line, 'built-without-data', 'notice', `the SQL of ${file.name} was built without a database: ${generated.assumptions.join('; ')}`, 'validate runs it on a scratch database and lints the SQL it actually sends there'),
        ]
        : [];
    const lineAt = generated.statements?.some((s) => s.line !== undefined)
        ? statementLines(generated.statements, line)
        : undefined;
    return [
        ...suppressions.flatMap((s) => suppressionNotices(file.file, s, RULE_IDS)),
        ...assumed,
        ...lintSql(generated.sql, {
            file: file.file,
            pgVersion: options.pgVersion,
            strategy: options.strategy,
            createdInDeploy: options.createdInDeploy,
            ...(lineAt ? { lineAt } : { fixedLine: line }),
            knownNames: options.knownNames,
            rules: options.rules,
            transactional: generated.transactional,
            ignoredRules: suppressions.flatMap((s) => s.rules),
            onSuppressed: options.onSuppressed,
        }),
    ];
}
/** The statements a prepared migration's up sent when it ran, as a rendering of it. */
function ranStatements(format, file, sent) {
    const body = format.body(file, 'up');
    const transactional = body?.kind !== 'code' || body.transaction !== 'none';
    return {
        ok: true,
        sql: joinSteps(sent.map((s) => s.sql)),
        statements: sent,
        transactional,
        reasons: transactional || body?.kind !== 'code' ? [] : [body.reason ?? 'its configuration'],
    };
}
/**
 * The file line of an offset of `joinSteps(statements)`: the line of the call that built the
 * statement it falls in, else `fallback` (the `up` function's line).
 */
function statementLines(statements, fallback) {
    const ends = [];
    let at = 0;
    for (const statement of statements) {
        at += joinSteps([statement.sql]).length + 1;
        ends.push({ end: at, line: statement.line ?? fallback });
    }
    return (offset) => ends.find((e) => offset < e.end)?.line ?? fallback;
}
/**
 * Lints migrations, in order, and returns every finding. A table an earlier file creates counts
 * as new only with `options.createdInDeploy` (the files may be the whole history).
 */
async function lintMigrations(files, options) {
    const findings = [];
    for (const file of files)
        findings.push(...(await lintMigration(file, { all: files, ...options })));
    return findings;
}
/**
 * The long names (63 bytes and more) that `.sql` migrations give to objects: the schema they leave
 * behind holds them cut to 63 bytes, and a new migration's name that is cut to the same clashes.
 * Only files with a run of name characters that long are parsed. JS/TS migrations are left out:
 * their SQL is built by running them (lint them with the rest to include them).
 */
async function collectKnownNames(files) {
    const known = new Map();
    await loadParser();
    for (const file of files) {
        const sql = file.kind === 'sql' ? file.sql?.up.sql : undefined;
        if (!sql || !mayHoldLongName(sql))
            continue;
        const parsed = parseSql(sql);
        if (parsed.ok)
            rememberNames(parsed.statements, known, file.file);
    }
    return known;
}
/**
 * The migrations named on a command line, read through their format: files as given,
 * directories expanded to their migrations in application order; none named: the detected
 * tool's migrations directory.
 */
async function collectMigrationFiles(paths, baseDir, choice = 'auto') {
    if (paths.length === 0)
        return openMigrationSet({ format: choice, baseDir });
    const migrations = [];
    let format;
    for (const given of paths) {
        const path = (0,external_node_path_.resolve)(baseDir, given);
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info) {
            throw new errors/* DbDeployError */.WV('path-missing', `"${given}" does not exist`, {
                hint: 'name migration files or directories that exist (relative to the current directory)',
            });
        }
        if (info.isDirectory()) {
            const set = await openMigrationSet({ format: choice, migrationsDir: path, baseDir });
            format ??= set.format;
            migrations.push(...set.migrations);
            continue;
        }
        format ??= await chooseFormat(choice, { baseDir, migrationsDir: (0,external_node_path_.dirname)(path) });
        if (!format.isMigrationPath((0,external_node_path_.relative)(baseDir, path))) {
            throw new errors/* DbDeployError */.WV('not-a-migration', `"${given}" is not a migration file`, {
                hint: `name a ${format.name} migration file, or set --migration-format to its tool`,
            });
        }
        migrations.push(await format.readOne(path, baseDir));
    }
    format ??= await chooseFormat(choice, { baseDir });
    return { format, migrations };
}
/** The collation `localeCompare` uses, made once (localeCompare makes one per call). */
const byLocale = new Intl.Collator();
/** Highest severity first, then file and line. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) ||
        byLocale.compare(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column);
}
/** 1-based line of a JS/TS migration's `up` function (1 when it cannot be found). */
function upFunctionLine(content) {
    const lines = content.split('\n');
    const index = lines.findIndex((l) => /\b(?:exports\.up|export\s+(?:async\s+)?function\s+up|export\s+const\s+up|up\s*[:=]\s*(?:async\s*)?\(?)/.test(l));
    return index >= 0 ? index + 1 : 1;
}
/** A finding about a migration as a whole, at one line of its file (not from parsing its SQL). */
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

;// CONCATENATED MODULE: ./src/core/version.ts
/** The db-deploy version, shown in every summary footer. Kept equal to package.json by a unit test. */
const VERSION = '0.1.0';

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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
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
    return isAbsolute(path) ? path : resolve(process.cwd(), path);
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
/**
 * The options every command that connects to the migrations' database takes (its help and its
 * parser's options, through commandOptions), from the inputs migrate and validate share (the
 * CLI's --dir, --format and --placeholder are their migrations-dir, migration-format and
 * placeholders).
 */
const CONNECTION_HELP = [
    { input: 'database-url', arg: 'URL', text: 'connection URL', fallback: '$DATABASE_URL' },
    { input: 'migrations-dir', flag: 'dir', arg: 'DIR', fallback: "the format's, e.g. migrations" },
    { input: 'migration-format', flag: 'format', arg: 'NAME' },
    {
        input: 'placeholders',
        flag: 'placeholder',
        arg: 'NAME=VALUE',
        text: "a value for the tool's placeholders (Flyway's ${NAME}); repeatable",
        repeat: true,
    },
    { input: 'connect-timeout', arg: 'D' },
    { input: 'migrations-table', arg: 'NAME', fallback: "the format's, e.g. pgmigrations" },
    { input: 'schema', arg: 'NAME', fallback: "the format's, e.g. public" },
    { input: 'knex-environment', arg: 'ENV', fallback: '$NODE_ENV, else development' },
];
/**
 * Where the migrations are and how to connect: every option of CONNECTION_HELP but the URL.
 * Empty locations mean the format's own configuration or default.
 */
function locationOptions(v, command) {
    const d = MIGRATE_DEFAULTS;
    return {
        format: choiceOption(v.format ?? d.format, FORMAT_CHOICES, 'format', command),
        migrationsDir: v.dir ? pathOption(v.dir, '') : undefined,
        baseDir: process.cwd(),
        connectTimeoutMs: durationOption(v['connect-timeout'], 'connect-timeout', declaredMs('migrate', 'connect-timeout')),
        migrationsTable: v['migrations-table'] || undefined,
        schema: v.schema || undefined,
        placeholders: parsePlaceholders(v.placeholder ?? [], '--placeholder'),
        environment: v['knex-environment'] || undefined,
    };
}
/**
 * The options every command takes to find the migrations and their database, parsed once; the
 * URL's secrets are registered for redaction before anything else can print.
 */
function connectionOptions(v, secrets, command) {
    const databaseUrl = databaseUrlOption(v['database-url']);
    secrets.push(...secretsOf(databaseUrl));
    return { databaseUrl, ...locationOptions(v, command) };
}
/** One of a fixed set of values; anything else is a usage error (exit code 2). */
function choiceOption(value, allowed, name, command) {
    if (!allowed.includes(value))
        throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`, command);
    return value;
}

;// CONCATENATED MODULE: ./src/cli/lint-watch.ts




/** How long to wait after a change before linting again (an editor's save writes in bursts). */
const SETTLE_MS = 20;
/**
 * `db-deploy lint --watch`: lints, then lints again whenever a watched file or directory changes,
 * until SIGINT or SIGTERM (exit 0). The process stays warm: PostgreSQL's parser is loaded once,
 * and only files whose text changed are linted again. Each run prints the whole set of findings
 * (`format` renders them; JSON is one line per run); a failure of one run (a path that went
 * away) is one line on stderr, and the watch goes on.
 */
async function watchLint(paths, options, choice, render, io) {
    const known = new Map();
    const lintAll = async () => {
        const { format, migrations: files } = await collectMigrationFiles(paths, process.cwd(), choice);
        const seen = new Set();
        const findings = [];
        for (const file of files) {
            seen.add(file.path);
            let entry = known.get(file.path);
            if (entry?.content !== file.content) {
                const findings = await lintMigration(file, { ...options, format, all: files });
                entry = { content: file.content, findings };
                known.set(file.path, entry);
            }
            findings.push(...entry.findings);
        }
        for (const path of known.keys())
            if (!seen.has(path))
                known.delete(path);
        io.out(render(sortFindings(findings)));
    };
    let running;
    let again = false;
    const run = async () => {
        if (running) {
            again = true;
            return;
        }
        running = lintAll().catch((error) => io.err(`db-deploy lint: ${(0,errors/* describeError */.Uc)(error)}`));
        await running;
        running = undefined;
        if (again) {
            again = false;
            await run();
        }
    };
    let timer;
    const changed = () => {
        clearTimeout(timer);
        timer = setTimeout(() => void run(), SETTLE_MS);
    };
    // Watching starts before the first run, so that a change during it is not missed.
    const watchers = paths.map((path) => (0,external_node_fs_.watch)((0,external_node_path_.resolve)(path), changed));
    await run();
    await new Promise((done) => {
        for (const signal of ['SIGINT', 'SIGTERM'])
            process.once(signal, () => done());
    });
    clearTimeout(timer);
    for (const watcher of watchers)
        watcher.close();
    await running;
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/preamble.ts


/**
 * The opening every command shares: parse argv strictly (a usage error exits 2), answer --help
 * (undefined: the help was printed, exit 0), then take the connection URL and register every
 * URL's secrets before anything can print.
 */
function commandPreamble(argv, io, spec) {
    const parsed = parseCommandArgs(argv, spec.options, spec.command, spec.allowPositionals);
    const values = parsed.values;
    if (values.help) {
        io.out(spec.help);
        return undefined;
    }
    const given = values['database-url'];
    const databaseUrl = spec.databaseUrl === 'required'
        ? databaseUrlOption(given)
        : spec.databaseUrl === 'optional'
            ? (given ?? process.env.DATABASE_URL)
            : undefined;
    if (databaseUrl)
        io.secrets.push(...(0,db_url/* secretsOf */.Fj)(databaseUrl));
    for (const name of spec.secretUrls ?? []) {
        const value = values[name];
        for (const url of Array.isArray(value) ? value : [value])
            if (typeof url === 'string' && url)
                io.secrets.push(...(0,db_url/* secretsOf */.Fj)(url));
    }
    return {
        ...parsed,
        databaseUrl: databaseUrl,
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/lint.ts






const LINT_HELP = `Usage: db-deploy lint [files or directories...] [options]

Lints migrations with PostgreSQL's own parser: locks that block traffic, table rewrites,
data loss, changes that break running code. A directory is expanded to its migration files;
a SQL migration is linted by its up section (as its tool splits the file), JS/TS migrations
through the SQL they generate (knex: through a knex whose queries are recorded, not run).
Default: the migrations directory of the detected tool (e.g. "migrations" for node-pg-migrate,
knex and Diesel, "db/migrations" for dbmate, golang-migrate and goose, "prisma/migrations",
"drizzle", Flyway's location).

Options:
  --format F        text (default), json, github (workflow annotations) or sarif
  --migration-format NAME
                    migration tool's format: auto (default), node-pg-migrate, knex,
                    dbmate, golang-migrate, goose, flyway, prisma, drizzle or diesel
  --pg-version N    PostgreSQL major the migrations will run on (default: ${NEWEST_PG_VERSION})
  --strategy S      how they reach production: in-place (default, on the live database) or
                    blue-green (on a copy fed by logical replication: adds the rules that keep
                    migrations replication-compatible; each file is judged on its own)
  --fail-on LEVEL   exit 1 on findings at or above: error (default), warning, never
  --enable-rule ID  also run an opt-in rule (off by default; repeat for several)
  --watch           lint again whenever a file changes, until interrupted (exit 0);
                    the parser stays loaded, only changed files are linted again, and
                    --format json prints one line per run
  --list-rules      print every rule with its severity and exit
  -h, --help        show this help
Silence one statement: put "-- db-deploy-ignore <rule-id>: reason" on the line above it.
Exit code: 0 when nothing reaches --fail-on, 1 otherwise, 2 on a usage error.`;
const OPTIONS = {
    format: { type: 'string' },
    'migration-format': { type: 'string' },
    'pg-version': { type: 'string' },
    strategy: { type: 'string' },
    'fail-on': { type: 'string' },
    'enable-rule': { type: 'string', multiple: true },
    'list-rules': { type: 'boolean' },
    watch: { type: 'boolean' },
};
/** `db-deploy lint`. Returns the exit code. */
async function lintCommand(argv, io) {
    const parsed = commandPreamble(argv, io, {
        command: 'lint',
        options: OPTIONS,
        help: LINT_HELP,
        allowPositionals: true,
    });
    if (!parsed)
        return 0;
    const { values: v, positionals } = parsed;
    if (v['list-rules']) {
        io.out(RULES.map((r) => {
            const only = r.strategies
                ? ` (--strategy ${r.strategies.join(', ')})`
                : r.optIn
                    ? ` (off by default: --enable-rule ${r.id})`
                    : '';
            return `${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.description}${only}`;
        }).join('\n'));
        return 0;
    }
    const format = choiceOption(v.format ?? 'text', LINT_FORMATS, 'format', 'lint');
    const failOn = choiceOption(v['fail-on'] ?? 'error', FAIL_ON, 'fail-on', 'lint');
    const pgVersion = integerOption(v['pg-version'], 'pg-version', 9) ?? NEWEST_PG_VERSION;
    const strategy = choiceOption(v.strategy ?? 'in-place', DEPLOY_STRATEGIES, 'strategy', 'lint');
    const optIn = RULES.filter((r) => r.optIn).map((r) => r.id);
    const enabled = (v['enable-rule'] ?? []).map((id) => choiceOption(id, optIn, 'enable-rule', 'lint'));
    // Without paths: the detected tool's own directory (--watch watches "migrations").
    const paths = positionals.length ? positionals : ['migrations'];
    const choice = choiceOption(v['migration-format'] ?? 'auto', detect_FORMAT_CHOICES, 'migration-format', 'lint');
    const options = { pgVersion, strategy, rules: rulesWith(enabled) };
    if (v.watch)
        return watchLint(paths, options, choice, (found) => (format === 'json' ? JSON.stringify(found) : formatFindings(found, format, RULES)), io);
    const { format: migrationFormat, migrations } = await collectMigrationFiles(positionals, process.cwd(), choice);
    const findings = sortFindings(await lintMigrations(migrations, { ...options, format: migrationFormat }));
    const output = formatFindings(findings, format, RULES);
    if (output)
        io.out(output);
    return reachesFailOn(findings, failOn) ? 1 : 0;
}


/***/ }),

/***/ 34065:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_wasm_tiering_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37418);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(69137);
/* harmony import */ var _commands_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(42951);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(96657);
// The `db-deploy lint` bundle (lint.js beside the loader): the lint command alone, so that a
// linter run loads neither the database client nor the other commands (see BENCHMARKS.md,
// bench:lint). Must stay the first import (see the module).




// The loader passes the whole command line: `lint` and its arguments.
process.exitCode = await (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)('lint', _commands_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintCommand */ .D, process.argv.slice(3), (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .processIo */ .W)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 96657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIo)
/* harmony export */ });
/* unused harmony export cliLogger */

const processIo = () => ({
    out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    secrets: [],
});
/** Progress goes to stderr so that stdout stays machine-readable (--json). */
function cliLogger(io, verbose) {
    const clean = (m) => redact(m, io.secrets);
    return {
        debug: (m) => (verbose ? io.err(clean(m)) : undefined),
        info: (m) => io.err(clean(m)),
        warn: (m) => io.err(`warning: ${clean(m)}`),
        error: (m) => io.err(`error: ${clean(m)}`),
    };
}


/***/ }),

/***/ 45051:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   mx: () => (/* binding */ parseDatabaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

/** Query parameters that name the connection itself; resolved into DatabaseTarget's fields. */
const CONNECTION_PARAMS = new Set(['host', 'port', 'dbname', 'user', 'password']);
const SCHEMES = new Set(['postgres:', 'postgresql:']);
/**
 * The strings that must be masked before any other work: the URL, the password as written
 * in the URL (percent-encoded) and decoded, from `user:password@` or a `password=` parameter. Works on malformed URLs too, so a bad URL
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
    // ?password=… (libpq and node-postgres both read it): masked as written and decoded.
    for (const written of raw.matchAll(/[?&]password=([^&#]*)/gi)) {
        const value = written[1] ?? '';
        secrets.add(value);
        try {
            secrets.add(decodeURIComponent(value.replace(/\+/g, ' ')));
            secrets.add(decodeURIComponent(value));
        }
        catch {
            // an invalid escape: the written form is masked already
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
    const decode = (value, what) => {
        try {
            return decodeURIComponent(value);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} has an invalid percent-escape in its ${what}`, {
                hint,
            });
        }
    };
    const query = parsed.searchParams;
    /**
     * One value for each connection field: the URL's own part, or the same-named query
     * parameter (libpq reads both), never two different ones: tools would not agree on which wins.
     */
    const field = (what, param, own) => {
        const values = query.getAll(param);
        const fromQuery = values[0];
        if (values.length > 1 || (fromQuery !== undefined && own && fromQuery !== own))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} gives its ${what} twice, with different values`, {
                hint: `give the ${what} once, in the URL itself or as ?${param}=`,
            });
        return own || fromQuery || '';
    };
    const password = field('password', 'password', decode(parsed.password, 'user or password'));
    const user = field('user', 'user', decode(parsed.username, 'user or password'));
    const host = field('host', 'host', parsed.hostname.replace(/^\[(.*)\]$/, '$1'));
    if (!host)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} has no host`, { hint });
    const portText = field('port', 'port', parsed.port);
    const port = portText ? Number(portText) : 5432;
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DbDeployError */ .WV('bad-input', `${name} has an invalid port`, { hint });
    const database = field('database name', 'dbname', decode(parsed.pathname.replace(/^\//, ''), 'database name')) ||
        user ||
        'postgres';
    const params = {};
    for (const [key, value] of query)
        if (!CONNECTION_PARAMS.has(key))
            params[key] = value;
    return {
        url: raw,
        host,
        port,
        database,
        user,
        password,
        display: `${host}:${port}/${database}`,
        params,
    };
}


/***/ }),

/***/ 74296:
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

/***/ 37418:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
// Decision record: docs/adr/0007-webassembly-tiering-and-the-cli-loader.md (ADR 0007).
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

/***/ 84390:
/***/ ((module) => {

module.exports = eval("require")("pg-native");


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
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

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 83849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* unused harmony exports Client, Pool, Connection, types, Query, DatabaseError, escapeIdentifier, escapeLiteral, Result, TypeOverrides, defaults */
/* harmony import */ var _lib_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(13273);
// ESM wrapper for pg


// Re-export all the properties
const Client = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Client
const Pool = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Pool
const Connection = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Connection
const types = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.types
const Query = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Query
const DatabaseError = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.DatabaseError
const escapeIdentifier = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.escapeIdentifier
const escapeLiteral = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.escapeLiteral
const Result = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Result
const TypeOverrides = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.TypeOverrides

// Also export the defaults
const defaults = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.defaults

// Re-export the default
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (_lib_index_js__WEBPACK_IMPORTED_MODULE_0__);


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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(34065);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
