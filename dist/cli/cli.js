// db-deploy sources sha256:35f03f2a33fea49e73faecec1c91224612c949d98997c399f7a0735e1922bd60
import { fileURLToPath as __dbdFileURLToPath } from 'node:url';
import { dirname as __dbdDirname } from 'node:path';
const __filename = __dbdFileURLToPath(import.meta.url);
const __dirname = __dbdDirname(__filename);
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
const defaults = __nccwpck_require__(8995)
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

const defaults = __nccwpck_require__(8995)

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

/***/ 8995:
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
const defaults = __nccwpck_require__(8995)
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



const defaults = __nccwpck_require__(8995)
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

/***/ 8921:
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
    const ms = Math.round(Number(match[1]) * UNITS_MS[match[2]]);
    if (ms > MAX_DURATION_MS) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is longer than the longest timeout PostgreSQL and Node accept (${MAX_DURATION_MS}ms, about ${Math.floor(MAX_DURATION_MS / 3_600_000)}h)`, { hint: `use at most ${Math.floor(MAX_DURATION_MS / 3_600_000)}h (0 for no limit)` });
    }
    return ms;
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

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __nccwpck_require__(3849);
// EXTERNAL MODULE: ./node_modules/pg-connection-string/index.js
var pg_connection_string = __nccwpck_require__(6122);
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
/** Whether a schema exists. */
const SCHEMA_EXISTS = 'SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists';
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

;// CONCATENATED MODULE: ./src/core/db/scratch-marker.ts


/**
 * The schema validate keeps its marker in (the `marker` table: which database it claimed, and
 * whether its last run finished clean). It marks a disposable scratch database: migrate refuses
 * such a database and backup leaves the schema out.
 */
const SCRATCH_SCHEMA = 'db_deploy_scratch';
/** The marker table in SCRATCH_SCHEMA. */
const SCRATCH_MARKER_TABLE = 'marker';
/** Whether the database carries validate's marker schema (of this or an earlier db-deploy). */
async function carriesScratchMarker(client) {
    const { rows } = await client.query(SCHEMA_EXISTS, [SCRATCH_SCHEMA]);
    return rows[0]?.exists ?? false;
}
/**
 * Refuses a database that validate uses as its scratch database: validate drops everything its
 * runs create there, so no real migration belongs in it.
 * @param where `host:port/database`
 */
async function refuseScratchDatabase(client, where) {
    if (!(await carriesScratchMarker(client)))
        return;
    throw new errors/* DbDeployError */.WV('scratch-database', `database-url points at validate's scratch database (it carries the ${SCRATCH_SCHEMA} marker schema), which validate empties at the end of each run`, {
        where,
        hint: `point database-url at the real database; to make this one a real database, drop the marker first (DROP SCHEMA ${SCRATCH_SCHEMA} CASCADE)`,
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
// Decision record: docs/adr/0001-poll-advisory-lock.md (ADR 0001).



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

;// CONCATENATED MODULE: ./src/core/migrations/engine/retry.ts


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

;// CONCATENATED MODULE: ./src/core/migrations/options.ts

/** Defaults of the engine; where migrations and the ledger live is each format's to say. */
const MIGRATE_DEFAULTS = {
    format: 'auto',
    direction: 'up',
    dryRun: false,
    lockTimeoutMs: 100,
    lockRetries: 20,
    statementTimeoutMs: 0,
    lockWaitTimeoutMs: 600_000,
    connectTimeoutMs: 10_000,
    allowEdited: false,
    backoff: DEFAULT_BACKOFF,
};

;// CONCATENATED MODULE: ./src/core/sql/parse.ts
let loading;
let parser;
/**
 * Loads the parser (a WebAssembly build of PostgreSQL's parser) once per process. libpg-query
 * compiles its 1.7 MB WebAssembly module as soon as it is imported, so it is imported here, on
 * first use, not at start-up: a run that parses nothing (a migrate with nothing pending) never
 * pays for it.
 */
function loadParser() {
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
function parseSql(source) {
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
        tokens = loaded().scanSync(source).tokens;
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

;// CONCATENATED MODULE: ./src/core/migrations/engine/transaction.ts
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

;// CONCATENATED MODULE: ./src/core/migrations/engine/queries.ts

/**
 * SQL of the migration engine. Table names are identifiers chosen by the user or the tool's
 * configuration, so they pass through quoteIdent; every value is a bind parameter.
 */
/** db-deploy's checksum table beside the tool's ledger. CREATE … IF NOT EXISTS; ACCESS EXCLUSIVE only when it creates it. */
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
/** Creates a schema if needed. */
const createSchemaIfMissing = (schema) => `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`;
/** Whether a schema exists. Reads pg_namespace; takes no lock. */

/**
 * An index by name (resolved through the session's search_path), schema-qualified, whether it
 * is valid, and the backend building it right now (pg_stat_progress_create_index, PostgreSQL
 * 12+), if any. Reads the catalog and a statistics view; takes no lock.
 */
const INDEX_VALIDITY = `
SELECT c.oid::bigint AS oid, format('%I.%I', n.nspname, c.relname) AS name, i.indisvalid AS valid,
       (SELECT p.pid FROM pg_stat_progress_create_index p WHERE p.index_relid = c.oid LIMIT 1) AS building_pid
  FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid = to_regclass($1)`;
/**
 * Every INVALID index of the database, schema-qualified, with its table's oid: what a failed (or
 * killed) CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY leaves behind (see "Building Indexes
 * Concurrently" in the CREATE INDEX documentation). Reads the catalog; takes no lock.
 */
const INVALID_INDEXES = `
SELECT c.oid::bigint AS oid, format('%I.%I', n.nspname, c.relname) AS name, i.indrelid::bigint AS table_oid
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT i.indisvalid`;
/** A table's oid by name (resolved through the session's search_path), or NULL. Takes no lock. */
const TABLE_OID = 'SELECT to_regclass($1)::oid::bigint AS oid';
/**
 * Drops an index left INVALID by a failed CREATE INDEX CONCURRENTLY, without blocking writes.
 * `qualified` comes from INDEX_VALIDITY or INVALID_INDEXES (quoted by format('%I.%I')).
 */
const dropInvalidIndex = (qualified) => `DROP INDEX CONCURRENTLY IF EXISTS ${qualified}`;

;// CONCATENATED MODULE: ./src/core/migrations/engine/execute.ts






/** A failure inside a statement-by-statement section, with where it happened. */
class StatementFailure extends Error {
    cause;
    statementOffset;
    index;
    total;
    appliedBefore;
    leftover;
    constructor(cause, 
    /** Character offset of the failing statement in its section. */
    statementOffset, 
    /** 1-based index of the failing statement and how many there were. */
    index, total, 
    /** How many statements had already been applied (and stay applied). */
    appliedBefore, 
    /** For an index build: what it left INVALID. */
    leftover) {
        super(cause?.message ?? String(cause));
        this.cause = cause;
        this.statementOffset = statementOffset;
        this.index = index;
        this.total = total;
        this.appliedBefore = appliedBefore;
        this.leftover = leftover;
        this.name = 'StatementFailure';
    }
}
/** An index build that failed, or finished with its index INVALID, and what it left. */
class IndexBuildFailure extends Error {
    cause;
    leftover;
    constructor(cause, leftover) {
        super(cause?.message ?? String(cause));
        this.cause = cause;
        this.leftover = leftover;
        this.name = 'IndexBuildFailure';
    }
}
/**
 * Runs the groups of a statement-by-statement section on `client`. Each group is retried on
 * its own when a lock is not granted within lock_timeout; index builds go through buildIndex.
 * @returns the number of retries taken
 */
async function runStatementGroups(client, groups, context) {
    const total = groups.reduce((n, g) => n + g.statements.length, 0);
    let done = 0;
    let retries = 0;
    const onRetry = () => {
        retries += 1;
    };
    for (const group of groups) {
        let current = 0;
        const build = group.transactional ? undefined : indexBuild(group.statements[0]);
        try {
            if (build) {
                const label = `${context.label} (statement ${done + 1} of ${total})`;
                await buildIndex(client, group.statements[0].text, build, { ...context, label, onRetry });
            }
            else {
                await withLockRetries(context.settings, context.logger, {
                    label: () => `${context.label} (statement ${done + current + 1} of ${total})`,
                    recover: async () => {
                        if (group.transactional)
                            await client.query('ROLLBACK').catch(() => undefined);
                        return true;
                    },
                    onRetry,
                }, async () => {
                    current = 0;
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
        }
        catch (error) {
            if (error instanceof errors/* DbDeployError */.WV)
                throw error;
            const statement = group.statements[current];
            const failure = error instanceof IndexBuildFailure ? error : undefined;
            throw new StatementFailure(failure ? failure.cause : error, statement.start, done + current + 1, total, done + (group.transactional ? 0 : current), failure?.leftover);
        }
        done += group.statements.length;
    }
    return retries;
}
async function invalidIndexes(client) {
    return (await client.query(INVALID_INDEXES)).rows;
}
/** INVALID indexes that were not there before. */
async function newInvalidIndexes(client, before) {
    const known = new Set(before.map((i) => i.oid));
    return (await invalidIndexes(client)).filter((i) => !known.has(i.oid));
}
/**
 * Runs one statement that builds an index outside a transaction (CREATE INDEX CONCURRENTLY,
 * REINDEX CONCURRENTLY) so that no INVALID index is ever recorded as applied. PostgreSQL keeps
 * the INVALID index of a build that failed or whose backend died (see "Building Indexes
 * Concurrently" in the CREATE INDEX documentation), and `IF NOT EXISTS` then skips over it.
 * - Before: an INVALID index under the name the statement builds is the leftover of an earlier
 *   attempt of this unrecorded migration: it is dropped (DROP INDEX CONCURRENTLY) and built
 *   again; one that another backend is building right now is refused.
 * - After a lock timeout: what the attempt left INVALID on its table is dropped before the retry.
 * - After any other failure: the INVALID indexes it left are named (looked up on a fresh
 *   connection when the migration's own is gone).
 * - After success: an index it left INVALID fails the migration, so it is not recorded.
 */
async function buildIndex(client, text, build, context) {
    const { settings, logger, label } = context;
    if (build.index)
        await dropEarlierLeftover(client, { ...build, index: build.index }, context);
    const before = await invalidIndexes(client);
    const tableOid = build.table
        ? (await client.query(TABLE_OID, [build.table])).rows[0]?.oid
        : undefined;
    const leftover = (indexes) => ({
        kind: build.kind,
        indexes,
        rebuiltOnRerun: build.index !== undefined,
    });
    let toDrop = [];
    try {
        await withLockRetries(settings, logger, {
            label: () => label,
            recover: async (error) => {
                if (!isLockTimeout(error) || !tableOid)
                    return true;
                // This attempt made them moments ago on this table: ours to drop before the next one.
                toDrop = await newInvalidIndexes(client, before).then((found) => found.filter((i) => i.table_oid === tableOid), () => []);
                return true;
            },
            onRetry: context.onRetry,
        }, async () => {
            for (const index of [...toDrop]) {
                logger.info(`${label}: dropping INVALID index ${index.name} left by the failed ${build.kind}`);
                await client.query(dropInvalidIndex(index.name));
                toDrop = toDrop.filter((i) => i !== index);
            }
            await client.query(text);
        });
    }
    catch (error) {
        const left = await context
            .inspect((c) => newInvalidIndexes(c, before))
            .then((found) => found.map((i) => i.name), () => undefined);
        throw new IndexBuildFailure(error, leftover(left));
    }
    const left = await newInvalidIndexes(client, before);
    if (left.length > 0) {
        const names = left.map((i) => i.name);
        throw new IndexBuildFailure(new Error(`${build.kind} finished but left ${names.join(', ')} INVALID`), leftover(names));
    }
}
/** Drops the INVALID index an earlier, failed attempt of this statement left under its name. */
async function dropEarlierLeftover(client, { kind, index }, context) {
    const { rows } = await client.query(INDEX_VALIDITY, [index]);
    const found = rows[0];
    if (!found || found.valid)
        return;
    if (found.building_pid !== null) {
        throw new errors/* DbDeployError */.WV('index-being-built', `${context.label}: the INVALID index ${found.name} it builds is being built right now by pid ${found.building_pid}`, {
            hint: `wait for that build to finish, or end it (SELECT pg_cancel_backend(${found.building_pid})), then run again`,
        });
    }
    context.logger.info(`${context.label}: dropping INVALID index ${found.name} left by an earlier failed attempt, to build it again`);
    await withLockRetries(context.settings, context.logger, {
        label: () => `${context.label} (dropping INVALID index ${found.name})`,
        onRetry: context.onRetry,
    }, () => client.query(dropInvalidIndex(found.name))).catch((error) => {
        throw new IndexBuildFailure(error, { kind, indexes: [found.name], rebuiltOnRerun: true });
    });
}
/**
 * A client for node-pg-migrate whose every statement is retried on its own when a lock is not
 * granted. Only for migrations that run outside a transaction (a JS/TS migration calling
 * `pgm.noTransaction()`): there each statement commits by itself, so repeating the one that
 * timed out is safe, where repeating the whole migration would repeat applied statements.
 * Index builds (CREATE INDEX CONCURRENTLY, REINDEX CONCURRENTLY) go through buildIndex.
 */
function statementRetryingClient(client, context) {
    const query = async (...args) => {
        const build = typeof args[0] === 'string' ? await indexBuildOf(args[0]) : undefined;
        if (build && args[1] === undefined) {
            await buildIndex(client, args[0], build, context);
            return { rows: [], rowCount: null };
        }
        return withLockRetries(context.settings, context.logger, { label: () => context.label, onRetry: context.onRetry }, () => client.query(...args));
    };
    return { query };
}
/** The index build a single SQL statement is, if any (the parser is asked only when CONCURRENTLY appears). */
async function indexBuildOf(sql) {
    if (!/\bconcurrently\b/i.test(sql))
        return undefined;
    await loadParser();
    const parsed = parseSql(sql);
    if (!parsed.ok || parsed.statements.length !== 1)
        return undefined;
    return indexBuild(parsed.statements[0]);
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/failure.ts





/**
 * One line for a migration that failed: its name, the PostgreSQL error code and message, the
 * file position (mapped from PostgreSQL's character position when the file is SQL), and what
 * was left applied.
 */
function migrationFailure(file, direction, error, context) {
    if (error instanceof errors/* DbDeployError */.WV)
        return error;
    const wrapped = error instanceof StatementFailure || error instanceof IndexBuildFailure;
    const inner = wrapped ? error.cause : error;
    const leftover = wrapped ? error.leftover : undefined;
    const pg = pgErrorFields(inner);
    const section = context.section;
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
    const stayApplied = error instanceof StatementFailure
        ? error.appliedBefore > 0
            ? `; the ${error.appliedBefore} statement(s) before it stay applied`
            : ''
        : context.transactional
            ? ''
            : `; any statement before it stays applied (${context.reasons.join(', ') || 'no-transaction'})`;
    const left = leftover ? leftoverHint(leftover) : undefined;
    let hint;
    if (lockTimedOut) {
        hint = `a lock was not granted within ${duration_formatDuration(context.lockTimeoutMs)} in ${context.lockRetries + 1} attempts; long transactions hold it — retry later, end them, or raise lock-retries${left ? `; ${left}` : ''}`;
    }
    else if (left) {
        hint = `${left}; fix the cause and run again${stayApplied}`;
    }
    else if (error instanceof StatementFailure) {
        const why = context.reasons.join(', ') || 'no-transaction';
        hint =
            error.appliedBefore > 0
                ? `statement ${error.index} of ${error.total} failed; the ${error.appliedBefore} before it stay applied because this migration runs outside a transaction (${why}) — fix it so it can be re-run (e.g. IF NOT EXISTS) and run again`
                : `nothing of it was applied — fix the migration and run again`;
    }
    else {
        hint = context.transactional
            ? 'its transaction was rolled back, nothing of it was applied — fix the migration and run again'
            : `it runs outside a transaction (${context.reasons.join(', ') || 'no-transaction'}), so the statements before the failing one stay applied — make it re-runnable (e.g. ifNotExists) and run again`;
    }
    return new errors/* DbDeployError */.WV(lockTimedOut ? 'lock-timeout' : 'migration-failed', `migration ${file.name} (${direction}) failed: ${code}${pg.message}${detail}`, {
        where,
        hint,
        cause: inner,
    });
}
/** What an index build left INVALID, and what happens to it; undefined when it left nothing. */
function leftoverHint({ kind, indexes, rebuiltOnRerun }) {
    if (indexes === undefined)
        return `${kind} may have left an INVALID index, and the database could not be reached to check: look for it (SELECT indexrelid::regclass FROM pg_index WHERE NOT indisvalid) and drop it with DROP INDEX CONCURRENTLY`;
    if (indexes.length === 0)
        return undefined;
    const names = indexes.join(', ');
    return `${kind} left the INVALID index ${names}: ${rebuiltOnRerun ? 'the next run drops it and builds it again' : `drop it with DROP INDEX CONCURRENTLY ${indexes[0]} before the next run`}`;
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/plan.ts

/** What the database and the directory say, compared; no I/O. */
function inspectMigrations(input) {
    const byId = new Map(input.files.map((f) => [f.id, f]));
    const position = new Map(input.files.map((f, i) => [f.id, i]));
    const appliedSet = new Set(input.applied);
    const edited = [];
    const unrecorded = [];
    for (const id of input.applied) {
        const file = byId.get(id);
        const recorded = input.checksums.get(id);
        if (!file)
            edited.push({ name: id, reason: 'missing' });
        else if (recorded === undefined)
            unrecorded.push(file);
        else if (recorded !== file.checksum)
            edited.push({ name: id, reason: 'changed', file: file.file });
    }
    const stale = [...input.checksums.keys()].filter((id) => !appliedSet.has(id));
    const pending = input.files.filter((f) => !appliedSet.has(f.id));
    // The tool's own order decides: the applied migration furthest down the list.
    const lastIndex = Math.max(-1, ...input.applied.map((id) => position.get(id) ?? -1));
    const lastApplied = lastIndex >= 0 ? input.files[lastIndex]?.id : undefined;
    const outOfOrder = pending.filter((f) => (position.get(f.id) ?? 0) < lastIndex);
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
    const byId = new Map(input.files.map((f) => [f.id, f]));
    const ids = input.applied.slice(-count).reverse();
    const toRun = ids.map((id) => {
        const file = byId.get(id);
        if (!file) {
            throw new errors/* DbDeployError */.WV('migration-missing', `cannot roll back ${id}: its file is missing`, {
                hint: 'restore the migration file from version control',
            });
        }
        if (file.down === 'no')
            throw noDownMigration(file);
        return file;
    });
    return { direction: 'down', toRun, pending, edited, unrecorded, stale };
}
/** The refusal for a down the migration does not have. */
function noDownMigration(file) {
    const sql = file.kind === 'sql';
    return new errors/* DbDeployError */.WV('no-down-migration', `cannot roll back ${file.name}: it has no ${sql ? 'down section' : 'down migration'}`, {
        where: file.file,
        hint: sql
            ? 'add a down section that reverses the up migration (node-pg-migrate: -- Down Migration)'
            : 'export a down function that reverses the up migration',
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/apply.ts







/**
 * Runs one migration in one direction under db-deploy's guarantees, format-neutral (ADR 0013):
 * - a migration that can run in a transaction does, with the ledger row written inside it, and
 *   the whole transaction is retried with backoff when a lock is not granted within lock_timeout;
 * - statements PostgreSQL refuses inside a transaction (or a migration whose tool says so) run
 *   one by one, each retried on its own, with INVALID indexes of failed concurrent builds dropped
 *   before a retry; the ledger row follows the last statement;
 * - code that builds SQL (node-pg-migrate's `pgm`) runs inside the migration's transaction, so
 *   the queries it runs itself belong to it; if it then opts out of the transaction, what it ran
 *   so far commits first (as under node-pg-migrate's own CLI) and the log says so.
 * Errors come back as one line naming the migration, the PostgreSQL error and what stayed applied.
 */
async function applyMigration(ctx, migration, direction) {
    const body = ctx.format.body(migration, direction);
    if (!body)
        throw noDownMigration(migration);
    const { logger } = ctx;
    const verb = direction === 'up' ? 'applying' : 'rolling back';
    const failure = {
        lockRetries: ctx.retry.lockRetries,
        lockTimeoutMs: ctx.retry.lockTimeoutMs,
        transactional: true,
        reasons: [],
    };
    let retries = 0;
    const onRetry = () => {
        retries += 1;
    };
    const label = `${migration.name} (${direction})`;
    const outside = (reasons) => {
        failure.transactional = false;
        failure.reasons = reasons;
    };
    const started = Date.now();
    try {
        if (body.kind === 'sql') {
            failure.section = body.section;
            const mode = await sectionMode(body.section, body.transaction === 'none');
            if (mode.kind === 'transaction') {
                logger.info(`${verb} ${migration.name}`);
                await inTransaction(ctx, migration, direction, onRetry, async (db) => {
                    await db.query(body.section.sql);
                    return 'record';
                });
            }
            else {
                outside(mode.reasons);
                logger.info(`${verb} ${migration.name} (outside a transaction: ${mode.reasons.join(', ')})`);
                await setTimeouts(ctx);
                retries += await runStatementGroups(ctx.client, mode.groups, statementContext(ctx, label));
                await ctx.ledger.write(ctx.client, migration, direction);
            }
        }
        else if (body.transaction === 'decided-by-code') {
            logger.info(`${verb} ${migration.name}`);
            let outcome;
            await inTransaction(ctx, migration, direction, onRetry, async (db) => {
                outcome = await body.run(db);
                if (!outcome.transactional)
                    return 'commit-only';
                for (const step of outcome.steps)
                    await db.query(step);
                return 'record';
            });
            if (outcome && !outcome.transactional) {
                outside(outcome.reasons);
                logger.info(`${migration.name} runs outside a transaction (${outcome.reasons.join(', ')})${outcome.queried ? `: the ${outcome.queried} quer${outcome.queried === 1 ? 'y' : 'ies'} it ran while building its SQL committed first` : ''}`);
                await runSteps(ctx, outcome, label);
                await ctx.ledger.write(ctx.client, migration, direction);
            }
        }
        else {
            logger.info(`${verb} ${migration.name} (outside a transaction)`);
            outside(['its configuration']);
            await setTimeouts(ctx);
            const db = statementRetryingClient(ctx.client, { ...statementContext(ctx, label), onRetry });
            const outcome = await body.run(db);
            if (outcome.steps.length)
                await runSteps(ctx, outcome, label);
            await ctx.ledger.write(ctx.client, migration, direction);
        }
    }
    catch (error) {
        throw migrationFailure(migration, direction, error, failure);
    }
    const durationMs = Date.now() - started;
    logger.info(`${direction === 'up' ? 'applied' : 'rolled back'} ${migration.name} in ${duration_formatDuration(durationMs)}${retries ? ` after ${retries} lock retr${retries === 1 ? 'y' : 'ies'}` : ''}`);
    return {
        name: migration.name,
        file: migration.file,
        direction,
        durationMs,
        retries,
        transactional: failure.transactional,
    };
    async function runSteps(context, outcome, stepLabel) {
        const groups = await stepGroups(outcome.steps, outcome.reasons[0] ?? 'no-transaction');
        retries += await runStatementGroups(context.client, groups, statementContext(context, stepLabel));
    }
}
/** How statements outside a transaction run for this migration. */
function statementContext(ctx, label) {
    return { settings: ctx.retry, logger: ctx.logger, label, inspect: ctx.inspect };
}
/** lock_timeout and statement_timeout for the session, set outside any transaction so a rollback keeps them. */
async function setTimeouts(ctx) {
    await ctx.client.query(SET_SESSION_TIMEOUTS, [
        `${ctx.retry.lockTimeoutMs}ms`,
        `${ctx.statementTimeoutMs}ms`,
    ]);
}
/**
 * One transaction, retried whole (from BEGIN, code included) when a lock is not granted.
 * `work` returns `record` to write the ledger row inside the transaction (then the beforeCommit
 * hook sees the migration's locks), or `commit-only` when the rest runs outside a transaction.
 */
async function inTransaction(ctx, migration, direction, onRetry, work) {
    const { client } = ctx;
    await withLockRetries(ctx.retry, ctx.logger, {
        label: () => `${migration.name} (rolled back)`,
        recover: async () => {
            await client.query('ROLLBACK').catch(() => undefined);
            return true;
        },
        onRetry,
    }, async () => {
        await setTimeouts(ctx);
        await client.query('BEGIN');
        const outcome = await work(client);
        if (outcome === 'record') {
            await ctx.ledger.write(client, migration, direction);
            await ctx.hooks?.beforeCommit?.(client, migration.name);
        }
        await client.query('COMMIT');
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/checksums.ts




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
            exists: { schema: false, ledger: false, checksums: false },
        };
    }
    const ledgerExists = await ledger.exists(client);
    const applied = ledgerExists ? (await ledger.read(client)).map((entry) => entry.id) : [];
    const checksums = new Map();
    const checksumsExist = await relationExists(client, schema, checksumTable);
    if (checksumsExist) {
        const { rows } = await client.query(selectChecksums(schema, checksumTable));
        for (const row of rows)
            checksums.set(row.name, row.checksum.trim());
    }
    const duplicates = applied.filter((id, i) => applied.indexOf(id) !== i);
    if (duplicates.length > 0) {
        throw new errors/* DbDeployError */.WV('corrupt-migrations-table', `the migrations table records ${duplicates[0]} more than once`, {
            where: `${schema}.${ledger.location.table}`,
            hint: 'delete the duplicate row by hand after checking which run is real',
        });
    }
    return {
        applied,
        checksums,
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

;// CONCATENATED MODULE: ./src/core/migrations/engine/dry-run.ts

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
        sql: built.outcome.steps.join('\n'),
        transactional,
        reasons: transactional
            ? []
            : built.outcome.reasons.length
                ? built.outcome.reasons
                : ['its configuration'],
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/migrations/engine/types.ts
/** The migration tools db-deploy reads. */
const FORMAT_NAMES = ['node-pg-migrate'];

;// CONCATENATED MODULE: ./src/core/migrations/detect.ts

/** What `migration-format` accepts. */
const FORMAT_CHOICES = ['auto', ...FORMAT_NAMES];
/**
 * Which migration format a run uses: the one the user chose, else what the repository (a
 * tool's marker file, its files' layout) or the database (a tool's ledger) shows. The one place
 * every format's detection goes. node-pg-migrate is the only format so far, and the default.
 */
async function detectFormat(choice, request) {
    void request;
    if (choice !== 'auto')
        return { name: choice, reason: 'chosen by migration-format' };
    return { name: 'node-pg-migrate', reason: 'the default format' };
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
    const table = qualifiedName(location.schema, location.table);
    return {
        location,
        exists: (client) => relationExists(client, location.schema, location.table),
        async ensure(client) {
            if (!(await relationExists(client, location.schema, location.table)))
                await client.query(createTable(table));
        },
        async read(client) {
            const { rows } = await client.query(selectApplied(table));
            return rows.map((row) => ({ id: row.name }));
        },
        async write(db, migration, direction) {
            await db.query(direction === 'up' ? insertRun(table) : deleteRun(table), [migration.id]);
        },
        sessionSetup: [`SET search_path TO ${quoteIdent(location.schema)}`],
        relations: {
            tables: [`${location.schema}.${location.table}`],
            // The id column's sequence: its lock is the ledger insert's, not the migration's.
            sequences: [`${location.schema}.${location.table}_id_seq`],
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/core/migrations/layout.ts



const FOREIGN_LAYOUTS = [
    { layout: "golang-migrate's NAME.up.sql + NAME.down.sql", downFile: /\.down\.sql$/i },
    { layout: "Flyway's U<version>__NAME.sql undo", downFile: /^U\d+(?:[._]\d+)*__.*\.sql$/ },
    {
        layout: "dbmate's -- migrate:up / -- migrate:down",
        sectionMarker: /^[ \t]*--[ \t]*migrate:(?:up|down)\b/im,
    },
    {
        layout: "goose's -- +goose Up / -- +goose Down",
        sectionMarker: /^[ \t]*--[ \t]*\+goose[ \t]+(?:up|down)\b/im,
    },
    {
        layout: "Diesel's NAME/up.sql + NAME/down.sql",
        folderFiles: ['up.sql'],
        folderDownFile: 'down.sql',
    },
    { layout: "Prisma's NAME/migration.sql", folderFiles: ['migration.sql'] },
];
const KEEP_OUT = 'db-deploy reads node-pg-migrate migrations (one file each, the down under "-- Down Migration") until this layout is supported';
/** Refuses a file whose name marks it as another tool's down or undo migration. */
function checkForeignFileName(fileName, where) {
    const layout = FOREIGN_LAYOUTS.find((l) => l.downFile?.test(fileName));
    if (!layout)
        return;
    throw new errors/* DbDeployError */.WV('foreign-layout', `migration file "${fileName}" is a down migration of ${layout.layout} layout, which db-deploy would run forward`, { where, hint: `move down files out of the migrations directory; ${KEEP_OUT}` });
}
/** Refuses a `.sql` migration holding another tool's section markers (its down would run right after its up). */
function checkForeignSections(content, file) {
    const layout = FOREIGN_LAYOUTS.find((l) => l.sectionMarker?.test(content));
    if (!layout)
        return;
    throw new errors/* DbDeployError */.WV('foreign-layout', `migration file ${file} has ${layout.layout} sections, and db-deploy would run the whole file, its down section right after its up`, {
        where: file,
        hint: `rewrite it with "-- Up Migration" / "-- Down Migration" markers, or keep it out of the migrations directory; ${KEEP_OUT}`,
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
            ? `migrations directory "${display}" has ${layout.layout} layout (${folder}/${layout.folderDownFile} is a down migration), which db-deploy does not read`
            : `migrations directory "${display}" has ${layout.layout} layout (${folder}/), which db-deploy does not read, and no migration file it does`, { hint: `point migrations-dir at node-pg-migrate migrations; ${KEEP_OUT}` });
    }
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
const MAX_IDENTIFIER_BYTES = 63;
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
        ? MAX_IDENTIFIER_BYTES - CHECKSUM_TABLE_SUFFIX.length
        : MAX_IDENTIFIER_BYTES;
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
    const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.'));
    await checkForeignFolders(dir, folders.map((e) => e.name), files.length > 0, display);
    for (const file of files)
        checkMigrationFile(file, display);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/core/migrations/engine/checksum.ts

/**
 * sha256 of a migration's text, normalised so that a checkout with CRLF line endings or a
 * byte-order mark does not look like an edit.
 */
function migrationChecksum(content) {
    const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    return (0,external_node_crypto_.createHash)('sha256').update(normalised, 'utf8').digest('hex');
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
    return {
        id: name,
        name,
        path,
        file,
        kind,
        checksum: migrationChecksum(content),
        content,
        sql: sql && { up: sql.up, down: sql.down, noTransaction: sql.forceNoTransaction },
        // A JS/TS module without `down` is reversed automatically by node-pg-migrate; known once loaded.
        down: sql ? (sql.down ? 'yes' : 'no') : 'unknown',
    };
}
let moduleLoader;
/**
 * Loads a JavaScript or TypeScript migration module the way node-pg-migrate 9 loads it: through
 * jiti (its default loader for .js, .cjs, .mjs, .ts, .cts and .mts), so that a file it accepts
 * loads here too — e.g. CommonJS (`exports.up = …`) in a `.js` file of a `"type": "module"`
 * package, which Node's own `import()` refuses. jiti's interop (its default) merges a default
 * export into the module. Without its file-system cache (a stale cache could hide a broken
 * bundle) and module cache (validate loads the same file again after a down).
 */
async function loadModuleActions(migration) {
    let mod;
    try {
        // jiti is loaded on first use: a run with no migration code to load never loads it.
        const { createJiti } = await Promise.all(/* import() */[__nccwpck_require__.e(778), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7778));
        moduleLoader ??= createJiti(process.cwd(), {
            fsCache: false,
            moduleCache: false,
            interopDefault: true,
        });
        mod = (await moduleLoader.import(migration.path));
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
            return {
                kind: 'code',
                transaction: 'decided-by-code',
                run: (db) => buildOnDatabase(actions, shorthands, direction, db),
            };
        },
        async renderCode(migration, direction) {
            const { actions, shorthands } = loadedOf(migration);
            return buildWithoutDatabase(actions, shorthands, direction);
        },
        ledger: (config) => nodePgMigrateLedger(config.ledger),
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/index.ts


/** A fresh instance of a format (formats keep what they load during one run). */
function createFormat(name) {
    switch (name) {
        case 'node-pg-migrate':
            return nodePgMigrateFormat();
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
    };
    const detected = await detectFormat(options.format ?? 'auto', request);
    const format = createFormat(detected.name);
    const config = await format.configure(request);
    // Identifiers no quoting makes usable are refused before anything connects.
    checkBookkeepingName('schema', config.ledger.schema);
    checkBookkeepingName('migrations-table', config.ledger.table);
    const migrations = await format.list(config, baseDir);
    logger?.debug(`migration format: ${detected.name} (${detected.reason})`);
    return {
        format,
        formatReason: detected.reason,
        config,
        ledger: format.ledger(config),
        migrations,
        baseDir,
        displayDir: (0,external_node_path_.relative)(baseDir, config.migrationsDir) || '.',
    };
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/run.ts













/**
 * Applies pending migrations (or rolls back applied ones) of any format, one at a time, under
 * db-deploy's guarantees:
 * - runners take turns: the migration lock is awaited by polling, bounded by lockWaitTimeoutMs;
 * - edited or removed migrations are refused before anything runs (checksums), and every
 *   migration that will run is loaded and checked before anything is touched;
 * - each migration runs in its own transaction with its ledger row, retried whole when a lock
 *   is not granted within lock_timeout; statements that cannot run in a transaction run one by
 *   one, each retried on its own (see apply.ts);
 * - the tool's own ledger is written as the tool writes it, so the tool still agrees.
 * A dry run reads the database, prints the SQL, and writes nothing; SQL it cannot build without
 * running the migration fails the dry run.
 */
async function migrate(options, logger) {
    const started = Date.now();
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    const set = await openMigrationSet(options, logger);
    const { format, ledger, migrations } = set;
    const { schema, table } = ledger.location;
    const result = {
        direction: options.direction,
        dryRun: options.dryRun,
        target: target.display,
        format: format.name,
        migrationsDir: set.displayDir,
        migrationsTable: `${schema}.${table}`,
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
        if (!options.scratchClaimed)
            await refuseScratchDatabase(client, target.display);
        await options.hooks?.connected?.(client);
        for (const statement of ledger.sessionSetup ?? [])
            await client.query(statement);
        const readPlan = async () => {
            const state = await readMigrationState(client, ledger);
            const { direction, count, allowEdited } = options;
            return {
                state,
                plan: planMigrations({ files: migrations, ...state, direction, count, allowEdited }),
            };
        };
        if (options.dryRun) {
            const { state, plan } = await readPlan();
            await prepare(set, plan);
            result.planned = await renderDryRun(format, plan.toRun, options.direction);
            result.pending = plan.pending.map((f) => f.name);
            result.lastMigration = state.applied.at(-1);
            for (const p of result.planned)
                logger.info(`-- ${p.name} (${p.direction})${p.transactional ? '' : ` — outside a transaction: ${p.reasons.join(', ')}`}\n${p.sql}`);
            if (result.planned.length === 0)
                logger.info('dry run: nothing to do, the database is up to date');
            const unbuilt = result.planned.filter((p) => p.error !== undefined);
            if (unbuilt.length > 0) {
                throw new errors/* DbDeployError */.WV('dry-run-incomplete', `the SQL of ${unbuilt.map((p) => p.name).join(', ')} cannot be shown without running it: ${unbuilt[0].error}`, {
                    where: unbuilt[0].file,
                    hint: 'a dry run builds SQL without a database: keep data-dependent logic out of schema migrations, or check the migration with validate on a scratch database',
                    partial: finish(result, started),
                });
            }
            return finish(result, started);
        }
        result.lockWaitMs = await acquireAdvisoryLock(client, MIGRATION_LOCK_KEY, { waitTimeoutMs: options.lockWaitTimeoutMs, label: 'the migration lock' }, logger);
        locked = true;
        if (result.lockWaitMs > 1000)
            logger.info(`migration lock acquired after waiting ${duration_formatDuration(result.lockWaitMs)}`);
        const where = `${schema}.${table} on ${target.display}`;
        const { state, plan } = await databaseStep('reading the migrations tables', where, readPlan);
        // Everything that will run is loaded and checked before anything is written.
        await prepare(set, plan);
        await databaseStep('preparing the migrations tables', where, async () => {
            await ensureBookkeeping(client, ledger, state.exists);
            await reconcileChecksums(client, set, plan, logger, result);
        });
        if (plan.toRun.length === 0)
            logger.info('up to date: no migration to run');
        const applied = new Set(state.applied);
        const context = {
            client,
            format,
            ledger,
            retry: retrySettings(options),
            statementTimeoutMs: options.statementTimeoutMs,
            hooks: options.hooks,
            logger,
            inspect: inspector(client, target, options.connectTimeoutMs),
        };
        try {
            for (const migration of plan.toRun) {
                result.applied.push(await applyMigration(context, migration, options.direction));
                if (options.direction === 'up') {
                    applied.add(migration.id);
                    await recordChecksum(client, ledger.location, migration);
                }
                else {
                    applied.delete(migration.id);
                    await forgetChecksum(client, ledger.location, migration.id);
                }
            }
        }
        catch (error) {
            if (error instanceof errors/* DbDeployError */.WV) {
                result.error = error.toLine();
                error.partial = finish(summariseState(result, migrations, applied), started);
            }
            throw error;
        }
        return finish(summariseState(result, migrations, applied), started);
    }
    finally {
        if (locked)
            await releaseAdvisoryLock(client, MIGRATION_LOCK_KEY, logger);
        await disconnect(client);
    }
}
/**
 * Catalog reads after a failure: on the migration's connection, or a fresh one when it is gone
 * (a killed backend, a lost connection), so a failure can still say what it left behind.
 */
function inspector(client, target, connectTimeoutMs) {
    return async (read) => {
        try {
            return await read(client);
        }
        catch {
            const fresh = await connect(target, { connectTimeoutMs });
            try {
                return await read(fresh);
            }
            finally {
                await disconnect(fresh);
            }
        }
    };
}
function retrySettings(options) {
    return {
        lockRetries: options.lockRetries,
        lockTimeoutMs: options.lockTimeoutMs,
        backoff: options.backoff ?? MIGRATE_DEFAULTS.backoff,
    };
}
/** Loads what will run and refuses a missing down before anything is touched. */
async function prepare(set, plan) {
    await set.format.prepare(plan.toRun, set.migrations);
    for (const migration of plan.toRun) {
        if (!set.format.body(migration, plan.direction))
            throw noDownMigration(migration);
    }
}
function summariseState(result, migrations, applied) {
    result.pending = migrations.filter((f) => !applied.has(f.id)).map((f) => f.name);
    result.lastMigration = migrations.filter((f) => applied.has(f.id)).at(-1)?.name;
    return result;
}
function finish(result, started) {
    result.durationMs = Date.now() - started;
    return result;
}
/** Records checksums of migrations applied before db-deploy and forgets those of rolled-back ones. */
async function reconcileChecksums(client, set, plan, logger, result) {
    const location = set.ledger.location;
    for (const migration of plan.unrecorded) {
        await recordChecksum(client, location, migration);
        result.adopted.push(migration.name);
    }
    if (plan.unrecorded.length > 0)
        logger.info(`recorded checksums of ${plan.unrecorded.length} migration(s) applied before db-deploy tracked them`);
    for (const id of plan.stale)
        await forgetChecksum(client, location, id);
    for (const edit of plan.edited) {
        if (edit.reason === 'changed') {
            const migration = set.migrations.find((f) => f.id === edit.name);
            logger.warn(`allow-edited: accepting the edited migration ${edit.name}; its new checksum is recorded`);
            if (migration)
                await recordChecksum(client, location, migration);
        }
        else {
            logger.warn(`allow-edited: the applied migration ${edit.name} has no file any more`);
        }
        result.acceptedEdits.push(edit.name);
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/engine/status.ts





/**
 * Applied, pending and edited migrations, read without writing anything (no lock, no table
 * creation). `unrecorded` marks an applied migration whose checksum db-deploy has not recorded yet.
 */
async function migrationStatus(options) {
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    const set = await openMigrationSet(options);
    const files = set.migrations;
    const client = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
    try {
        const state = await readMigrationState(client, set.ledger);
        const { edited, unrecorded, pending, outOfOrder } = inspectMigrations({ files, ...state });
        const byId = new Map(files.map((f) => [f.id, f]));
        const stateOf = (id) => {
            const edit = edited.find((e) => e.name === id);
            if (edit)
                return edit.reason;
            return unrecorded.some((f) => f.id === id) ? 'unrecorded' : 'ok';
        };
        return {
            target: target.display,
            format: set.format.name,
            migrationsTable: `${set.ledger.location.schema}.${set.ledger.location.table}`,
            applied: state.applied.map((id) => ({
                name: byId.get(id)?.name ?? id,
                state: stateOf(id),
                file: byId.get(id)?.file,
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

;// CONCATENATED MODULE: ./src/core/migrations/index.ts
/**
 * The migrations concern's public surface: the format-neutral engine (ADR 0013) and what its
 * callers need. Formats live under formats/, one folder per tool.
 */








;// CONCATENATED MODULE: ./src/core/report/budget.ts
/**
 * Keeping Markdown within a size GitHub accepts. A step's job summary may hold 1 MiB; over it,
 * GitHub drops the whole summary ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to
 * a size of 1024k") — https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 */
/** GitHub's limit for what one step writes to GITHUB_STEP_SUMMARY. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** The longest prefix of `text` ending at a line end that is at most `maxBytes` of UTF-8. */
function headByLines(text, maxBytes) {
    if (bytes(text) <= maxBytes)
        return text;
    const head = Buffer.from(text, 'utf8').subarray(0, Math.max(0, maxBytes));
    const end = head.lastIndexOf(0x0a);
    // A newline byte never sits inside a multi-byte character, so this cut is always clean.
    return end < 0 ? '' : head.subarray(0, end).toString('utf8');
}
function openBlocks(lines) {
    const state = { details: 0 };
    for (const [index, line] of lines.entries()) {
        const fence = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
        if (state.fence) {
            const close = fence?.[1] ?? '';
            if (close.startsWith(state.fence.marker) && line.trim() === close)
                state.fence = undefined;
            continue;
        }
        if (fence) {
            state.fence = { marker: fence[1], language: fence[2] ?? '', line: index };
            continue;
        }
        state.details += (line.match(/<details>/g) ?? []).length;
        state.details -= (line.match(/<\/details>/g) ?? []).length;
        state.details = Math.max(0, state.details);
    }
    return state;
}
/**
 * `markdown` as it is when it fits in `maxBytes`, else cut at a line end with the blocks it
 * leaves open closed (a code fence, `<details>`; a chart cut half-way is dropped whole) and
 * `note` after it. The result never exceeds `maxBytes` (when the note itself fits).
 * @param note one paragraph saying that the text was cut and where the rest is
 */
function fitMarkdown(markdown, maxBytes, note) {
    if (bytes(markdown) <= maxBytes)
        return markdown;
    const tail = `\n\n> ✂️ ${note}\n`;
    // Closers: a fence of at most a few dozen backticks and one `</details>` per open block.
    let room = maxBytes - bytes(tail) - 256;
    for (;;) {
        let lines = headByLines(markdown, Math.max(0, room)).split('\n');
        let open = openBlocks(lines);
        if (open.fence && open.fence.language === 'mermaid') {
            lines = lines.slice(0, open.fence.line);
            open = openBlocks(lines);
        }
        const closers = [
            ...(open.fence ? [open.fence.marker] : []),
            ...Array.from({ length: open.details }, () => '\n</details>'),
        ];
        const out = `${[...lines, ...closers].join('\n')}${tail}`;
        if (bytes(out) <= maxBytes || room <= 0)
            return out;
        room -= bytes(out) - maxBytes;
    }
}
/**
 * GitHub runners keep at most 4,096 characters of an annotation's message (actions/runner
 * v2.305 and later); an error line longer than that loses its end, often the "what to do".
 */
const ANNOTATION_LIMIT_CHARS = 4096;
/** `text` when it has at most `maxChars` characters, else its start and ` … ${note}` within them. */
function cutText(text, maxChars, note) {
    if (text.length <= maxChars)
        return text;
    const tail = ` … ${note}`;
    let head = text.slice(0, Math.max(0, maxChars - tail.length));
    // Never leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(head))
        head = head.slice(0, -1);
    return `${head}${tail}`;
}
/**
 * GitHub keeps 1 MB of outputs per job (UTF-16, all steps together): one output value of a
 * step may take at most this, counted as GitHub counts (2 bytes per UTF-16 unit).
 */
const OUTPUT_LIMIT_BYTES = (/* unused pure expression or super */ null && (512 * 1024));
/** The size GitHub counts for an output value: UTF-16, 2 bytes per code unit. */
const outputBytes = (value) => value.length * 2;

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

;// CONCATENATED MODULE: ./src/core/report/migrate.ts






/** Shares `budget` bytes among texts: the small ones whole, the large ones an equal part of the rest. */
function shareBudget(sizes, budget) {
    const order = sizes.map((size, index) => ({ size, index })).sort((a, b) => a.size - b.size);
    const shares = new Array(sizes.length).fill(0);
    let left = budget;
    for (const [k, { size, index }] of order.entries()) {
        const share = Math.min(size, Math.floor(left / (order.length - k)));
        shares[index] = share;
        left -= share;
    }
    return shares;
}
/** The SQL shown for one planned migration: whole, or its first lines and a note on the rest. */
function shownSql(sql, maxBytes, rest) {
    const size = Buffer.byteLength(sql, 'utf8');
    if (maxBytes === undefined || size <= maxBytes)
        return sql || '-- (empty)';
    const head = headByLines(sql, maxBytes - 200);
    const hidden = sql.slice(head.length).split('\n').length - (head ? 1 : 0);
    return `${head}${head ? '\n' : ''}-- ✂️ ${hidden.toLocaleString('en-US')} more lines (${formatBytes(size - Buffer.byteLength(head, 'utf8'))}) not shown: the whole SQL is in ${rest}`;
}
/** The header comment of one migration in the SQL of a dry run. */
function sqlHeading(p) {
    return `-- ${p.name} (${p.direction})${p.transactional ? '' : ` — outside a transaction (${p.reasons.join(', ')})`}`;
}
/**
 * The whole SQL a dry run would execute, migration after migration, each under a comment
 * naming it: the file behind the `dry-run-sql` output.
 */
function renderDryRunSql(result) {
    const n = result.planned.length;
    const parts = [
        `-- db-deploy migrate dry run on ${result.target}: ${n === 0 ? 'nothing to run, the database is up to date' : `${n} migration${n === 1 ? '' : 's'} would run (${result.direction}), in this order`}`,
    ];
    for (const p of result.planned)
        parts.push('', sqlHeading(p), p.sql || '-- (empty)');
    return `${parts.join('\n')}\n`;
}
/**
 * The migrate job summary: verdict first, then what ran (name, duration, lock retries), what is
 * still pending, and for a dry run the SQL of every migration. Pure: result in, Markdown out.
 * @param error the one-line failure, when the run failed
 * @param sqlBudget cut a dry run's SQL to fit (the job summary); without it, all is shown (the CLI)
 */
function renderMigrateSummary(result, error, sqlBudget) {
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
            : ''), '', `Format **${result.format}** · migrations ${markdown_code(result.migrationsDir)} · ledger ${markdown_code(result.migrationsTable)}`);
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
        const shares = sqlBudget
            ? shareBudget(result.planned.map((p) => Buffer.byteLength(p.sql, 'utf8')), sqlBudget.maxBytes)
            : [];
        let cut = 0;
        for (const [i, p] of result.planned.entries()) {
            const note = p.transactional ? '' : ` — outside a transaction (${p.reasons.join(', ')})`;
            const sql = shownSql(p.sql, shares[i], sqlBudget?.rest ?? '');
            if (sql !== (p.sql || '-- (empty)'))
                cut += 1;
            parts.push(details(`${markdown_code(p.name)} (${p.direction})${note}`, fenced('sql', sql)));
        }
        if (sqlBudget && cut > 0)
            parts.push('', `> ✂️ The SQL of ${cut === 1 ? '1 migration was' : `${cut} migrations were`} cut to keep this summary under GitHub's 1 MiB limit: the whole SQL is in ${sqlBudget.rest}.`);
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
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
    format: { type: 'string' },
    'connect-timeout': { type: 'string' },
    'migrations-table': { type: 'string' },
    schema: { type: 'string' },
    json: { type: 'boolean' },
};
/**
 * Where the migrations are and how to connect: every option of CONNECTION_OPTIONS but the URL.
 * Empty locations mean the format's own configuration or default.
 */
function locationOptions(v, command) {
    const d = MIGRATE_DEFAULTS;
    return {
        format: choiceOption(v.format ?? d.format, FORMAT_CHOICES, 'format', command),
        migrationsDir: v.dir ? pathOption(v.dir, '') : undefined,
        baseDir: process.cwd(),
        connectTimeoutMs: durationOption(v['connect-timeout'], 'connect-timeout', d.connectTimeoutMs),
        migrationsTable: v['migrations-table'] || undefined,
        schema: v.schema || undefined,
    };
}
/**
 * The options every command takes to find the migrations and their database, parsed once; the
 * URL's secrets are registered for redaction before anything else can print.
 */
function connectionOptions(v, secrets, command) {
    const databaseUrl = databaseUrlOption(v['database-url']);
    secrets.push(...(0,db_url/* secretsOf */.Fj)(databaseUrl));
    return { databaseUrl, ...locationOptions(v, command) };
}
/** One of a fixed set of values; anything else is a usage error (exit code 2). */
function choiceOption(value, allowed, name, command) {
    if (!allowed.includes(value))
        throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`, command);
    return value;
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __nccwpck_require__(6657);
;// CONCATENATED MODULE: ./src/core/monitor/preflight-types.ts

const PREFLIGHT_DEFAULTS = {
    connectTimeoutMs: 10_000,
    maxActiveConnections: 100,
    maxConnectionsUsage: 0.8,
    maxTransactionAgeMs: 5 * 60_000,
    maxLockWaitMs: 5_000,
    maxLockWaiters: 0,
    maxReplicationLagMs: 60_000,
    maxInvalidIndexes: 0,
};
/** Every figure unmeasured: the start of each run. */
const NO_FIGURES = {
    'server-version': null,
    'server-version-num': null,
    'database-size-bytes': null,
    'active-connections': null,
    'total-connections': null,
    'max-connections': null,
    'oldest-transaction-seconds': null,
    'lock-waiters': null,
    'replication-lag-seconds': null,
    'replication-lag-bytes': null,
    replicas: null,
    'invalid-indexes': null,
};
/** Applies the defaults and refuses a value no check could use (one `bad-input` line). */
function preflightLimits(options) {
    const d = PREFLIGHT_DEFAULTS;
    const connectTimeoutMs = options.connectTimeoutMs ?? d.connectTimeoutMs;
    const limits = {
        connectTimeoutMs,
        statementTimeoutMs: options.statementTimeoutMs ?? connectTimeoutMs,
        maxActiveConnections: options.maxActiveConnections ?? d.maxActiveConnections,
        maxConnectionsUsage: options.maxConnectionsUsage ?? d.maxConnectionsUsage,
        maxTransactionAgeMs: options.maxTransactionAgeMs ?? d.maxTransactionAgeMs,
        maxLockWaitMs: options.maxLockWaitMs ?? d.maxLockWaitMs,
        maxLockWaiters: options.maxLockWaiters ?? d.maxLockWaiters,
        maxReplicationLagMs: options.maxReplicationLagMs ?? d.maxReplicationLagMs,
        maxInvalidIndexes: options.maxInvalidIndexes ?? d.maxInvalidIndexes,
    };
    for (const [field, value] of Object.entries(limits)) {
        const positive = field === 'connectTimeoutMs' || field === 'statementTimeoutMs';
        const ratio = field === 'maxConnectionsUsage';
        const ok = ratio
            ? value >= 0 && value <= 1
            : Number.isSafeInteger(value) && value >= (positive ? 1 : 0);
        if (!ok) {
            const name = field.replace(/Ms$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
            throw new errors/* DbDeployError */.WV('bad-input', `${name}: ${value} is out of range`, {
                hint: ratio
                    ? 'use a share from 0 to 1, e.g. 0.8'
                    : `use a whole number${positive ? ' above 0' : ' of at least 0'}`,
            });
        }
    }
    return limits;
}

;// CONCATENATED MODULE: ./src/core/fleet/select.ts

const TARGET_GROUPS = ['all', 'canary', 'rest'];
/** The canary count of a list: the given one, else 1 when there is more than one target. */
function canaryCount(total, canary) {
    return canary ?? (total > 1 ? 1 : 0);
}
function refuse(message, hint) {
    throw new errors/* DbDeployError */.WV('bad-input', message, { hint });
}
/**
 * Deals the picked targets into `total` slices, target i to slice i mod total: deterministic
 * from the list alone, so every job of a matrix computes the same slices and together they
 * cover each target exactly once; appending to the list never moves a target to another slice.
 */
function shardSlice(items, index, total) {
    return items.filter((_, i) => i % total === index);
}
/**
 * Picks this job's targets: the group (all, the canary targets, or the rest after them), then
 * its shard slice. Refuses, in one line, a canary larger than the list, a shard index without
 * its total (or out of range), and a sharded `all` with a canary (each slice would go ahead
 * without waiting for the canary: run the canary in a job of its own).
 */
function selectTargets(targets, selection) {
    const count = canaryCount(targets.length, selection.canary);
    if (count > targets.length)
        refuse(`canary ${count} is more than the ${targets.length} target(s) listed`, 'use a canary of at most the number of targets (0 for none)');
    const { shardIndex: index, shardTotal: total } = selection;
    if ((index === undefined) !== (total === undefined))
        refuse('shard-index and shard-total go together', 'set both, e.g. shard-index: ${{ strategy.job-index }} and shard-total: ${{ strategy.job-total }}');
    if (index !== undefined && total !== undefined && index >= total)
        refuse(`shard-index ${index} is not below shard-total ${total}`, 'number the slices from 0 to shard-total - 1');
    const sharded = total !== undefined && total > 1;
    if (sharded && selection.group === 'all' && count > 0)
        refuse('a sharded rollout of target-group all would start every slice without waiting for the canary', 'run the canary in a job of its own (target-group: canary) and shard the others (target-group: rest), or set canary: 0');
    if (selection.group === 'canary' && count === 0)
        refuse('target-group canary picks nothing: canary is 0', 'set canary to 1 or more');
    const slice = (items) => index !== undefined && total !== undefined ? shardSlice(items, index, total) : [...items];
    switch (selection.group) {
        case 'all':
            return {
                canary: slice(targets.slice(0, count)),
                rest: slice(targets.slice(count)),
                canaryCount: count,
            };
        case 'canary':
            return { canary: slice(targets.slice(0, count)), rest: [], canaryCount: count };
        case 'rest':
            return { canary: [], rest: slice(targets.slice(count)), canaryCount: count };
        default:
            return (0,errors/* assertNever */.xb)(selection.group);
    }
}

;// CONCATENATED MODULE: ./src/core/fleet/log.ts
/**
 * A logger whose every line starts with `[name] `, so the interleaved output of targets that
 * migrate at once stays attributable; a message of several lines (a dry run's SQL) gets the
 * prefix on each.
 */
function targetLogger(logger, name) {
    const prefix = (message) => message
        .split('\n')
        .map((line) => `[${name}] ${line}`)
        .join('\n');
    return {
        debug: (m) => logger.debug(prefix(m)),
        info: (m) => logger.info(prefix(m)),
        warn: (m) => logger.warn(prefix(m)),
        error: (m) => logger.error(prefix(m)),
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/preflight-queries.ts
/**
 * SQL of the preflight checks. All read-only: they read statistics views and catalogs (at most
 * AccessShareLock on a catalog) and never touch a user table. Sessions of this database are
 * those of `current_database()`; `max_connections` and replication are server-wide.
 */
/**
 * Makes the session read-only and bounds every statement and lock wait ($1 = milliseconds).
 * `set_config` takes bind parameters where SET does not (no lock).
 */
const PREFLIGHT_SESSION = `
SELECT set_config('default_transaction_read_only', 'on', false),
       set_config('statement_timeout', $1, false),
       set_config('lock_timeout', $1, false)`;
/** The server's version, as shown and as a number (170004 for 17.4) (no lock). */
const SERVER_VERSION = `
SELECT current_setting('server_version') AS version,
       current_setting('server_version_num')::int AS num`;
/** The database's size on disk: stats its files, reads no rows (no lock). */
const DATABASE_SIZE = 'SELECT pg_database_size(current_database())::bigint AS bytes';
/**
 * Client sessions of this database running a statement, ours left out. Without
 * pg_read_all_stats (pg_monitor) a role sees only the pid and database of other roles'
 * sessions: its state and backend_type are NULL. Those are counted as `hidden`.
 */
const ACTIVE_CONNECTIONS = `
SELECT count(*) FILTER (WHERE state = 'active' AND backend_type = 'client backend')::int AS active,
       count(*) FILTER (WHERE backend_type IS NULL)::int AS hidden
  FROM pg_stat_activity
 WHERE datname = current_database() AND pid <> pg_backend_pid()`;
/**
 * Client sessions of the whole server (ours included) against max_connections. A hidden
 * session (see ACTIVE_CONNECTIONS) counts when it is connected to a database, as every
 * client session is (no lock).
 */
const CONNECTION_USAGE = `
SELECT count(*)::int AS total, current_setting('max_connections')::int AS max
  FROM pg_stat_activity
 WHERE backend_type = 'client backend' OR (backend_type IS NULL AND datname IS NOT NULL)`;
/** The oldest open transactions of this database's client sessions, ours left out (no lock). */
const OLDEST_TRANSACTIONS = `
SELECT pid, state, application_name AS application, usename AS role,
       extract(epoch FROM now() - xact_start)::float8 AS age_seconds
  FROM pg_stat_activity
 WHERE datname = current_database() AND backend_type = 'client backend'
   AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
 ORDER BY xact_start
 LIMIT 5`;
/**
 * Sessions of this database waiting for a lock, longest wait first, with what they wait for
 * and who blocks them. `waitStart` is the expression for when the wait began.
 */
function lockWaitersSql(waitStart) {
    return `
SELECT l.pid, l.mode, l.locktype,
       (SELECT n.nspname || '.' || c.relname FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = l.relation) AS relation,
       coalesce(extract(epoch FROM now() - ${waitStart}), 0)::float8 AS wait_seconds,
       pg_blocking_pids(l.pid) AS blockers
  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE NOT l.granted AND a.datname = current_database() AND l.pid <> pg_backend_pid()
 ORDER BY wait_seconds DESC`;
}
/**
 * Lock waiters on PostgreSQL 14+: pg_locks.waitstart is when the wait began (NULL for a
 * moment after it began, read as 0 s). Reads pg_locks and pg_stat_activity (no lock).
 */
const LOCK_WAITERS = lockWaitersSql('l.waitstart');
/**
 * Lock waiters before PostgreSQL 14, which has no waitstart: the waiting statement's start
 * stands in for it, so a wait can read longer than it is, never shorter (no lock).
 */
const LOCK_WAITERS_BEFORE_14 = lockWaitersSql('a.query_start');
/**
 * Each standby streaming from this server: replay lag as time (NULL once caught up and idle,
 * PostgreSQL docs "pg_stat_replication") and as WAL bytes behind this server's position (its
 * replay position when it is a standby itself). Without pg_read_all_stats the state and
 * positions are NULL (no lock).
 */
const REPLICATION = `
SELECT application_name AS name, state,
       extract(epoch FROM replay_lag)::float8 AS lag_seconds,
       pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()
                            ELSE pg_current_wal_lsn() END, replay_lsn)::bigint AS lag_bytes
  FROM pg_stat_replication
 ORDER BY replay_lag DESC NULLS LAST, application_name`;
/**
 * Indexes left INVALID by a failed CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY (TOAST
 * indexes included: a failed REINDEX leaves them there), and whether a build is running on it
 * right now (pg_stat_progress_create_index, PostgreSQL 12+). Other sessions' temporary
 * schemas are left out. Catalog reads only (AccessShareLock on the catalogs).
 */
const preflight_queries_INVALID_INDEXES = `
SELECT n.nspname AS schema, c.relname AS name,
       EXISTS (SELECT 1 FROM pg_stat_progress_create_index p
                WHERE p.index_relid = i.indexrelid) AS building
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT i.indisvalid
   AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
 ORDER BY 1, 2`;

;// CONCATENATED MODULE: ./src/core/monitor/preflight-checks.ts



/** At most this many sessions, waiters or indexes are named in a check's detail. */
const NAMED = 5;
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
const seconds = (value) => Math.round(value * 10) / 10;
const percent = (ratio) => `${Math.round(ratio * 1000) / 10}%`;
const verdict = (failed) => (failed ? 'fail' : 'pass');
/** `a, b, c and 2 more`. */
function listed(items, separator = ', ') {
    const shown = items.slice(0, NAMED).join(separator);
    return items.length > NAMED ? `${shown} and ${items.length - NAMED} more` : shown;
}
async function rows(client, sql) {
    return (await client.query(sql)).rows;
}
const serverVersion = {
    id: 'server-version',
    label: 'Server version',
    limit: () => undefined,
    async measure(client) {
        const [row] = await rows(client, SERVER_VERSION);
        const version = row?.version ?? '';
        return {
            check: { value: `PostgreSQL ${version}`, status: 'info' },
            figures: { 'server-version': version, 'server-version-num': Number(row?.num ?? 0) },
        };
    },
};
const databaseSize = {
    id: 'database-size',
    label: 'Database size',
    limit: () => undefined,
    async measure(client) {
        const [row] = await rows(client, DATABASE_SIZE);
        const bytes = Number(row?.bytes ?? 0);
        return {
            check: { value: formatBytes(bytes), status: 'info' },
            figures: { 'database-size-bytes': bytes },
        };
    },
};
const activeConnections = {
    id: 'active-connections',
    label: 'Active connections',
    limit: (l) => String(l.maxActiveConnections),
    hint: 'wait for a quieter moment, or raise max-active-connections',
    async measure(client, limits) {
        const [row] = await rows(client, ACTIVE_CONNECTIONS);
        const active = row?.active ?? 0;
        const hidden = row?.hidden ?? 0;
        return {
            check: {
                value: String(active),
                status: verdict(active > limits.maxActiveConnections),
                detail: hidden
                    ? `${plural(hidden, 'session')} of other roles cannot be seen by this role, so neither their state nor their transactions are counted: grant it pg_monitor`
                    : undefined,
            },
            figures: { 'active-connections': active },
        };
    },
};
const connectionUsage = {
    id: 'connection-usage',
    label: 'Connections of max_connections',
    limit: (l) => `${percent(l.maxConnectionsUsage)} of max_connections`,
    hint: 'close idle connections or pool them (e.g. PgBouncer), or raise max-connections-usage',
    async measure(client, limits) {
        const [row] = await rows(client, CONNECTION_USAGE);
        const total = row?.total ?? 0;
        const max = row?.max ?? 0;
        const allowed = Math.floor(limits.maxConnectionsUsage * max);
        return {
            check: {
                value: `${total} of ${max} (${percent(max ? total / max : 0)})`,
                status: verdict(total > allowed),
                detail: total > allowed ? `at most ${allowed} allowed` : undefined,
            },
            figures: { 'total-connections': total, 'max-connections': max },
        };
    },
};
function describeTransaction(t) {
    const who = [
        t.application ? `application "${t.application}"` : '',
        t.role ? `role "${t.role}"` : '',
    ].filter(Boolean);
    const state = t.state ? ` ${t.state}` : '';
    return [`pid ${t.pid}${state} for ${duration_formatDuration(t.age_seconds * 1000)}`, ...who].join(', ');
}
const transactionAge = {
    id: 'transaction-age',
    label: 'Oldest transaction',
    limit: (l) => (l.maxTransactionAgeMs ? duration_formatDuration(l.maxTransactionAgeMs) : undefined),
    hint: 'let the long transaction finish or end it (pg_terminate_backend on its pid), or raise max-transaction-age',
    async measure(client, limits) {
        const open = await rows(client, OLDEST_TRANSACTIONS);
        const ageSeconds = open[0]?.age_seconds ?? 0;
        const limit = limits.maxTransactionAgeMs;
        const over = limit ? open.filter((t) => t.age_seconds * 1000 > limit) : [];
        return {
            check: {
                value: open.length ? duration_formatDuration(ageSeconds * 1000) : 'none open',
                status: limit ? verdict(over.length > 0) : 'info',
                detail: over.length ? listed(over.map(describeTransaction), '; ') : undefined,
            },
            figures: { 'oldest-transaction-seconds': seconds(ageSeconds) },
        };
    },
};
function describeWaiter(w) {
    const blockers = w.blockers.length
        ? `, blocked by pid ${w.blockers.join(', ')}`
        : ', blocked by no session any more';
    return `pid ${w.pid} has waited ${duration_formatDuration(w.wait_seconds * 1000)} for ${w.mode} on ${w.relation ?? w.locktype}${blockers}`;
}
const lockWaiters = {
    id: 'lock-waiters',
    label: 'Sessions waiting on locks',
    limit: (l) => `${l.maxLockWaiters} waiting over ${duration_formatDuration(l.maxLockWaitMs)}`,
    hint: 'find what blocks them (the pids above) and let it finish before deploying, or raise max-lock-waiters or max-lock-wait',
    async measure(client, limits, figures) {
        const version = Number(figures['server-version-num'] ?? 0);
        // pg_locks.waitstart exists from PostgreSQL 14; an unknown version takes the query that works everywhere.
        const sql = version >= 140000 ? LOCK_WAITERS : LOCK_WAITERS_BEFORE_14;
        const waiting = await rows(client, sql);
        const long = waiting.filter((w) => w.wait_seconds * 1000 > limits.maxLockWaitMs);
        const shorter = waiting.length - long.length;
        return {
            check: {
                value: `${long.length}${shorter ? ` (+${shorter} waiting less)` : ''}`,
                status: verdict(long.length > limits.maxLockWaiters),
                detail: long.length ? listed(long.map(describeWaiter), '; ') : undefined,
            },
            figures: { 'lock-waiters': long.length },
        };
    },
};
const replicationLag = {
    id: 'replication-lag',
    label: 'Replication lag',
    limit: (l) => (l.maxReplicationLagMs ? duration_formatDuration(l.maxReplicationLagMs) : undefined),
    hint: 'wait for the replicas to catch up, or raise max-replication-lag',
    async measure(client, limits) {
        const replicas = await rows(client, REPLICATION);
        const visible = replicas.filter((r) => r.state !== null);
        const hidden = replicas.length - visible.length;
        const lagSeconds = Math.max(0, ...visible.map((r) => r.lag_seconds ?? 0));
        const lagBytes = Math.max(0, ...visible.map((r) => Number(r.lag_bytes ?? 0)));
        const figures = {
            'replication-lag-seconds': seconds(lagSeconds),
            'replication-lag-bytes': lagBytes,
            replicas: replicas.length,
        };
        if (replicas.length === 0)
            return { check: { value: 'no replicas', status: 'pass' }, figures };
        const limit = limits.maxReplicationLagMs;
        const late = visible.filter((r) => limit && (r.lag_seconds ?? 0) * 1000 > limit);
        const problems = [
            ...late.map((r) => `replica "${r.name ?? ''}" (${r.state}) ${duration_formatDuration((r.lag_seconds ?? 0) * 1000)} behind`),
            ...(hidden
                ? [
                    `the lag of ${plural(hidden, 'replica')} cannot be seen by this role: grant it pg_monitor`,
                ]
                : []),
        ];
        const failed = late.length > 0 || hidden > 0;
        return {
            check: {
                value: `${duration_formatDuration(lagSeconds * 1000)}, ${formatBytes(lagBytes)} behind (${plural(replicas.length, 'replica')})`,
                status: !limit && !hidden ? 'info' : verdict(failed),
                detail: problems.length ? listed(problems, '; ') : undefined,
            },
            figures,
        };
    },
};
const preflight_checks_invalidIndexes = {
    id: 'invalid-indexes',
    label: 'Invalid indexes',
    limit: (l) => String(l.maxInvalidIndexes),
    hint: 'drop each invalid index (DROP INDEX CONCURRENTLY) and create it again, or REINDEX INDEX CONCURRENTLY it',
    async measure(client, limits) {
        const found = await rows(client, preflight_queries_INVALID_INDEXES);
        const names = found.map((i) => `${i.schema}.${i.name}${i.building ? ' (being built)' : ''}`);
        return {
            check: {
                value: String(found.length),
                status: verdict(found.length > limits.maxInvalidIndexes),
                detail: found.length ? listed(names) : undefined,
            },
            figures: { 'invalid-indexes': found.length },
        };
    },
};
/** Every check that runs on the session, in report order (the connection check comes first). */
const SESSION_CHECKS = [
    serverVersion,
    databaseSize,
    activeConnections,
    connectionUsage,
    transactionAge,
    lockWaiters,
    replicationLag,
    preflight_checks_invalidIndexes,
];

;// CONCATENATED MODULE: ./src/core/monitor/preflight.ts








/** The client gives up a little after the server's statement_timeout would have fired. */
const clientTimeout = (limits) => limits.statementTimeoutMs + 2_000;
function queryFailure(error, limits) {
    const pg = pgErrorFields(error);
    if (pg.code === '57014')
        return {
            reason: `cancelled by statement-timeout after ${duration_formatDuration(limits.statementTimeoutMs)}`,
            hint: 'raise statement-timeout, or run again when the server is less busy',
            lost: false,
        };
    if (pg.code === '42501')
        return {
            reason: `permission denied: ${pg.message}`,
            hint: 'grant this role pg_monitor, or run as a role that has it',
            lost: false,
        };
    if (pg.code && /^[0-9A-Z]{5}$/.test(pg.code))
        return { reason: `${pg.code} ${pg.message}`, hint: 'see the server log', lost: false };
    const hint = 'check that the server is up and reachable from here, then run again';
    if (/query read timeout/i.test(pg.message))
        return {
            reason: `no answer within ${duration_formatDuration(clientTimeout(limits))}`,
            hint,
            lost: true,
        };
    return { reason: `the connection was lost: ${pg.message}`, hint, lost: true };
}
/** The session checks to run: the named ones (server-version always), else every one. */
function selectedChecks(ids) {
    if (!ids)
        return SESSION_CHECKS;
    return SESSION_CHECKS.filter((spec) => spec.id === 'server-version' || ids.includes(spec.id));
}
/** Every check id a preflight knows, in report order: the connection check, then the session checks. */
const PREFLIGHT_CHECK_IDS = [
    'connection',
    ...SESSION_CHECKS.map((spec) => spec.id),
];
/** Runs the session checks in order; after a lost connection the rest are skipped. */
async function runChecks(client, specs, limits, figures, logger) {
    const checks = [];
    let lost;
    for (const spec of specs) {
        const row = { id: spec.id, label: spec.label, limit: spec.limit(limits) };
        let check;
        if (lost) {
            check = { ...row, value: 'not run', status: 'skipped', detail: lost };
        }
        else {
            try {
                const measured = await spec.measure(client, limits, figures);
                Object.assign(figures, measured.figures);
                const hint = measured.check.status === 'fail' && spec.hint ? { hint: spec.hint } : {};
                check = { ...row, ...measured.check, ...hint };
            }
            catch (error) {
                const failure = queryFailure(error, limits);
                if (failure.lost)
                    lost = failure.reason;
                const { reason: detail, hint } = failure;
                check = { ...row, value: 'not measured', status: 'fail', detail, hint };
            }
        }
        logger.debug(`${check.status} ${check.id}: ${check.value}`);
        checks.push(check);
    }
    return checks;
}
/** The connection check when connecting (or making the session read-only) failed. */
function connectionFailed(error, limits) {
    const failure = (0,errors/* isDbDeployError */.G$)(error)
        ? { reason: error.message, hint: error.hint ?? '' }
        : queryFailure(error, limits);
    return {
        id: 'connection',
        label: 'Connection',
        value: failure.reason,
        status: 'fail',
        ...(failure.hint ? { hint: failure.hint } : {}),
    };
}
function notRun(specs, limits) {
    return specs.map((spec) => ({
        id: spec.id,
        label: spec.label,
        value: 'not run',
        limit: spec.limit(limits),
        status: 'skipped',
        detail: 'no connection',
    }));
}
/**
 * The preflight checks of a deployment: connects within `connectTimeoutMs`, makes the session
 * read-only, then measures the server version, the database size, active sessions, sessions
 * against max_connections, the oldest open transaction, sessions waiting on locks, replica
 * lag and INVALID indexes, each query under its own statement timeout. Every check is
 * reported: a failed connection or query is a failed check, not an exception. Throws only for
 * bad options (a `bad-input` DbDeployError).
 */
async function preflight(options, logger) {
    const limits = preflightLimits(options);
    const specs = selectedChecks(options.checks);
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    const started = performance.now();
    const figures = { ...NO_FIGURES };
    logger.info(`preflight checks on ${target.display}`);
    let client;
    let checks;
    try {
        client = await connect(target, {
            connectTimeoutMs: limits.connectTimeoutMs,
            applicationName: 'db-deploy preflight',
            queryTimeoutMs: clientTimeout(limits),
        });
        await client.query(PREFLIGHT_SESSION, [String(limits.statementTimeoutMs)]);
        const connected = {
            id: 'connection',
            label: 'Connection',
            value: `connected in ${duration_formatDuration(performance.now() - started)}`,
            status: 'pass',
        };
        checks = [connected, ...(await runChecks(client, specs, limits, figures, logger))];
    }
    catch (error) {
        checks = [connectionFailed(error, limits), ...notRun(specs, limits)];
    }
    finally {
        await disconnect(client);
    }
    const failed = checks.filter((c) => c.status === 'fail').length;
    logger.info(failed
        ? `preflight: ${failed} of ${checks.length} checks failed`
        : `preflight: all ${checks.length} checks passed`);
    return {
        passed: failed === 0,
        database: target.display,
        durationMs: Math.round(performance.now() - started),
        checks,
        figures,
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/preflight-verdict.ts

/** A detail longer than this is cut short in the error line (the summary has it whole). */
const DETAIL_IN_LINE = 120;
function clip(text) {
    return text.length > DETAIL_IN_LINE ? `${text.slice(0, DETAIL_IN_LINE - 1)}…` : text;
}
/** `active-connections: 142 > 100`, `invalid-indexes: 1 > 0 (public.idx_x)`. */
function describeFailure(check) {
    const limit = check.limit && check.value !== 'not measured' ? ` > ${check.limit}` : '';
    const detail = check.detail ? ` (${clip(check.detail)})` : '';
    return `${check.id}: ${check.value}${limit}${detail}`;
}
/**
 * The error a failed preflight ends with: ONE line naming every failed check, where, and what
 * to do (`preflight failed 2 of 9 checks: active-connections: 142 > 100; invalid-indexes: 1 > 0
 * (public.idx_x) (db.example.com:5432/app) — …`). Undefined when every check passed.
 */
function preflightFailure(result) {
    const failed = result.checks.filter((c) => c.status === 'fail');
    if (failed.length === 0)
        return undefined;
    const only = failed.length === 1 ? failed[0] : undefined;
    return new errors/* DbDeployError */.WV('preflight-failed', `preflight failed ${failed.length} of ${result.checks.length} checks: ${failed.map(describeFailure).join('; ')}`, {
        where: result.database,
        hint: only?.hint ??
            'fix each failed check (the job summary says how) or raise its limit, then run again',
        partial: result,
    });
}
/** Throws `preflightFailure(result)` when a check failed; call it after reporting the result. */
function assertPreflightPassed(result) {
    const failure = preflightFailure(result);
    if (failure)
        throw failure;
}
/**
 * The step outputs: every figure (empty when not measured), `passed`, and `failed-checks`
 * (the ids of the failed checks, comma-separated).
 */
function preflightOutputs(result) {
    const outputs = {};
    for (const [name, value] of Object.entries(result.figures))
        outputs[name] = value ?? '';
    outputs.passed = String(result.passed);
    outputs['failed-checks'] = result.checks
        .filter((c) => c.status === 'fail')
        .map((c) => c.id)
        .join(',');
    return outputs;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/core/shell.ts


/** How long the output of a finished command is still relayed (background writers). */
const OUTPUT_GRACE_MS = 200;
function shell() {
    return (0,external_node_fs_.existsSync)('/bin/bash') ? '/bin/bash' : '/bin/sh';
}
/**
 * Runs a command once in a shell (bash where there is one, like a workflow's `run:`), its
 * output passed line by line to the logger, and waits for the shell to exit. Never throws:
 * the caller judges the exit code.
 */
function runShell(command, options) {
    const { timeoutMs, label, logger } = options;
    const startedAt = new Date();
    const started = performance.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(shell(), ['-c', command], {
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        let timedOut = false;
        const timer = timeoutMs > 0
            ? setTimeout(() => {
                timedOut = true;
                killGroup(child.pid);
            }, timeoutMs)
            : undefined;
        const relay = (stream, log) => {
            let rest = '';
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => {
                const lines = (rest + chunk).split('\n');
                rest = lines.pop() ?? '';
                for (const line of lines)
                    log(`${label}: ${line}`);
            });
            stream.on('end', () => {
                if (rest)
                    log(`${label}: ${rest}`);
            });
        };
        relay(child.stdout, (l) => logger.info(l));
        relay(child.stderr, (l) => logger.info(l));
        let settled = false;
        const finish = (exitCode, error) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            // A background process may still hold the pipes: let go of them so this process can end.
            child.stdout.destroy();
            child.stderr.destroy();
            child.unref();
            const run = {
                startedAt: startedAt.toISOString(),
                endedAt: new Date().toISOString(),
                durationMs: Math.round(performance.now() - started),
                exitCode,
                ...(error ? { error } : {}),
            };
            resolve(run);
        };
        child.on('error', (error) => finish(null, `could not start: ${error.message}`));
        // The verdict is the shell's exit, not the end of its output: a command that leaves a
        // process running in the background (`nohup … &`) has still finished. Its output is
        // waited for a moment (until every writer has closed it, at most OUTPUT_GRACE_MS).
        child.on('exit', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const verdict = () => {
                if (timedOut)
                    finish(null, `killed after ${timeoutMs}ms (${options.timeoutInput ?? `${label}-timeout`})`);
                else if (signal)
                    finish(null, `ended by ${signal}`);
                else
                    finish(code);
            };
            const grace = setTimeout(verdict, OUTPUT_GRACE_MS);
            child.once('close', () => {
                clearTimeout(grace);
                verdict();
            });
        });
    });
}
function killGroup(pid) {
    if (!pid)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}

;// CONCATENATED MODULE: ./src/core/fleet/verify.ts




/**
 * Checks a `verify-checks` list against the monitor's preflight checks; an unknown name is
 * refused in one line that lists the known ones.
 */
function parseVerifyChecks(names, source) {
    for (const name of names)
        if (!PREFLIGHT_CHECK_IDS.includes(name))
            throw new errors/* DbDeployError */.WV('bad-input', `${source}: "${name}" is not a preflight check`, {
                hint: `use some of ${PREFLIGHT_CHECK_IDS.join(', ')}`,
            });
    return [...new Set(names)];
}
/** Whether the settings ask for a health gate at all. */
function hasVerify(settings) {
    return Boolean(settings.command) || settings.checks.length > 0;
}
/**
 * The health gate of one target, right after its migrations: `verify-command` (with
 * DATABASE_URL and DB_DEPLOY_TARGET of the target; non-zero exit or a kill after `timeoutMs`
 * fails it), then the named preflight checks on one read-only connection, judged with the
 * monitor's thresholds. The first failure ends the gate. Never throws for a failing target.
 */
async function verifyTarget(target, settings, connectTimeoutMs, logger) {
    const verify = {};
    if (settings.command) {
        logger.info('verify-command: running');
        const run = await runShell(settings.command, {
            env: { DATABASE_URL: target.url, DB_DEPLOY_TARGET: target.name },
            timeoutMs: settings.timeoutMs,
            label: 'verify-command',
            timeoutInput: 'verify-timeout',
            logger,
        });
        verify.command = {
            exitCode: run.exitCode,
            durationMs: run.durationMs,
            ...(run.error ? { error: run.error } : {}),
        };
        if (run.exitCode !== 0)
            return {
                verify,
                error: new errors/* DbDeployError */.WV('verify-failed', run.exitCode === null
                    ? `verify-command did not finish: ${run.error ?? 'no exit code'}`
                    : `verify-command exited with code ${run.exitCode}`, {
                    where: target.display,
                    hint: `its output is in the log under [${target.name}]; the migrations stay applied (a rollout never runs a down migration): fix the target, then run the step again`,
                }),
            };
    }
    if (settings.checks.length > 0) {
        const result = await preflight({ ...settings.limits, connectTimeoutMs, databaseUrl: target.url, checks: settings.checks }, logger);
        // Only the named checks judge the target (server-version and connection always run).
        const failed = result.checks.filter((c) => c.status === 'fail');
        verify.checks = {
            passed: failed.length === 0,
            failed: failed.map((c) => c.id),
            durationMs: result.durationMs,
        };
        const failure = preflightFailure(result);
        if (failure)
            return {
                verify,
                error: new errors/* DbDeployError */.WV('verify-failed', `verify-checks: ${failure.message}`, {
                    where: failure.where,
                    hint: failure.hint,
                }),
            };
    }
    return { verify };
}

;// CONCATENATED MODULE: ./src/core/fleet/rollout.ts
// Decision record: docs/adr/0015-fleet-rollouts.md (ADR 0015).







const rollout_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Refuses what no target could use, before any target is touched (one `bad-input` line). */
function checkOptions(options) {
    if (options.migrate.direction !== 'up')
        throw new errors/* DbDeployError */.WV('bad-input', 'a rollout over database-urls only applies migrations: direction down is refused', { hint: 'roll back one database at a time with database-url and direction: down' });
    if (!Number.isSafeInteger(options.maxParallel) || options.maxParallel < 1)
        throw new errors/* DbDeployError */.WV('bad-input', `max-parallel: ${options.maxParallel} is not valid`, {
            hint: 'use a whole number from 1 up',
        });
    if (options.verify.checks.length > 0)
        preflightLimits({ ...options.verify.limits, databaseUrl: '' });
}
/** The report of a target that has not started (yet). */
function notStarted(target, canary) {
    return {
        name: target.name,
        target: target.display,
        status: 'skipped',
        canary,
        migrations: [],
        planned: [],
    };
}
/** Copies what a migrate run (or the part of it before a failure) did into the target's report. */
function record(report, result) {
    report.migrations = result.applied.map((m) => ({
        name: m.name,
        durationMs: m.durationMs,
        retries: m.retries,
    }));
    report.planned = result.planned.map((p) => p.name);
    report.pending = result.pending;
    if (result.lastMigration)
        report.lastMigration = result.lastMigration;
}
function statusLine(report) {
    const took = `in ${duration_formatDuration(report.durationMs ?? 0)}`;
    switch (report.status) {
        case 'applied':
            return `applied ${rollout_plural(report.migrations.length, 'migration')} ${took}`;
        case 'up-to-date':
            return `up to date ${took}`;
        case 'pending':
            return `dry run: ${rollout_plural(report.planned.length, 'migration')} would run`;
        case 'failed':
            return `FAILED ${took}: ${report.error ?? ''}`;
        case 'skipped':
            return `not started: ${report.skipped ?? ''}`;
        default:
            return (0,errors/* assertNever */.xb)(report.status);
    }
}
/**
 * Migrates many databases with the single-database `migrate` (every guarantee of it, per
 * target, unchanged): the canary targets first, one after another, then the rest on up to
 * `maxParallel` lanes, each lane taking the next target as soon as its last one is done.
 * Each target is followed by its health gate (verify-command, verify-checks) when one is set.
 *
 * A failed target keeps what `migrate` keeps on failure (the failing migration's transaction
 * rolled back, the ones before it applied); no down migration is ever run. After a failure no
 * new target starts (`halt`, and always after a failing canary), the running ones finish; with
 * `continue` the others go on. A cancelled job (`signal`) also starts no new target. A target
 * holds at most one db-deploy connection at a time: the migration's, then the checks'.
 *
 * Throws only for options no target could use; a failing target is reported, not thrown.
 */
async function rollout(options, logger, signal) {
    checkOptions(options);
    const selected = selectTargets(options.targets, options.selection);
    const started = Date.now();
    const dryRun = options.migrate.dryRun;
    const reports = new Map();
    for (const t of selected.canary)
        reports.set(t, notStarted(t, true));
    for (const t of selected.rest)
        reports.set(t, notStarted(t, false));
    const failures = [];
    let halt;
    const stopReason = () => halt ?? (signal?.aborted ? 'the job was cancelled' : undefined);
    const lanes = Math.min(options.maxParallel, selected.rest.length);
    logger.info(`rollout of ${rollout_plural(reports.size, 'target')}` +
        (selected.canary.length
            ? `: canary ${selected.canary.map((t) => t.name).join(', ')} first, one at a time`
            : '') +
        (selected.rest.length
            ? `${selected.canary.length ? ', then' : ':'} ${rollout_plural(selected.rest.length, 'target')} on ${rollout_plural(lanes, 'lane')}`
            : '') +
        ` (on-failure ${options.onFailure}${dryRun ? ', dry run' : ''})`);
    const onCancel = () => logger.info('cancelled: no new target starts; the targets running now finish');
    signal?.addEventListener('abort', onCancel, { once: true });
    const runOne = async (target, lane) => {
        const report = reports.get(target);
        const log = targetLogger(logger, target.name);
        const t0 = Date.now();
        Object.assign(report, {
            lane,
            startedAt: new Date(t0).toISOString(),
            startOffsetMs: t0 - started,
        });
        log.info(report.canary ? `canary: migrating ${target.display}` : `migrating ${target.display}`);
        try {
            const result = await migrate({ ...options.migrate, databaseUrl: target.url }, log);
            record(report, result);
            if (dryRun)
                report.status = result.planned.length ? 'pending' : 'up-to-date';
            else
                report.status = result.applied.length ? 'applied' : 'up-to-date';
            if (!dryRun && hasVerify(options.verify)) {
                const gate = await verifyTarget(target, options.verify, options.migrate.connectTimeoutMs, log);
                report.verify = gate.verify;
                if (gate.error)
                    throw gate.error;
            }
        }
        catch (error) {
            const partial = (0,errors/* isDbDeployError */.G$)(error)
                ? error.partial
                : undefined;
            if (partial?.applied)
                record(report, partial);
            report.status = 'failed';
            report.error = (0,errors/* describeError */.Uc)(error);
            failures.push(target.name);
        }
        report.durationMs = Date.now() - t0;
        log.info(statusLine(report));
        return report;
    };
    for (const target of selected.canary) {
        if (stopReason())
            break;
        const report = await runOne(target, 0);
        if (report.status === 'failed')
            halt = `the canary ${target.name} failed`;
    }
    let next = 0;
    const lane = async (number) => {
        for (;;) {
            if (stopReason())
                return;
            const target = selected.rest[next];
            next += 1;
            if (!target)
                return;
            const report = await runOne(target, number);
            if (report.status === 'failed' && options.onFailure === 'halt')
                halt ??= `${target.name} failed (on-failure halt)`;
        }
    };
    await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i + 1)));
    signal?.removeEventListener('abort', onCancel);
    const targets = [...reports.values()];
    for (const report of targets)
        if (report.startedAt === undefined)
            report.skipped = stopReason() ?? 'not reached';
    const count = (...statuses) => targets.filter((t) => statuses.includes(t.status)).length;
    const { shardIndex, shardTotal } = options.selection;
    const result = {
        dryRun,
        group: options.selection.group,
        ...(shardIndex !== undefined && shardTotal !== undefined
            ? { shard: { index: shardIndex, total: shardTotal } }
            : {}),
        canary: selected.canaryCount,
        maxParallel: options.maxParallel,
        onFailure: options.onFailure,
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        targets,
        counts: {
            targets: targets.length,
            succeeded: count('applied', 'up-to-date', 'pending'),
            failed: count('failed'),
            skipped: count('skipped'),
            applied: targets.reduce((sum, t) => sum + t.migrations.length, 0),
        },
        ...(failures[0] ? { firstFailure: failures[0] } : {}),
        halted: halt !== undefined,
        cancelled: Boolean(signal?.aborted),
    };
    const { succeeded, failed, skipped } = result.counts;
    logger.info(`rollout: ${succeeded} of ${rollout_plural(targets.length, 'target')} succeeded, ${failed} failed, ${skipped} not started, ${rollout_plural(result.counts.applied, 'migration')} applied in ${duration_formatDuration(result.durationMs)}`);
    return result;
}

;// CONCATENATED MODULE: ./src/core/fleet/options.ts
const ON_FAILURE = ['halt', 'continue'];
const FLEET_DEFAULTS = {
    maxParallel: 1,
    onFailure: 'halt',
    verifyTimeoutMs: 600_000,
};

;// CONCATENATED MODULE: ./src/core/fleet/targets.ts


/** A target name: safe in a log prefix, a Markdown cell, a mermaid task and a comma-separated output. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
/** `name=URL`: the name is plain, so the first `=` of a URL's query string is never taken for it. */
const NAMED_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=\s*(\S.*)$/;
/** Where a URL starts in a line, whatever comes before it (a name, a typo). */
const SCHEME = /[a-z][a-z0-9+.-]*:\/\//i;
/** The lines of a list that hold a target: blank lines and `#` comments are skipped. */
function listedLines(text) {
    return text
        .split(/\r?\n/)
        .map((raw, i) => ({ text: raw.trim(), line: i + 1 }))
        .filter((l) => l.text && !l.text.startsWith('#'));
}
/**
 * Every string to mask for a list of connection URLs (one a line, each `URL` or `name=URL`):
 * each line as written, and the URL, password and decoded password inside it. Works on lines
 * that do not parse (a malformed line's password is masked before the error that rejects it),
 * and on a single URL, for which it equals `secretsOf`.
 */
function secretsOfList(text) {
    const secrets = new Set();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line)
            continue;
        const start = SCHEME.exec(line)?.index ?? 0;
        for (const secret of [...(0,db_url/* secretsOf */.Fj)(line), ...(0,db_url/* secretsOf */.Fj)(line.slice(start))])
            secrets.add(secret);
    }
    return [...secrets];
}
/**
 * Parses a list of databases: one a line, `URL` or `name=URL`, blank lines and `#` comments
 * skipped. A name defaults to the database's name. Refuses, in one line naming the list and the
 * line (never the URL): a URL that does not parse, a bad name, two lines with one name, the same
 * database twice, and an empty list.
 * @param source what the list is called in messages (`database-urls`, `--targets FILE`)
 */
function parseTargets(text, source) {
    const targets = [];
    for (const { text: line, line: number } of listedLines(text)) {
        const where = `${source} line ${number}`;
        const named = NAMED_LINE.exec(line);
        const url = named ? named[2] : line;
        const parsed = (0,db_url/* parseDatabaseUrl */.mx)(url, where);
        const name = named ? named[1] : parsed.database;
        if (!NAME.test(name))
            throw new errors/* DbDeployError */.WV('bad-input', named
                ? `${where}: the name "${name}" is longer than 63 characters`
                : `${where}: the database name of ${parsed.display} cannot serve as the target's name`, {
                hint: 'name the target: name=URL, with letters, digits, ".", "_" and "-" (at most 63)',
            });
        for (const other of targets) {
            if (other.name === name)
                throw new errors/* DbDeployError */.WV('bad-input', `${source} lines ${other.line} and ${number} share the name "${name}"`, { hint: 'give each target its own name: name=URL' });
            if (other.display === parsed.display)
                throw new errors/* DbDeployError */.WV('bad-input', `${source} lines ${other.line} and ${number} are the same database (${parsed.display})`, { hint: 'list each database once' });
        }
        targets.push({
            name,
            display: parsed.display,
            url: parsed.url,
            line: number,
            index: targets.length,
        });
    }
    if (targets.length === 0)
        throw new errors/* DbDeployError */.WV('bad-input', `${source} lists no database`, {
            hint: 'give one connection URL a line, as URL or name=URL',
        });
    return targets;
}

;// CONCATENATED MODULE: ./src/core/fleet/verdict.ts

const RERUN = 'run the step again once it is fixed: targets already up to date do nothing';
/**
 * The error a rollout ends with, or undefined when every target succeeded: ONE line with the
 * counts and the first failure's own line (`2 of 10 targets failed, 6 not started (tenant_3
 * failed (on-failure halt)); first tenant_3: migration … failed: … (file:8:16) — …`).
 */
function fleetFailure(result) {
    const { targets, failed, skipped } = result.counts;
    const notStarted = skipped
        ? `, ${skipped} not started (${result.targets.find((t) => t.skipped)?.skipped ?? ''})`
        : '';
    const first = result.targets.find((t) => t.name === result.firstFailure);
    if (first)
        return new errors/* DbDeployError */.WV('rollout-failed', `${failed} of ${targets} target${targets === 1 ? '' : 's'} failed${notStarted}; first ${first.name}: ${first.error ?? ''}`, { hint: RERUN });
    if (result.cancelled && skipped)
        return new errors/* DbDeployError */.WV('cancelled', `the job was cancelled: ${skipped} of ${targets} targets not started`, { hint: 'run the step again: targets already up to date do nothing' });
    return undefined;
}
/**
 * The fleet's step outputs (kebab-case, as migrate/action.yml declares them): the counts,
 * the failed targets' names (comma-separated, in the order they failed), and `applied` as the
 * migrations applied on any target, each once.
 */
function fleetOutputs(result) {
    const applied = [...new Set(result.targets.flatMap((t) => t.migrations.map((m) => m.name)))];
    const known = result.targets.filter((t) => t.pending !== undefined);
    return {
        applied: JSON.stringify(applied),
        'applied-count': result.counts.applied,
        'pending-count': known.reduce((sum, t) => sum + (t.pending?.length ?? 0), 0),
        'targets-count': result.counts.targets,
        'succeeded-count': result.counts.succeeded,
        'failed-count': result.counts.failed,
        'skipped-count': result.counts.skipped,
        'failed-targets': result.targets
            .filter((t) => t.status === 'failed')
            .map((t) => t.name)
            .join(','),
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/cancel.ts
/**
 * An AbortSignal that fires when the runner cancels the job: it sends SIGINT, then SIGTERM,
 * to the step's process. `dispose` removes the handlers (the default exit behaviour returns).
 */
function cancelSignal() {
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    const signals = ['SIGINT', 'SIGTERM'];
    for (const name of signals)
        process.on(name, onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            for (const name of signals)
                process.off(name, onSignal);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/report/fleet.ts




/** The gantt chart shows at most this many targets (the table shows every one). */
const GANTT_MAX_TARGETS = 100;
const fleet_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function fleet_status(s) {
    switch (s) {
        case 'applied':
            return '✅ applied';
        case 'up-to-date':
            return '✅ up to date';
        case 'pending':
            return '🔎 would migrate';
        case 'failed':
            return '❌ failed';
        case 'skipped':
            return '⏭️ not started';
        default:
            return (0,errors/* assertNever */.xb)(s);
    }
}
function title(result) {
    const { targets, failed, skipped, applied } = result.counts;
    const of = fleet_plural(targets, 'target');
    if (failed > 0)
        return `## ❌ db-deploy migrate: ${failed} of ${of} failed${skipped ? `, ${skipped} not started` : ''}`;
    if (result.cancelled && skipped)
        return `## ⏹️ db-deploy migrate: cancelled, ${skipped} of ${of} not started`;
    if (result.dryRun) {
        const pending = result.targets.filter((t) => t.status === 'pending').length;
        return `## 🔎 db-deploy migrate (dry run): ${pending} of ${of} would migrate`;
    }
    if (targets === 0)
        return '## ✅ db-deploy migrate: no target in this slice';
    return `## ✅ db-deploy migrate: ${of}, ${fleet_plural(applied, 'migration')} applied`;
}
function settings(result) {
    const parts = [
        `target-group **${result.group}**`,
        ...(result.shard
            ? [`shard-index ${result.shard.index} of shard-total ${result.shard.total}`]
            : []),
        `canary ${result.canary}`,
        `max-parallel ${result.maxParallel}`,
        `on-failure ${result.onFailure}`,
        `took ${duration_formatDuration(result.durationMs)}`,
    ];
    return parts.join(' · ');
}
function note(t) {
    if (t.status === 'skipped')
        return markdown_cell(t.skipped ?? '');
    if (t.error)
        return markdown_cell(t.error);
    if (t.status === 'pending')
        return markdown_cell(t.planned.join(', '));
    const gate = [];
    if (t.verify?.command)
        gate.push('verify-command passed');
    if (t.verify?.checks)
        gate.push('verify-checks passed');
    return gate.join(', ');
}
function row(t, position) {
    const retries = t.migrations.reduce((sum, m) => sum + m.retries, 0);
    return [
        String(position),
        `${markdown_code(t.name)}${t.canary ? ' 🐤 canary' : ''}`,
        markdown_cell(markdown_code(t.target)),
        fleet_status(t.status),
        String(t.migrations.length),
        t.durationMs === undefined ? '' : duration_formatDuration(t.durationMs),
        String(retries),
        note(t),
    ];
}
/**
 * A mermaid gantt of the rollout: the canary phase as one section, then one section per lane
 * (each lane takes the next target when its last one is done). Times are real (ms since the
 * epoch); failed targets are marked `crit`. Targets that never started have no bar.
 */
function renderGantt(result) {
    const started = Date.parse(result.startedAt);
    const ran = result.targets
        .filter((t) => t.startOffsetMs !== undefined)
        .slice(0, GANTT_MAX_TARGETS);
    const sections = new Map();
    for (const t of ran)
        sections.set(t.lane ?? 0, [...(sections.get(t.lane ?? 0) ?? []), t]);
    const lines = [
        'gantt',
        '  title Rollout: canary, then lanes',
        '  dateFormat x',
        '  axisFormat %H:%M:%S',
    ];
    for (const lane of [...sections.keys()].sort((a, b) => a - b)) {
        lines.push(`  section ${lane === 0 ? 'canary' : `lane ${lane}`}`);
        for (const t of sections.get(lane) ?? []) {
            const start = started + (t.startOffsetMs ?? 0);
            // A bar needs a length: a target done within a millisecond still gets one.
            const end = start + Math.max(1, t.durationMs ?? 0);
            const tag = t.status === 'failed' ? 'crit' : 'done';
            lines.push(`  ${t.name} :${tag}, ${start}, ${end}`);
        }
    }
    return fenced('mermaid', lines.join('\n'));
}
/**
 * The fleet job summary: the verdict, the first failure on top, one row per target in rollout
 * order (canary marked), the migrations applied, and a gantt of the canary and the lanes.
 * Pure: result in, Markdown out.
 */
function renderFleetSummary(result) {
    const parts = [title(result), ''];
    const first = result.targets.find((t) => t.name === result.firstFailure);
    if (first)
        parts.push(`> **First failure: ${markdown_code(first.name)}** (${markdown_code(first.target)}): ${markdown_cell(first.error ?? '')}`, '');
    parts.push(settings(result), '');
    if (result.targets.length > 0)
        parts.push(table(['#', 'Target', 'Database', 'Status', 'Applied', 'Duration', 'Lock retries', 'Note'], ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'l'], result.targets.map((t, i) => row(t, i + 1))), '');
    const applied = [...new Set(result.targets.flatMap((t) => t.migrations.map((m) => m.name)))];
    if (applied.length)
        parts.push(`**Migrations applied:** ${applied.map(markdown_code).join(', ')}`, '');
    if (result.targets.some((t) => t.startOffsetMs !== undefined)) {
        const shown = result.targets.filter((t) => t.startOffsetMs !== undefined).length;
        parts.push(renderGantt(result), '');
        if (shown > GANTT_MAX_TARGETS)
            parts.push(`The chart shows the first ${GANTT_MAX_TARGETS} of ${shown} targets that started; the table lists every one.`, '');
    }
    parts.push(markdown_footer(VERSION));
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/core/monitor/limits.ts

/**
 * Readers for the thresholds of `monitor` (preflight and watch), shared by the action and the
 * CLI. `name` is the input or option as the user wrote it (`max-connections-usage`,
 * `--max-active-connections`), for the error line. Durations: `parseDuration` (../duration.ts).
 */
/**
 * A share between 0 and 1, written as a fraction (`0.8`) or a percentage (`80%`, `5.5%`).
 * Returns the fraction.
 */
function parseRatio(value, name) {
    const text = value.trim();
    const match = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(text);
    const ratio = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
    if (!(ratio >= 0 && ratio <= 1)) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is not a share from 0 to 1`, {
            hint: 'use a fraction or a percentage, e.g. 0.8 or 80%',
        });
    }
    return ratio;
}
/** A whole number of at least `min` (default 0), e.g. a count of connections. */
function parseCount(value, name, min = 0) {
    const text = value.trim();
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < min) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is not a whole number of at least ${min}`, { hint: `use digits only, e.g. ${Math.max(min, 100)}` });
    }
    return Number(text);
}

;// CONCATENATED MODULE: ./src/cli/thresholds.ts



/** The preflight thresholds as options: `preflight` and `migrate --targets --verify-check …` take them. */
const THRESHOLD_OPTIONS = {
    'max-active-connections': { type: 'string' },
    'max-connections-usage': { type: 'string' },
    'max-transaction-age': { type: 'string' },
    'max-lock-wait': { type: 'string' },
    'max-lock-waiters': { type: 'string' },
    'max-replication-lag': { type: 'string' },
    'max-invalid-indexes': { type: 'string' },
};
/** `--name value` as a count, or undefined when not given. */
function count(value, name) {
    return value === undefined ? undefined : parseCount(value, `--${name}`);
}
/** The threshold options parsed once, each refused in one line naming its option. */
function thresholdOptions(v) {
    const d = PREFLIGHT_DEFAULTS;
    const ratio = v['max-connections-usage'];
    return {
        maxActiveConnections: count(v['max-active-connections'], 'max-active-connections'),
        maxConnectionsUsage: ratio === undefined ? undefined : parseRatio(ratio, '--max-connections-usage'),
        maxTransactionAgeMs: durationOption(v['max-transaction-age'], 'max-transaction-age', d.maxTransactionAgeMs),
        maxLockWaitMs: durationOption(v['max-lock-wait'], 'max-lock-wait', d.maxLockWaitMs),
        maxLockWaiters: count(v['max-lock-waiters'], 'max-lock-waiters'),
        maxReplicationLagMs: durationOption(v['max-replication-lag'], 'max-replication-lag', d.maxReplicationLagMs),
        maxInvalidIndexes: count(v['max-invalid-indexes'], 'max-invalid-indexes'),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/fleet.ts














const FLEET_HELP = `Fleet (many databases, one a line in FILE: URL or name=URL, # comments allowed):
  --targets FILE            migrate every database of FILE instead of --database-url
  --canary N                targets from the top migrated first, one at a time
                            (default: 1 with more than one target)
  --max-parallel N          targets migrated at once after the canary (default: 1)
  --on-failure halt|continue  after a failure start no new target (default) or go on
  --verify-command CMD      run after each target, with DATABASE_URL and DB_DEPLOY_TARGET
  --verify-timeout D        kill verify-command after D (default: 10m)
  --verify-checks LIST      preflight checks judged on each target, comma-separated
                            (e.g. invalid-indexes,lock-waiters), with the --max-* limits of
                            db-deploy preflight
  --target-group all|canary|rest  the whole list, the canary targets, or the rest
  --shard-index I --shard-total N  this run's slice (target i goes to slice i mod N)`;
/** The options only a fleet run takes. */
const FLEET_OPTIONS = {
    targets: { type: 'string' },
    canary: { type: 'string' },
    'max-parallel': { type: 'string' },
    'on-failure': { type: 'string' },
    'verify-command': { type: 'string' },
    'verify-timeout': { type: 'string' },
    'verify-checks': { type: 'string' },
    'target-group': { type: 'string' },
    'shard-index': { type: 'string' },
    'shard-total': { type: 'string' },
    ...THRESHOLD_OPTIONS,
};
/** Refuses a fleet option given without --targets, in one line. */
function refuseFleetOptions(v) {
    const used = Object.keys(FLEET_OPTIONS).find((name) => name !== 'targets' && v[name] !== undefined);
    if (used)
        throw new errors/* DbDeployError */.WV('bad-input', `--${used} applies to --targets only`, {
            hint: `list the database in a --targets file (one line is a fleet of one), or leave out --${used}`,
        });
}
/** Reads the --targets file; every line's secrets are registered before anything is parsed. */
async function readTargets(value, io) {
    let text;
    try {
        text = await (0,promises_.readFile)(pathOption(value, ''), 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new errors/* DbDeployError */.WV('bad-input', `--targets ${value} cannot be read (${code})`, {
            hint: 'pass a file with one connection URL (or name=URL) a line',
        });
    }
    io.secrets.push(...secretsOfList(text));
    return parseTargets(text, `--targets ${value}`);
}
/** `db-deploy migrate --targets FILE`: the rollout the action runs over database-urls. Returns the exit code. */
async function fleetCommand(v, run, io) {
    if (v['database-url'] !== undefined)
        throw new errors/* DbDeployError */.WV('bad-input', '--database-url and --targets are both given', {
            hint: 'give --database-url for one database or --targets FILE for a fleet, not both',
        });
    const targets = await readTargets(v.targets, io);
    const cancel = cancelSignal();
    let result;
    try {
        result = await rollout({
            targets,
            selection: {
                group: v['target-group']
                    ? choiceOption(v['target-group'], TARGET_GROUPS, 'target-group', 'migrate')
                    : 'all',
                canary: integerOption(v.canary, 'canary', 0),
                shardIndex: integerOption(v['shard-index'], 'shard-index', 0),
                shardTotal: integerOption(v['shard-total'], 'shard-total', 1),
            },
            maxParallel: integerOption(v['max-parallel'], 'max-parallel', 1) ?? FLEET_DEFAULTS.maxParallel,
            onFailure: v['on-failure']
                ? choiceOption(v['on-failure'], ON_FAILURE, 'on-failure', 'migrate')
                : FLEET_DEFAULTS.onFailure,
            verify: {
                command: v['verify-command'],
                timeoutMs: durationOption(v['verify-timeout'], 'verify-timeout', FLEET_DEFAULTS.verifyTimeoutMs),
                checks: parseVerifyChecks((v['verify-checks'] ?? '')
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean), '--verify-checks'),
                limits: thresholdOptions(v),
            },
            migrate: run,
        }, (0,output/* cliLogger */.$)(io, v.verbose ?? false), cancel.signal);
    }
    finally {
        cancel.dispose();
    }
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(result, null, 2) : renderFleetSummary(result), io.secrets));
    const failure = fleetFailure(result);
    if (failure)
        throw failure;
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/migrate.ts






const MIGRATE_HELP = `Usage: db-deploy migrate [options]

Applies pending migrations (or rolls back applied ones) exactly as the migrate action does; with
--targets FILE, rolls them out over many databases as the action does with database-urls.

Options:
  --database-url URL        connection URL (default: $DATABASE_URL)
  --dir DIR                 migrations directory (default: the format's, e.g. migrations)
  --format NAME             migration format: auto or node-pg-migrate (default: auto)
  --down                    roll back instead of applying (newest first; not with --targets)
  --count N                 how many to run (default: all pending; 1 with --down)
  --dry-run                 print the SQL that would run; change nothing
  --lock-timeout D          lock_timeout per statement (default: 100ms)
  --lock-retries N          retries when a lock is not granted (default: 20)
  --statement-timeout D     statement_timeout, 0 for none (default: 0)
  --lock-wait-timeout D     wait for another runner this long (default: 10m)
  --connect-timeout D       connection timeout (default: 10s)
  --migrations-table NAME   the tool's ledger table (default: the format's, e.g. pgmigrations)
  --schema NAME             schema of the ledger and search_path (default: the format's, e.g. public)
  --allow-edited            run even if applied migrations were edited
  --json                    print the result as JSON on stdout
  --verbose                 print debug output
  -h, --help                show this help
${FLEET_HELP}
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
    ...FLEET_OPTIONS,
};
/** `db-deploy migrate`: argv → the same options as the action → the same core call. Returns the exit code. */
async function migrateCommand(argv, io) {
    const { values: v } = parseCommandArgs(argv, OPTIONS, 'migrate');
    if (v.help) {
        io.out(MIGRATE_HELP);
        return 0;
    }
    const d = MIGRATE_DEFAULTS;
    const run = {
        ...locationOptions(v, 'migrate'),
        direction: v.down ? 'down' : 'up',
        count: integerOption(v.count, 'count', 1),
        dryRun: v['dry-run'] ?? false,
        lockTimeoutMs: durationOption(v['lock-timeout'], 'lock-timeout', d.lockTimeoutMs),
        lockRetries: integerOption(v['lock-retries'], 'lock-retries', 0) ?? d.lockRetries,
        statementTimeoutMs: durationOption(v['statement-timeout'], 'statement-timeout', d.statementTimeoutMs),
        lockWaitTimeoutMs: durationOption(v['lock-wait-timeout'], 'lock-wait-timeout', d.lockWaitTimeoutMs),
        allowEdited: v['allow-edited'] ?? false,
    };
    if (v.targets !== undefined)
        return fleetCommand({ ...v, targets: v.targets }, run, io);
    refuseFleetOptions(v);
    const options = { ...run, ...connectionOptions(v, io.secrets, 'migrate') };
    const result = await migrate(options, (0,output/* cliLogger */.$)(io, v.verbose ?? false));
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(result, null, 2) : renderMigrateSummary(result), io.secrets));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts



const STATUS_HELP = `Usage: db-deploy status [options]

Lists applied, pending and edited migrations. Reads only: takes no lock, creates nothing.

Options:
  --database-url URL        connection URL (default: $DATABASE_URL)
  --dir DIR                 migrations directory (default: the format's, e.g. migrations)
  --format NAME             migration format: auto or node-pg-migrate (default: auto)
  --connect-timeout D       connection timeout (default: 10s)
  --migrations-table NAME   the tool's ledger table (default: the format's, e.g. pgmigrations)
  --schema NAME             schema of the ledger (default: the format's, e.g. public)
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
    const status = await migrationStatus(connectionOptions(v, io.secrets, 'status'));
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
const blue_green_constraints_constraintRules = [
    newConstraint,
    newForeignKey,
    replicaIdentity,
    tableWithoutReplicaIdentity,
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

;// CONCATENATED MODULE: ./src/core/lint/registry.ts









/** Every rule, in the order findings are reported for one statement (each strategy's share of them). */
const RULES = [
    ...indexRules,
    ...constraintRules,
    ...columnRules,
    ...dataRules,
    ...lockRules,
    ...partitionRules,
    ...renameRules,
    ...hygieneRules,
    ...blueGreenRules,
];
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

;// CONCATENATED MODULE: ./src/core/lint/types.ts
/** Severity rank, highest first: error 3, warning 2, notice 1. */
function severityRank(severity) {
    return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
}
const DEPLOY_STRATEGIES = ['in-place', 'blue-green'];

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
    const strategy = options.strategy ?? 'in-place';
    const byType = options.rules
        ? engine_indexRules(options.rules.filter((r) => appliesTo(r, strategy)))
        : RULES_BY_STRATEGY[strategy];
    const createdInDeploy = options.createdInDeploy ?? new Set();
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
            strategy,
            createdInDeploy,
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
    for (const created of createdTables)
        createdInDeploy.add(created);
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
function appliesTo(rule, strategy) {
    return rule.strategies?.includes(strategy) ?? true;
}
const RULES_BY_STRATEGY = Object.fromEntries(DEPLOY_STRATEGIES.map((s) => [s, engine_indexRules(RULES.filter((r) => appliesTo(r, s)))]));
/** libpg_query's `location`s are byte offsets in UTF-8; findings need character offsets. */
function byteToChar(source) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(source))
        return (b) => b;
    const bytes = Buffer.from(source, 'utf8');
    return (b) => bytes.subarray(0, b).toString('utf8').length;
}

;// CONCATENATED MODULE: ./src/core/lint/files.ts









/**
 * Lints one migration: a SQL migration by its up section, at the lines of its file; a migration
 * written as code through the SQL its tool's API object builds for its `up` (without a
 * database), reported at the line of its `up` function. A migration whose SQL cannot be built
 * without a database is an error finding: it was not analysed, so it cannot pass.
 */
async function lintMigration(file, options) {
    await loadParser();
    if (file.sql) {
        const section = file.sql.up;
        return lintSql(section.sql, {
            file: file.file,
            pgVersion: options.pgVersion,
            strategy: options.strategy,
            createdInDeploy: options.createdInDeploy,
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
        generated = await renderMigration(options.format, file, 'up');
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
    return [
        ...suppressions.flatMap((s) => suppressionNotices(file.file, s, RULE_IDS)),
        ...lintSql(generated.sql, {
            file: file.file,
            pgVersion: options.pgVersion,
            strategy: options.strategy,
            createdInDeploy: options.createdInDeploy,
            fixedLine: line,
            transactional: generated.transactional,
            ignoredRules: suppressions.flatMap((s) => s.rules),
            onSuppressed: options.onSuppressed,
        }),
    ];
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
 * The migrations named on a command line, read through their format: files as given,
 * directories expanded to their migrations in application order.
 */
async function collectMigrationFiles(paths, baseDir, choice = 'auto') {
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
                hint: `name a ${format.name} migration (files ending in .sql, .js, .cjs, .mjs, .ts, .cts or .mts)`,
            });
        }
        migrations.push(await format.readOne(path, baseDir));
    }
    format ??= await chooseFormat(choice, { baseDir });
    return { format, migrations };
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
  --migration-format NAME
                    migration tool's format: auto (default) or node-pg-migrate
  --pg-version N    PostgreSQL major the migrations will run on (default: ${NEWEST_PG_VERSION})
  --strategy S      how they reach production: in-place (default, on the live database) or
                    blue-green (on a copy fed by logical replication: adds the rules that keep
                    migrations replication-compatible; each file is judged on its own)
  --fail-on LEVEL   exit 1 on findings at or above: error (default), warning, never
  --list-rules      print every rule with its severity and exit
  -h, --help        show this help
Silence one statement: put "-- db-deploy-ignore <rule-id>: reason" on the line above it.
Exit code: 0 when nothing reaches --fail-on, 1 otherwise, 2 on a usage error.`;
const lint_OPTIONS = {
    format: { type: 'string' },
    'migration-format': { type: 'string' },
    'pg-version': { type: 'string' },
    strategy: { type: 'string' },
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
        io.out(RULES.map((r) => {
            const only = r.strategies ? ` (--strategy ${r.strategies.join(', ')})` : '';
            return `${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.description}${only}`;
        }).join('\n'));
        return 0;
    }
    const format = choiceOption(v.format ?? 'text', LINT_FORMATS, 'format', 'lint');
    const failOn = choiceOption(v['fail-on'] ?? 'error', FAIL_ON, 'fail-on', 'lint');
    const pgVersion = integerOption(v['pg-version'], 'pg-version', 9) ?? NEWEST_PG_VERSION;
    const strategy = choiceOption(v.strategy ?? 'in-place', DEPLOY_STRATEGIES, 'strategy', 'lint');
    const { format: migrationFormat, migrations } = await collectMigrationFiles(positionals.length ? positionals : ['migrations'], process.cwd(), choiceOption(v['migration-format'] ?? 'auto', FORMAT_CHOICES, 'migration-format', 'lint'));
    const findings = sortFindings(await lintMigrations(migrations, { format: migrationFormat, pgVersion, strategy }));
    const output = formatFindings(findings, format, RULES);
    if (output)
        io.out(output);
    return reachesFailOn(findings, failOn) ? 1 : 0;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/core/verify/changed.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * Files added, changed and removed under `dir` between a pull request's base commit and HEAD
 * (`git diff --name-status base...HEAD`). Needs the base commit in the clone: actions/checkout
 * with `fetch-depth: 0`.
 */
async function migrationChangesSince(baseSha, dir, cwd) {
    if (!/^[0-9a-f]{7,64}$/i.test(baseSha)) {
        throw new errors/* DbDeployError */.WV('bad-event', `the pull request's base commit "${baseSha}" is not a commit id`, {
            hint: 'run validate on pull_request events, or set new-migrations',
        });
    }
    try {
        const { stdout } = await run('git', ['diff', '--name-status', '--no-renames', '--relative', `${baseSha}...HEAD`, '--', dir], { cwd, maxBuffer: 16 * 1024 * 1024 });
        const changes = { added: [], edited: [], removed: [] };
        for (const line of stdout.split('\n')) {
            const [status, path] = line.split('\t');
            if (!path)
                continue;
            if (status === 'A')
                changes.added.push(path);
            else if (status === 'D')
                changes.removed.push(path);
            else
                changes.edited.push(path);
        }
        return changes;
    }
    catch (error) {
        const stderr = String(error.stderr ?? error.message);
        const missing = /symmetric difference|bad revision|unknown revision|no merge base/i.test(stderr);
        throw new errors/* DbDeployError */.WV('base-commit-missing', missing
            ? `the pull request's base commit ${baseSha.slice(0, 12)} is not in the clone (a shallow checkout), so the migrations the pull request adds cannot be listed`
            : `cannot list the migrations added since the pull request's base commit ${baseSha.slice(0, 12)}: ${stderr.split('\n')[0]}`, {
            where: cwd,
            hint: 'check out the full history: actions/checkout with fetch-depth: 0',
        });
    }
}

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
        const child = (0,external_node_child_process_.spawn)('sh', ['-c', command], {
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
async function documentedLocks(file, format) {
    const parsed = parseSql(await upSql(file, format));
    if (!parsed.ok)
        return [];
    return parsed.statements.flatMap((statement) => nonTransactionalReason(statement) ? locksOf(statement) : []);
}
/** The SQL of a migration's up: its SQL section, or what its code builds (empty when it cannot be built). */
async function upSql(file, format) {
    if (file.sql)
        return file.sql.up.sql;
    try {
        const rendered = await renderMigration(format, file, 'up');
        return rendered.ok ? rendered.sql : '';
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
            : await withDocumented(locksOnExisting(sampled, filesBefore, ctx.ignoreTables), file, ctx.format, filesBefore),
        rewrites: rewrittenRelations(filesBefore, filesAfter),
        locksSampled: atCommit === undefined,
    };
}
/** Sampled locks plus the documented ones of its statements that sampling may have missed. */
async function withDocumented(sampled, file, format, before) {
    const existing = new Set([...before.values()].map((r) => r.name));
    const locks = [...sampled];
    for (const lock of await documentedLocks(file, format)) {
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

;// CONCATENATED MODULE: ./src/core/verify/scratch-queries.ts
/**
 * SQL of validate's scratch-database guard (scratch.ts). Objects a user created have oids from
 * FirstNormalObjectId (16384) up; what initdb made (pg_catalog, information_schema, public,
 * plpgsql) lies below. Schemas named `pg_…` are PostgreSQL's (temporary and TOAST schemas).
 * Objects an extension owns (pg_depend deptype 'e') are counted as the extension.
 */
const notFromExtension = (catalog, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
/**
 * Every object a user created in the current database, by kind, with up to three names each
 * ($1 = the marker schema, $2 = the marker table, both left out). Tables, views, sequences,
 * functions, procedures, aggregates, types, domains, schemas, large objects, extensions (but
 * plpgsql), event triggers, publications, subscriptions, foreign servers and wrappers, casts,
 * languages, operators, collations and text search configurations. Indexes, constraints,
 * triggers and policies belong to a table that is counted. Reads the catalogs; takes no lock on
 * user objects.
 */
const SCRATCH_INVENTORY = `
WITH objects(kind, name) AS (
  -- public counts by what it holds (validate makes it again, empty, after each run).
  SELECT 'schema', quote_ident(n.nspname) FROM pg_namespace n
   WHERE n.oid >= 16384 AND n.nspname !~ '^pg_' AND n.nspname NOT IN ($1, 'public')
  UNION ALL
  SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
           WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' ELSE 'foreign table' END,
         format('%I.%I', n.nspname, c.relname)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.oid >= 16384 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname !~ '^pg_'
     AND NOT (n.nspname = $1 AND c.relname = $2) AND ${notFromExtension('pg_class', 'c.oid')}
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE p.oid >= 16384 AND n.nspname !~ '^pg_' AND ${notFromExtension('pg_proc', 'p.oid')}
  UNION ALL
  -- Not the row type of a table or the array and multirange types PostgreSQL adds by itself.
  SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, format('%I.%I', n.nspname, t.typname)
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE t.oid >= 16384 AND n.nspname !~ '^pg_' AND t.typtype <> 'm' AND t.typcategory <> 'A'
     AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
     AND ${notFromExtension('pg_type', 't.oid')}
  UNION ALL
  SELECT 'large object', 'large object ' || l.oid FROM pg_largeobject_metadata l
  UNION ALL
  SELECT 'extension', quote_ident(e.extname) FROM pg_extension e WHERE e.extname <> 'plpgsql'
  UNION ALL
  SELECT 'event trigger', quote_ident(evtname) FROM pg_event_trigger
  UNION ALL
  SELECT 'publication', quote_ident(pubname) FROM pg_publication
  UNION ALL
  SELECT 'subscription', quote_ident(subname) FROM pg_subscription
   WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
  SELECT 'foreign server', quote_ident(srvname) FROM pg_foreign_server s
   WHERE ${notFromExtension('pg_foreign_server', 's.oid')}
  UNION ALL
  SELECT 'foreign-data wrapper', quote_ident(fdwname) FROM pg_foreign_data_wrapper w
   WHERE w.oid >= 16384 AND ${notFromExtension('pg_foreign_data_wrapper', 'w.oid')}
  UNION ALL
  SELECT 'cast', format('%s AS %s', format_type(castsource, NULL), format_type(casttarget, NULL))
    FROM pg_cast c WHERE c.oid >= 16384 AND ${notFromExtension('pg_cast', 'c.oid')}
  UNION ALL
  SELECT 'language', quote_ident(lanname) FROM pg_language l
   WHERE l.oid >= 16384 AND lanname <> 'plpgsql' AND ${notFromExtension('pg_language', 'l.oid')}
  UNION ALL
  SELECT 'operator', format('%I.%s', n.nspname, o.oprname)
    FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
   WHERE o.oid >= 16384 AND n.nspname !~ '^pg_' AND ${notFromExtension('pg_operator', 'o.oid')}
  UNION ALL
  SELECT 'collation', format('%I.%I', n.nspname, c.collname)
    FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
   WHERE c.oid >= 16384 AND n.nspname !~ '^pg_' AND ${notFromExtension('pg_collation', 'c.oid')}
  UNION ALL
  SELECT 'text search configuration', format('%I.%I', n.nspname, c.cfgname)
    FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
   WHERE c.oid >= 16384 AND n.nspname !~ '^pg_' AND ${notFromExtension('pg_ts_config', 'c.oid')}
)
SELECT kind, count(*)::int AS count, (array_agg(name ORDER BY name))[1:3] AS sample
  FROM objects GROUP BY kind ORDER BY count(*) DESC, kind`;
/**
 * The database's identity: the cluster's system identifier (pg_control_system(), new with every
 * initdb, so a restore elsewhere differs) and the database's oid and name (a copy made with
 * CREATE DATABASE … TEMPLATE, or a restore, has another oid). Takes no lock.
 */
const DATABASE_IDENTITY = `
SELECT (pg_control_system()).system_identifier::text AS system_identifier,
       d.oid::bigint::text AS database_oid, d.datname AS database_name
  FROM pg_database d WHERE d.datname = current_database()`;
/** Whether the marker table exists ($1 = `"schema"."table"`). Takes no lock. */
const MARKER_EXISTS = 'SELECT to_regclass($1) IS NOT NULL AS exists';
/** The marker row ($1 is the quoted marker table). ACCESS SHARE on the marker. */
const selectMarker = (table) => `SELECT system_identifier, database_oid::text AS database_oid, database_name, state,
          to_char(claimed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS claimed_at
     FROM ${table}`;
/** The marker schema. */
const createMarkerSchema = (schema) => `CREATE SCHEMA IF NOT EXISTS ${schema}`;
/** The marker table: one row (the singleton key) naming the database and the state of the last run. */
const createMarkerTable = (table) => `CREATE TABLE IF NOT EXISTS ${table} (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  system_identifier text NOT NULL,
  database_oid bigint NOT NULL,
  database_name text NOT NULL,
  state text NOT NULL CHECK (state IN ('running', 'clean')),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`;
/** Says what the schema is to anyone who finds it. */
const commentMarkerSchema = (schema) => `COMMENT ON SCHEMA ${schema} IS 'db-deploy validate: this database is a disposable scratch database; validate drops what each run creates, migrate refuses it'`;
/** Claims the database for a run: its identity, state running. ROW EXCLUSIVE on the marker. */
const upsertMarker = (table) => `INSERT INTO ${table} (system_identifier, database_oid, database_name, state)
   VALUES ($1, $2::bigint, $3, 'running')
   ON CONFLICT (singleton) DO UPDATE SET system_identifier = EXCLUDED.system_identifier,
     database_oid = EXCLUDED.database_oid, database_name = EXCLUDED.database_name,
     state = 'running', claimed_at = now(), updated_at = now()`;
/** Records that a run left nothing behind. ROW EXCLUSIVE on the marker. */
const markClean = (table) => `UPDATE ${table} SET state = 'clean', updated_at = now()`;
/** Schemas a run may have created or filled ($1 = the marker schema): all user schemas and public. */
const SCHEMAS_TO_DROP = `
SELECT nspname AS name FROM pg_namespace
 WHERE (oid >= 16384 OR nspname = 'public') AND nspname !~ '^pg_' AND nspname <> $1`;
/** Extensions a run created (plpgsql comes with every database). */
const EXTENSIONS_TO_DROP = "SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql'";
/** Removes every large object. */
const UNLINK_LARGE_OBJECTS = 'SELECT count(lo_unlink(oid)) FROM pg_largeobject_metadata';
/** Event triggers, publications and foreign servers and wrappers a run created, with how to drop each. */
const DATABASE_OBJECTS_TO_DROP = `
SELECT 'EVENT TRIGGER' AS kind, evtname AS name FROM pg_event_trigger
UNION ALL SELECT 'PUBLICATION', pubname FROM pg_publication
UNION ALL SELECT 'SERVER', srvname FROM pg_foreign_server s
 WHERE ${notFromExtension('pg_foreign_server', 's.oid')}
UNION ALL SELECT 'FOREIGN DATA WRAPPER', fdwname FROM pg_foreign_data_wrapper w
 WHERE w.oid >= 16384 AND ${notFromExtension('pg_foreign_data_wrapper', 'w.oid')}`;
/** Bounds how long the clean-up waits for a lock a test-command's session may still hold. */
const SET_CLEANUP_LOCK_TIMEOUT = "SELECT set_config('lock_timeout', '10s', false)";

;// CONCATENATED MODULE: ./src/core/verify/scratch.ts







/** validate's session lock on its scratch database: one run at a time (not node-pg-migrate's key). */
const SCRATCH_LOCK_KEY = '4731930160250711';
const MARKER = qualifiedName(SCRATCH_SCHEMA, SCRATCH_MARKER_TABLE);
/**
 * Claims the database for one validate run, or refuses it with one line, changing nothing.
 *
 * validate only ever empties what it can prove it created: it claims a database that holds no
 * user object at all (the marker and an empty public schema aside), and at the end of its run
 * (releaseScratchDatabase) drops what it made and records the state `clean`. So there is never
 * anything to empty when a run begins, and a database holding objects is refused, whether they
 * are an interrupted run's leftovers or anyone's data: nothing is emptied on a guess. A marker
 * naming another database (a copy or restore of a scratch database) is refused too. One run at
 * a time: the run holds a session advisory lock until its connection closes.
 * @param display `host:port/database`, for messages
 */
async function claimScratchDatabase(client, display, logger) {
    const locked = (await client.query(TRY_ADVISORY_LOCK, [SCRATCH_LOCK_KEY]))
        .rows[0]?.locked;
    if (!locked) {
        throw new errors/* DbDeployError */.WV('scratch-busy', 'another validate run is using this database', {
            where: display,
            hint: 'wait for it to finish, or give each run its own database',
        });
    }
    const identity = (await client.query(DATABASE_IDENTITY)).rows[0];
    const marker = await readMarker(client, display);
    const inventory = (await client.query(SCRATCH_INVENTORY, [SCRATCH_SCHEMA, SCRATCH_MARKER_TABLE])).rows;
    const copied = marker !== undefined && !sameDatabase(marker, identity);
    if (inventory.length > 0)
        throw notEmpty(inventory, marker, copied, display);
    if (copied) {
        throw new errors/* DbDeployError */.WV('scratch-copied', `database-url points at a copy of validate's scratch database ${marker.database_name} (its ${SCRATCH_SCHEMA} marker names another database or server)`, {
            where: display,
            hint: `point database-url at a fresh database; this one holds nothing else, so dropping its marker (DROP SCHEMA ${SCRATCH_SCHEMA} CASCADE) also lets validate claim it`,
        });
    }
    if (marker?.state === 'running')
        logger.info(`an earlier validate run on ${display} stopped before it created anything`);
    const publicSchema = (await client.query(SCHEMA_EXISTS, ['public'])).rows[0]?.exists ?? false;
    await client.query('BEGIN');
    try {
        await client.query(createMarkerSchema(quoteIdent(SCRATCH_SCHEMA)));
        await client.query(createMarkerTable(MARKER));
        await client.query(commentMarkerSchema(quoteIdent(SCRATCH_SCHEMA)));
        await client.query(upsertMarker(MARKER), [
            identity.system_identifier,
            identity.database_oid,
            identity.database_name,
        ]);
        await client.query('COMMIT');
    }
    catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
    }
    return { publicSchema };
}
/**
 * Drops everything the run made (every schema but the marker's, public made again empty,
 * extensions, large objects, event triggers, publications, foreign servers) and records the
 * state `clean`. Everything there was made by this run: the database held nothing when the run
 * claimed it. What cannot be dropped (a lock not granted within 10 s, a kind this does not
 * drop) stays, and so does the state `running`: the next run refuses the database, naming it.
 */
async function releaseScratchDatabase(client, claim, display, logger) {
    try {
        await client.query(SET_CLEANUP_LOCK_TIMEOUT);
        const names = async (sql, values = []) => (await client.query(sql, values)).rows.map((r) => r.name);
        for (const schema of await names(SCHEMAS_TO_DROP, [SCRATCH_SCHEMA]))
            await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
        if (claim.publicSchema)
            await client.query('CREATE SCHEMA IF NOT EXISTS public');
        for (const extension of await names(EXTENSIONS_TO_DROP))
            await client.query(`DROP EXTENSION IF EXISTS ${quoteIdent(extension)} CASCADE`);
        await client.query(UNLINK_LARGE_OBJECTS);
        const { rows } = await client.query(DATABASE_OBJECTS_TO_DROP);
        for (const { kind, name } of rows)
            await client.query(`DROP ${kind} IF EXISTS ${quoteIdent(name)} CASCADE`);
        const left = (await client.query(SCRATCH_INVENTORY, [SCRATCH_SCHEMA, SCRATCH_MARKER_TABLE])).rows;
        if (left.length > 0) {
            logger.warn(`validate could not remove everything it made on ${display} (${describeInventory(left)}): the next run refuses this database until it is dropped and recreated`);
            return;
        }
        await client.query(markClean(MARKER));
    }
    catch (error) {
        logger.warn(`validate could not empty its scratch database ${display} after the run (${error.message}): the next run refuses it until it is dropped and recreated`);
    }
}
async function readMarker(client, display) {
    const exists = (await client.query(MARKER_EXISTS, [MARKER])).rows[0]?.exists;
    if (!exists)
        return undefined;
    try {
        const { rows } = await client.query(selectMarker(MARKER));
        if (rows.length === 1)
            return rows[0];
    }
    catch {
        // Not validate's marker table: refused below.
    }
    throw new errors/* DbDeployError */.WV('not-a-scratch-database', `database-url points at a database whose ${SCRATCH_SCHEMA}.${SCRATCH_MARKER_TABLE} table is not validate's marker`, {
        where: display,
        hint: 'point database-url at a fresh, empty database; validate never changes a database it cannot prove it alone used',
    });
}
function sameDatabase(marker, identity) {
    return (marker.system_identifier === identity.system_identifier &&
        marker.database_oid === identity.database_oid &&
        marker.database_name === identity.database_name);
}
/** `1000 large objects, 1 table (large object 16400, large object 16401, public.users, …)`. */
function describeInventory(rows) {
    const counts = rows.map((r) => `${r.count} ${r.kind}${r.count === 1 ? '' : 's'}`);
    const names = rows.flatMap((r) => r.sample).slice(0, 3);
    const total = rows.reduce((n, r) => n + r.count, 0);
    return `${counts.join(', ')}: ${names.join(', ')}${total > names.length ? ', …' : ''}`;
}
function notEmpty(inventory, marker, copied, display) {
    const found = describeInventory(inventory);
    let what;
    if (!marker)
        what = `database-url points at a database that is not empty: it holds ${found}`;
    else if (copied)
        what = `database-url points at a copy of validate's scratch database ${marker.database_name}, and it holds ${found}`;
    else if (marker.state === 'running')
        what = `a validate run on this database was interrupted (it began ${marker.claimed_at}) and left ${found}`;
    else
        what = `validate's scratch database holds objects no validate run left there: ${found}`;
    return new errors/* DbDeployError */.WV('not-a-scratch-database', what, {
        where: display,
        hint: marker
            ? 'validate never empties a database on a guess: drop and recreate this database, or point database-url at a fresh one'
            : 'validate needs an empty, disposable database it may change (e.g. a service container): point database-url at one, never at a real database',
    });
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
const queries_notFromExtension = (catalog, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = '${catalog}'::regclass AND ext.objid = ${oid} AND ext.deptype = 'e')`;
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
   AND ${queries_notFromExtension('pg_class', 'c.oid')}
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
   AND ${userSchema('n')} AND ${queries_notFromExtension('pg_class', 'c.oid')}
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
   AND ${userSchema('n')} AND ${queries_notFromExtension('pg_class', 'c.oid')}
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
   AND ${queries_notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, 3`;
/** User triggers (not the internal ones behind foreign keys), with their enabled state. No lock on user relations. */
const SELECT_TRIGGERS = `
SELECT n.nspname AS schema, c.relname AS relation, t.tgname AS name,
       pg_get_triggerdef(t.oid) AS definition, t.tgenabled AS enabled
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal AND ${userSchema('n')}
   AND ${queries_notFromExtension('pg_class', 'c.oid')}
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
 WHERE ${userSchema('n')} AND ${queries_notFromExtension('pg_class', 'c.oid')}
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
   AND ${queries_notFromExtension('pg_proc', 'p.oid')}
 ORDER BY 1, 2, 3`;
/** Enum types and their labels in sort order. No lock on user relations. */
const SELECT_ENUMS = `
SELECT n.nspname AS schema, t.typname AS name,
       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
              ORDER BY e.enumsortorder) AS labels
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE t.typtype = 'e' AND ${userSchema('n')} AND ${queries_notFromExtension('pg_type', 't.oid')}
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
 WHERE t.typtype = 'd' AND ${userSchema('n')} AND ${queries_notFromExtension('pg_type', 't.oid')}
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
 WHERE t.typtype = 'c' AND ${userSchema('n')} AND ${queries_notFromExtension('pg_type', 't.oid')}
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
    const set = await openMigrationSet(options, logger);
    const files = set.migrations;
    const wanted = await resolveNew(set, options.newMigrations);
    const fresh = selectNew(files, wanted);
    const baseline = files.slice(0, files.length - fresh.length);
    const report = {
        passed: false,
        destructive: false,
        format: set.format.name,
        migrationsDir: set.displayDir,
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
    const scratch = options.databaseUrl
        ? await openScratch(options.databaseUrl, options, logger)
        : undefined;
    const client = scratch?.client;
    try {
        if (client && options.pgVersion === undefined)
            report.pgVersion = await serverMajor(client);
        await lintAll(set, report, options.lintAll ? files : fresh, fresh, options.strategy);
        report.findings = sortFindings([...report.findings, ...historyFindings(set, wanted)]);
        if (client && options.databaseUrl) {
            await runCycle(set, client, options.databaseUrl, baseline, fresh, report, options, logger);
            await checkSchema(set, client, report, options);
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
        if (scratch)
            await releaseScratchDatabase(scratch.client, scratch.claim, scratch.display, logger);
        await disconnect(client);
    }
    report.failures = validate_verdict(report);
    report.passed = report.failures.length === 0;
    report.destructive = report.migrations.some((m) => m.destructive);
    report.durationMs = Date.now() - started;
    return report;
}
/**
 * Migrations already on the base branch that the change edits or removes: production has run
 * them as they were, and migrate refuses to run with an edited or missing applied migration.
 */
function historyFindings(set, wanted) {
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
    const migration = (path) => set.format.isMigrationPath(path);
    return [
        ...(wanted.edited ?? [])
            .filter(migration)
            .map((file) => finding(file, 'edited-migration', `${(0,external_node_path_.basename)(file)} is already on the base branch and this change edits it: databases that ran it keep the old version, and migrate refuses an edited migration`, 'revert the edit and put the correction in a new migration')),
        ...(wanted.removed ?? [])
            .filter(migration)
            .map((file) => finding(file, 'removed-migration', `${(0,external_node_path_.basename)(file)} is already on the base branch and this change removes it: databases that ran it still have its changes, and migrate refuses a missing migration`, 'restore the file, and undo its changes with a new migration')),
    ];
}
/** A pull request's changes under the migrations directory, from git; the other forms as given. */
async function resolveNew(set, wanted) {
    if (!('pullRequestBase' in wanted))
        return wanted;
    const { added, edited, removed } = await migrationChangesSince(wanted.pullRequestBase, set.displayDir, set.baseDir);
    return { files: added, edited, removed };
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
        const claim = await claimScratchDatabase(client, target.display, logger);
        return { client, claim, display: target.display };
    }
    catch (error) {
        await disconnect(client);
        throw error;
    }
}
async function serverMajor(client) {
    const { rows } = await client.query(SERVER_VERSION_NUM);
    return Math.floor(Number(rows[0]?.version ?? 0) / 10000) || NEWEST_PG_VERSION;
}
async function lintAll(set, report, toLint, fresh, strategy) {
    // The new migrations are one deploy: a table one of them creates is new for the next ones.
    const createdInDeploy = new Set();
    for (const file of toLint) {
        const suppressed = [];
        const findings = await lintMigration(file, {
            format: set.format,
            all: set.migrations,
            pgVersion: report.pgVersion,
            strategy,
            createdInDeploy: fresh.includes(file) ? createdInDeploy : undefined,
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
async function runCycle(set, client, databaseUrl, baseline, fresh, report, options, logger) {
    const base = {
        ...MIGRATE_DEFAULTS,
        databaseUrl,
        // The set as resolved: the same format, directory and ledger for every run of the cycle.
        format: set.format.name,
        migrationsDir: set.config.migrationsDir,
        baseDir: options.baseDir,
        migrationsTable: set.ledger.location.table,
        schema: set.ledger.location.schema,
        connectTimeoutMs: options.connectTimeoutMs,
        // The scratch database has no traffic: a lock wait means a test-command left a session open.
        lockTimeoutMs: 5_000,
        lockRetries: 3,
        // The scratch database validate claimed for this run carries its marker, which migrate refuses.
        scratchClaimed: true,
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
    const exclude = excluded(set);
    const ctx = {
        client,
        format: set.format,
        migrate: (o) => migrate({ ...base, ...o }, logger),
        snapshot: async () => renderSchema(await readSchema(client, { exclude })),
        ignoreTables: new Set([...exclude.tables, ...exclude.sequences]),
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
/** The bookkeeping relations: the tool's ledger and db-deploy's checksums, never the schema under test. */
function excluded(set) {
    const { ledger } = set;
    return {
        schemas: [SCRATCH_SCHEMA],
        tables: [...ledger.relations.tables, `${ledger.location.schema}.${ledger.location.checksums}`],
        sequences: [...ledger.relations.sequences],
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
async function checkSchema(set, client, report, options) {
    const model = await readSchema(client, { exclude: excluded(set) });
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
function validate_verdict(report) {
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
const validate_plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
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
        .map(([s, n]) => validate_plural(n, s));
    return parts.length ? parts.join(', ') : 'no findings';
}
function report_validate_verdict(report, title) {
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
    lines.push('', `PostgreSQL ${report.pgVersion} · ${validate_plural(n, 'new migration')} on ${validate_plural(report.baseline.length, 'baseline migration')} · ` +
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
        report_validate_verdict(report, options.title),
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
        parts.push(`rewrites ${validate_plural(m.rewrites.length, 'table')}`);
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
    const lines = report_validate_verdict(report, options.title);
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
  --strategy S              in-place (default) or blue-green: adds the rules for migrations
                            run on a copy fed by logical replication (replication-compatible)
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
    strategy: { type: 'string' },
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
    const connection = connectionOptions(v, io.secrets, 'validate');
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
        strategy: choiceOption(v.strategy ?? 'in-place', DEPLOY_STRATEGIES, 'strategy', 'validate'),
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

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./src/core/backup/plain-scan.ts
/**
 * A scanner for plain-SQL archives that finds every psql meta-command the way psql's own lexer
 * (src/fe_utils/psqlscan.l) would, so that db-deploy never lets psql run one from an archive.
 *
 * psql treats a backslash outside a quoted string, a quoted identifier, a dollar-quoted body or a
 * comment as the start of a meta-command (`\!`, `\c`, `\set`, `\copy`, `\o`, …), anywhere on a
 * line; and after a `COPY … FROM stdin` statement it passes the following lines to the server as
 * data, up to a line holding only `\.`, where backslashes are data. pg_dump writes, for a single
 * database, no meta-command but those: the `\.` ending COPY data, and since 17.6/16.10/15.14/
 * 14.19/13.22 a `\restrict KEY` header with a matching `\unrestrict KEY` at the end. Everything
 * else (`\connect` comes only from pg_dumpall or `--create`) is refused. `\restrict` is accepted,
 * never trusted: the whole file is scanned whatever it says.
 *
 * Deliberately conservative where psql's reading could depend on state the scanner cannot see:
 * - a quote directly after a backslash in a plain '…' string is refused, because psql reads it
 *   differently with standard_conforming_strings off (`\'` escapes the quote), which a server or
 *   an SQL function can switch at any statement;
 * - a client encoding whose characters may hold the byte of a backslash (SJIS, BIG5, GBK, UHC,
 *   GB18030, JOHAB) is refused;
 * - COPY data is recognised only after exactly the statement pg_dump writes,
 *   `COPY name (columns) FROM stdin;`, at the top level (outside parentheses and BEGIN ATOMIC
 *   bodies, tracked as psql tracks them), with nothing after it on its line.
 * Works on bytes read as latin1 (one character per byte): only ASCII decides the structure.
 */
/** Thrown by PlainSqlScanner.push on the first finding. */
class UnsafeSqlError extends Error {
    finding;
    constructor(finding) {
        super(`line ${finding.line}: ${finding.what}`);
        this.finding = finding;
    }
}
/** Client encodings in which a multibyte character can contain 0x5C (psql docs, "Character Set Support"). */
const UNSAFE_ENCODINGS = new Set(['sjis', 'shiftjis', 'big5', 'gbk', 'uhc', 'gb18030', 'johab']);
const IDENT_START = /[A-Za-z_\u0080-\u00ff]/;
const IDENT_CHAR = /[A-Za-z_0-9$\u0080-\u00ff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\u00ff][A-Za-z_0-9\u0080-\u00ff]*)?\$/;
/** The most tokens of one statement kept for recognising COPY and SET (a COPY names ≤ 1,600 columns). */
const MAX_TOKENS = 8000;
/**
 * Scans a plain SQL archive pushed in chunks (any split); throws UnsafeSqlError at the first
 * meta-command or construct it refuses. `end()` checks what must hold at the end of the file.
 */
class PlainSqlScanner {
    lineNo = 0;
    pending = '';
    inCopy = false;
    quote = { kind: 'none' };
    parens = 0;
    beginDepth = 0;
    heads = [];
    words = 0;
    tokens = [];
    overflow = false;
    restrictKey;
    unrestricted = false;
    statements = 0;
    /** Bytes of the input fully scanned (whole lines): safe to pass on. */
    scannedBytes = 0;
    /** Scans `chunk`; returns the number of bytes that became safe to pass on (complete lines). */
    push(chunk) {
        const text = this.pending + chunk.toString('latin1');
        let start = 0;
        let safe = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            if (nl < 0)
                break;
            this.line(text.slice(start, nl));
            safe += nl + 1 - start;
            start = nl + 1;
        }
        this.pending = text.slice(start);
        const before = this.scannedBytes;
        this.scannedBytes += safe;
        // `safe` counts the pending text carried from the last chunk too: report only the new bytes
        // of this chunk that became safe, i.e. everything scanned so far minus what was reported.
        return this.scannedBytes - before;
    }
    /** Scans the last line (without a newline) and checks the end state. */
    end() {
        if (this.pending) {
            this.line(this.pending);
            this.scannedBytes += this.pending.length;
            this.pending = '';
        }
        if (this.restrictKey !== undefined && !this.unrestricted)
            this.fail('\\restrict without the matching \\unrestrict at the end');
    }
    fail(what) {
        throw new UnsafeSqlError({ line: this.lineNo, what });
    }
    line(raw) {
        this.lineNo += 1;
        if (this.unrestricted &&
            raw.trim() &&
            this.quote.kind === 'none' &&
            !raw.trim().startsWith('--'))
            this.fail('text after \\unrestrict');
        if (this.inCopy) {
            // psql ends COPY data at a line holding only \. (a CR before the newline allowed).
            if (raw === '\\.' || raw === '\\.\r')
                this.inCopy = false;
            return;
        }
        this.scanSql(raw);
    }
    token(t, v) {
        if (this.tokens.length < MAX_TOKENS)
            this.tokens.push({ t, v });
        else
            this.overflow = true;
    }
    /** psql's heuristic for BEGIN ATOMIC bodies (psqlscan.l, `{identifier}` rule, 14+). */
    word(word) {
        const lower = word.toLowerCase();
        this.token('word', lower);
        if (this.words < 4)
            this.heads[this.words] = ['create', 'function', 'procedure', 'or', 'replace'].includes(lower)
                ? lower[0]
                : '';
        this.words += 1;
        const [a, b, c, d] = this.heads;
        const routine = a === 'c' && (b === 'f' || b === 'p' || (b === 'o' && c === 'r' && (d === 'f' || d === 'p')));
        if (!routine || this.parens !== 0)
            return;
        if (lower === 'begin')
            this.beginDepth += 1;
        else if (lower === 'case' && this.beginDepth > 0)
            this.beginDepth += 1;
        else if (lower === 'end' && this.beginDepth > 0)
            this.beginDepth -= 1;
    }
    scanSql(line) {
        if (this.quote.kind === 'string')
            this.quote = { ...this.quote, from: -1 };
        let i = 0;
        const n = line.length;
        while (i < n) {
            const q = this.quote;
            const ch = line[i];
            if (q.kind === 'string') {
                if (ch === '\\') {
                    if (q.escapes) {
                        i += 2;
                        continue;
                    }
                    if (line[i + 1] === "'")
                        this.fail('a backslash before a quote in an SQL string (read differently when standard_conforming_strings is off)');
                    i += 1;
                    continue;
                }
                if (ch === "'") {
                    if (line[i + 1] === "'") {
                        i += 2;
                        continue;
                    }
                    this.quote = { kind: 'none' };
                    // The content when the string sits on one line (-1: began on an earlier line).
                    this.token('string', q.from < 0 ? '' : line.slice(q.from, i).toLowerCase());
                }
                i += 1;
                continue;
            }
            if (q.kind === 'ident') {
                if (ch === '"') {
                    if (line[i + 1] === '"') {
                        i += 2;
                        continue;
                    }
                    this.quote = { kind: 'none' };
                }
                i += 1;
                continue;
            }
            if (q.kind === 'dollar') {
                const close = line.indexOf(q.tag, i);
                if (close < 0)
                    return;
                this.quote = { kind: 'none' };
                this.token('string', '');
                i = close + q.tag.length;
                continue;
            }
            if (q.kind === 'comment') {
                if (ch === '*' && line[i + 1] === '/') {
                    this.quote = q.depth > 1 ? { kind: 'comment', depth: q.depth - 1 } : { kind: 'none' };
                    i += 2;
                }
                else if (ch === '/' && line[i + 1] === '*') {
                    this.quote = { kind: 'comment', depth: q.depth + 1 };
                    i += 2;
                }
                else
                    i += 1;
                continue;
            }
            // Outside any quote.
            if (ch === '\\') {
                this.metaCommand(line.slice(i));
                return;
            }
            if (ch === '-' && line[i + 1] === '-')
                return;
            if (ch === '/' && line[i + 1] === '*') {
                this.quote = { kind: 'comment', depth: 1 };
                i += 2;
                continue;
            }
            if (ch === "'") {
                this.quote = { kind: 'string', escapes: false, from: i + 1 };
                i += 1;
                continue;
            }
            if (ch === '"') {
                this.quote = { kind: 'ident' };
                this.token('qident', '');
                i += 1;
                continue;
            }
            if (ch === '$') {
                const tag = DOLLAR_TAG.exec(line.slice(i, i + 256));
                if (tag) {
                    this.quote = { kind: 'dollar', tag: tag[0] };
                    i += tag[0].length;
                    continue;
                }
                i += 1;
                continue;
            }
            if (ch === ':' && (line[i + 1] === "'" || line[i + 1] === '"' || line[i + 1] === '{')) {
                // psql variable interpolation (:'var', :"var", :{?var}): pg_dump writes none.
                if (line[i - 1] !== ':')
                    this.fail(`a psql variable reference ${line.slice(i, i + 2)}…`);
            }
            if (IDENT_START.test(ch)) {
                let j = i + 1;
                while (j < n && IDENT_CHAR.test(line[j]))
                    j += 1;
                const word = line.slice(i, j);
                // E'…' (and e'…'): backslash escapes; U&'…', B'…', X'…', N'…' read like plain strings.
                if (line[j] === "'" && /^[eE]$/.test(word)) {
                    this.quote = { kind: 'string', escapes: true, from: j + 1 };
                    i = j + 1;
                    continue;
                }
                if (line[j] === "'" && /^([bBxXnN]|[uU]&)$/.test(word)) {
                    this.quote = { kind: 'string', escapes: false, from: j + 1 };
                    i = j + 1;
                    continue;
                }
                this.word(word);
                i = j;
                continue;
            }
            if (/[0-9]/.test(ch)) {
                let j = i + 1;
                while (j < n && /[0-9A-Za-z_.]/.test(line[j]))
                    j += 1;
                this.token('sign', line.slice(i, j));
                i = j;
                continue;
            }
            if (ch === '(')
                this.parens += 1;
            else if (ch === ')' && this.parens > 0)
                this.parens -= 1;
            if (ch === ';' && this.parens === 0 && this.beginDepth === 0) {
                this.endStatement(line.slice(i + 1));
                if (this.inCopy)
                    return;
                i += 1;
                continue;
            }
            if (!/\s/.test(ch))
                this.token('sign', ch);
            i += 1;
        }
    }
    /** A statement ended at a top-level `;`: COPY FROM stdin switches to data, SET is checked. */
    endStatement(rest) {
        const tokens = this.overflow ? [] : this.tokens;
        this.tokens = [];
        this.overflow = false;
        this.heads = [];
        this.words = 0;
        this.statements += 1;
        const first = tokens[0];
        if (first?.t === 'word' && first.v === 'copy') {
            if (!isDumpCopy(tokens))
                this.fail('a COPY statement pg_dump does not write (only COPY name (columns) FROM stdin)');
            if (rest.trim())
                this.fail('text after a COPY … FROM stdin statement on its line');
            this.inCopy = true;
            return;
        }
        this.checkEncoding(tokens);
    }
    /**
     * psql lexes in the client encoding, which a statement can change: only pg_dump's own
     * `SET client_encoding = '…'` to an encoding in which no character holds an ASCII byte is
     * accepted; `SET NAMES`, `RESET`, `set_config()` of it or any other mention is refused.
     */
    checkEncoding(tokens) {
        const setNames = tokens[0]?.v === 'set' && tokens.slice(1, 3).some((t) => t.v === 'names');
        const mentions = setNames ||
            tokens.some((t) => (t.t === 'word' || t.t === 'string') && t.v === 'client_encoding');
        if (!mentions)
            return;
        const [set, name, eq, value, ...rest] = tokens;
        const plain = set?.v === 'set' &&
            name?.t === 'word' &&
            name.v === 'client_encoding' &&
            (eq?.v === '=' || eq?.v === 'to') &&
            value?.t === 'string' &&
            rest.length === 0;
        if (!plain)
            this.fail('a change of the client encoding pg_dump does not write');
        const encoding = value.v.replace(/[^a-z0-9]/g, '');
        if (!encoding || UNSAFE_ENCODINGS.has(encoding))
            this.fail(`client encoding '${value.v}', in which a character can hide a backslash`);
    }
    metaCommand(rest) {
        const match = /^\\(restrict|unrestrict)[ \t]+([A-Za-z0-9]+)[ \t]*\r?$/.exec(rest);
        const name = /^\\([A-Za-z!?.]*|[^A-Za-z]?)/.exec(rest)?.[0] ?? '\\';
        if (!match)
            this.fail(`psql meta-command ${name} (db-deploy never runs one from an archive)`);
        const [, command, key] = match;
        const atStart = this.tokens.length === 0 && this.quote.kind === 'none';
        if (command === 'restrict') {
            if (this.restrictKey !== undefined || this.statements > 0 || !atStart)
                this.fail('\\restrict anywhere but before the first statement');
            this.restrictKey = key;
            return;
        }
        if (this.restrictKey !== key || !atStart || this.unrestricted)
            this.fail('\\unrestrict without the matching \\restrict');
        this.unrestricted = true;
    }
}
/** `COPY name[.name] [(col, …)] FROM stdin` exactly (names plain or quoted), as pg_dump writes it. */
function isDumpCopy(tokens) {
    let i = 1;
    const name = () => {
        const t = tokens[i];
        if (!t || (t.t !== 'word' && t.t !== 'qident'))
            return false;
        i += 1;
        return true;
    };
    if (!name())
        return false;
    while (tokens[i]?.v === '.') {
        i += 1;
        if (!name())
            return false;
    }
    if (tokens[i]?.v === '(') {
        i += 1;
        for (;;) {
            if (!name())
                return false;
            if (tokens[i]?.v === ',') {
                i += 1;
                continue;
            }
            if (tokens[i]?.v !== ')')
                return false;
            i += 1;
            break;
        }
    }
    return (tokens[i]?.t === 'word' &&
        tokens[i]?.v === 'from' &&
        tokens[i + 1]?.t === 'word' &&
        tokens[i + 1]?.v === 'stdin' &&
        i + 2 === tokens.length);
}

;// CONCATENATED MODULE: ./src/core/backup/exit-cleanup.ts




/**
 * What db-deploy leaves on disk or running while a client tool runs — passfiles holding a raw
 * password, partial archives, tool process groups — and how each is removed whatever way the
 * process ends:
 * - a normal end or a thrown error: the `finally` of the code that made it;
 * - SIGINT, SIGTERM, SIGHUP (a job cancel): the handlers below, installed only while something
 *   is registered, remove every registered path, end every tool's process group, then let the
 *   signal end the process as it would have;
 * - kill -9, where no code of ours runs: each tool's process group has a guard (`sh`, reading a
 *   pipe from this process) that ends the group when the pipe closes without `done`, which the
 *   kernel does when this process dies; the files are removed by the next run (removeStale),
 *   recognised by their names, which carry the pid of the run that made them.
 */
/** Paths to remove, and process groups to end, when the process is interrupted. */
const paths = new Set();
const groups = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/** The guard: ends process group $1 unless this process says `done` before the pipe closes. */
const GUARD = `IFS= read -r line
[ "$line" = done ] && exit 0
kill -TERM -"$1" 2>/dev/null
sleep 2
kill -KILL -"$1" 2>/dev/null
exit 0`;
function cleanupNow() {
    for (const pgid of groups) {
        try {
            process.kill(-pgid, 'SIGTERM');
        }
        catch {
            // the group has ended already
        }
    }
    for (const path of paths)
        (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    paths.clear();
}
function onSignal(signal) {
    cleanupNow();
    // Alone on this signal: end the process as the signal would have. With another listener
    // (an action that finishes its step first), leave the ending to it.
    if (process.listenerCount(signal) === 1) {
        uninstall();
        process.kill(process.pid, signal);
    }
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
    process.on('exit', cleanupNow);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', cleanupNow);
}
function settle() {
    if (paths.size === 0 && groups.size === 0)
        uninstall();
}
/** Removes `path` if the process is interrupted before the returned function is called. */
function registerTemporary(path) {
    paths.add(path);
    install();
    return () => {
        paths.delete(path);
        settle();
    };
}
/**
 * Watches a child started with `detached: true` (its own process group): a signal to this
 * process ends the group, and so does this process's death by kill -9 (through the guard).
 * Returns the function to call once the child has exited.
 */
function trackChild(child) {
    const pgid = child.pid;
    if (pgid === undefined || process.platform === 'win32')
        return () => undefined;
    groups.add(pgid);
    install();
    let guard;
    try {
        guard = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', GUARD, 'db-deploy-guard', String(pgid)], {
            stdio: ['pipe', 'ignore', 'ignore'],
            // Its own group: a Ctrl-C or a cancel sent to our group must not end the guard first.
            detached: true,
        });
        guard.on('error', () => undefined);
        guard.stdin?.on('error', () => undefined);
        guard.unref();
        guard.stdin?.unref?.();
    }
    catch {
        guard = undefined;
    }
    return () => {
        groups.delete(pgid);
        guard?.stdin?.end('done\n');
        settle();
    };
}
/** Whether a process with this pid exists (EPERM: it does, another user's). */
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes what an earlier, killed run left in `dir`: entries whose name matches `pattern`,
 * whose first capture group is the pid of the run that made them, when that process is gone
 * and the entry is owned by this user. Returns the names removed. Never throws.
 */
async function removeStale(dir, pattern) {
    const removed = [];
    const entries = await (0,promises_.readdir)(dir).catch(() => []);
    for (const name of entries) {
        const pid = Number(pattern.exec(name)?.[1]);
        if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        const info = await (0,promises_.lstat)(path).catch(() => undefined);
        if (!info || (process.getuid && info.uid !== process.getuid()))
            continue;
        await (0,promises_.rm)(path, { recursive: true, force: true }).then(() => removed.push(name), () => undefined);
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/core/backup/run-tool.ts


/**
 * The line that explains a failure: the last one reporting an error (pg_restore follows its
 * error with the failing command, e.g. `Command was: CREATE TABLE …` ending in `);`), else the
 * last non-empty line.
 */
function lastErrorLine(lines) {
    const nonEmpty = lines.filter(Boolean);
    return nonEmpty.findLast((l) => /\b(error|fatal):/i.test(l)) ?? nonEmpty.at(-1) ?? '';
}
/** Standard error kept, characters: the end is what explains a failure. */
const run_tool_KEEP = 8000;
/** An EPIPE on a tool's stdin: the tool stopped reading (pg_restore --list reads only the head). */
const isEpipe = (e) => e?.code === 'EPIPE';
/**
 * Runs a PostgreSQL client binary without a shell. The argv holds options and file paths only:
 * the connection comes from `env` (see passfile.ts), so nothing secret is in the process table.
 * The tool runs in its own process group, watched by a guard that ends the group when this
 * process dies in any way, kill -9 included (see exit-cleanup.ts): a killed step leaves no
 * pg_dump behind to finish a file. Never throws for a failing command; the caller turns the
 * exit code into an error.
 */
function runTool(tool, args, env, logger, options = {}) {
    const started = Date.now();
    logger.debug(`running ${tool.path} ${args.join(' ')}`);
    return new Promise((resolve) => {
        const stdout = options.captureStdout || options.output ? 'pipe' : 'ignore';
        const child = (0,external_node_child_process_.spawn)(tool.path, [...args], {
            env,
            stdio: [options.input ? 'pipe' : 'ignore', stdout, 'pipe'],
            detached: process.platform !== 'win32',
        });
        const untrack = trackChild(child);
        const out = [];
        if (options.captureStdout)
            child.stdout?.on('data', (c) => out.push(c));
        let inputError;
        let outputError;
        const stop = () => {
            if (child.exitCode === null && child.signalCode === null)
                child.kill('SIGTERM');
        };
        const written = options.output && child.stdout ? options.output(child.stdout) : undefined;
        written?.catch((e) => {
            outputError ??= e instanceof Error ? e : new Error(String(e));
            stop();
        });
        if (options.input && child.stdin) {
            const source = options.input;
            const stdin = child.stdin;
            stdin.on('error', (e) => {
                if (!isEpipe(e))
                    inputError ??= e;
            });
            source.on('error', (e) => {
                inputError ??= e;
                source.unpipe(stdin);
                stop();
            });
            source.pipe(stdin);
        }
        let stderr = '';
        child.stderr?.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-run_tool_KEEP);
        });
        const done = (exitCode, extra = '') => {
            untrack();
            options.input?.destroy();
            const lines = `${stderr}\n${extra}`.split('\n').map((l) => l.trim());
            resolve({
                exitCode,
                stdout: Buffer.concat(out).toString('utf8'),
                lastError: lastErrorLine(lines),
                durationMs: Date.now() - started,
                inputError,
                outputError,
            });
        };
        child.on('error', (error) => done(null, error.message));
        child.on('close', (code) => {
            // The archive is complete only when the compressor has flushed it to the file.
            if (!written)
                return done(code);
            void written.then(() => done(code), () => done(code));
        });
    });
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/core/backup/stream-compression.ts




/** gzip (RFC 1952) and zstd (RFC 8878) frame magic numbers. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
/** The file ending a stream compression adds. */
const STREAM_EXTENSION = {
    none: '',
    gzip: '.gz',
    zstd: '.zst',
};
/** The first `n` bytes of a file (fewer when it is shorter). */
async function readHead(path, n) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(n);
        const { bytesRead } = await file.read(head, 0, n, 0);
        return head.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}
/** The stream compression a file starts with, by its magic number. */
function streamCompressionOf(head) {
    if (head.subarray(0, 2).equals(GZIP_MAGIC))
        return 'gzip';
    if (head.subarray(0, 4).equals(ZSTD_MAGIC))
        return 'zstd';
    return 'none';
}
/** Whether this Node has zstd streams (22.15+, 24; not 20). */
function hasZstd() {
    return typeof external_node_zlib_.createZstdCompress === 'function';
}
function zstdMissing(what) {
    return new errors/* DbDeployError */.WV('zstd-unavailable', `${what} needs zstd, which Node ${process.version} does not have (Node 22.15 or newer does)`, {
        hint: 'run db-deploy on Node 22.15+ (the actions run on Node 24), or decompress by hand first: `zstd -d FILE.dump.zst` and restore FILE.dump',
    });
}
/** A decompressing transform for `c`; throws zstd-unavailable on a Node without zstd. */
function decompressor(c) {
    if (c === 'gzip')
        return external_node_zlib_.createGunzip();
    if (!hasZstd())
        throw zstdMissing('reading a .zst archive');
    return external_node_zlib_.createZstdDecompress();
}
/**
 * A zstd compressor at `level` that uses every core of a small runner: zstd's own worker
 * threads (`nbWorkers`) compress while pg_dump writes. Throws zstd-unavailable without zstd.
 */
function zstdCompressor(level, workers) {
    if (!hasZstd())
        throw zstdMissing('a zstd backup');
    const { ZSTD_c_compressionLevel, ZSTD_c_nbWorkers, ZSTD_c_checksumFlag } = external_node_zlib_.constants;
    return external_node_zlib_.createZstdCompress({
        params: {
            [ZSTD_c_compressionLevel]: level,
            [ZSTD_c_nbWorkers]: workers,
            // A frame checksum: `zstd -t` and every decompression notice a damaged file.
            [ZSTD_c_checksumFlag]: 1,
        },
    });
}
/** The archive's content as pg_dump wrote it: the file, decompressed on the fly when compressed. */
function openDecompressed(path, c) {
    const file = (0,external_node_fs_.createReadStream)(path);
    if (c === 'none')
        return file;
    const inflate = decompressor(c);
    file.on('error', (e) => inflate.destroy(e));
    return file.pipe(inflate);
}

;// CONCATENATED MODULE: ./src/core/backup/archive.ts








const BACKUP_FORMATS = ['custom', 'directory', 'plain'];
/** The last line of every complete plain-format dump (pg_dump writes it at the very end). */
const PLAIN_TRAILER = 'PostgreSQL database dump complete';
/** The environment for pg_restore runs that read an archive without connecting anywhere. */
function offlineEnv() {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (v !== undefined && !/^PG/.test(k))
            env[k] = v;
    return env;
}
/** The first bytes of a compressed file's content (empty when it cannot be read). */
async function decompressedHead(path, c, n) {
    const chunks = [];
    let size = 0;
    const source = openDecompressed(path, c);
    try {
        for await (const chunk of source) {
            chunks.push(chunk);
            size += chunk.length;
            if (size >= n)
                break;
        }
    }
    catch {
        // a damaged stream: the full check reports it
    }
    finally {
        source.destroy();
    }
    return Buffer.concat(chunks).subarray(0, n);
}
/**
 * What an archive is: a directory with a `toc.dat` is a directory-format dump; a file is
 * read by its first bytes, through gzip or zstd when it starts with their magic number (the
 * classic `pg_dump | gzip` `.sql.gz`, db-deploy's `.dump.zst`): `PGDMP` is a custom-format
 * dump, anything else is taken as plain SQL.
 */
async function detectArchive(path) {
    if ((await (0,promises_.stat)(path)).isDirectory()) {
        const toc = await (0,promises_.stat)(`${path}/toc.dat`).catch(() => undefined);
        if (!toc)
            throw corrupt(path, 'is a directory without toc.dat, not a directory-format dump');
        return { format: 'directory', stream: 'none' };
    }
    const stream = streamCompressionOf(await readHead(path, 4));
    const head = stream === 'none' ? await readHead(path, 5) : await decompressedHead(path, stream, 5);
    return { format: head.toString('latin1') === 'PGDMP' ? 'custom' : 'plain', stream };
}
/** The format of an archive on disk (see detectArchive). */
async function archive_detectFormat(path) {
    return (await detectArchive(path)).format;
}
function corrupt(path, what) {
    return new errors/* DbDeployError */.WV('backup-corrupt', `the backup ${what}`, {
        where: path,
        hint: 'take a new backup, or restore another one; nothing was restored',
    });
}
/** The one line for a plain archive holding what db-deploy never lets psql run. */
function unsafeArchive(path, error) {
    return new errors/* DbDeployError */.WV('backup-unsafe', `the SQL backup holds what pg_dump does not write for one database and psql would run: ${error.finding.what}`, {
        where: `${path}:${error.finding.line}`,
        hint: 'restore only archives made by pg_dump (or backup); nothing was restored',
    });
}
/**
 * A pass-through that scans plain SQL as it flows (see PlainSqlScanner) and passes on only
 * whole lines already scanned, so nothing reaches psql before it was checked; it fails with
 * UnsafeSqlError at the first refused line. Tracks the file's last 256 bytes for the trailer.
 */
class ScannedSql extends external_node_stream_.Transform {
    scanner = new PlainSqlScanner();
    held = Buffer.alloc(0);
    /** The last bytes seen, to check pg_dump's completion line at the end. */
    tail = '';
    _transform(chunk, _enc, done) {
        try {
            const safe = this.scanner.push(chunk);
            const all = Buffer.concat([this.held, chunk]);
            if (safe > 0)
                this.push(all.subarray(0, safe));
            this.held = all.subarray(safe);
            this.tail = (this.tail + chunk.toString('latin1')).slice(-256);
            done();
        }
        catch (error) {
            done(error);
        }
    }
    _flush(done) {
        try {
            this.scanner.end();
            if (this.held.length > 0)
                this.push(this.held);
            done();
        }
        catch (error) {
            done(error);
        }
    }
}
/** Reads a whole plain archive through the scanner; returns whether it ends like pg_dump's. */
async function scanPlain(path, stream) {
    const scanned = new ScannedSql();
    try {
        const discard = new external_node_stream_.Writable({ write: (_chunk, _enc, done) => done() });
        await (0,external_node_stream_promises_namespaceObject.pipeline)(openDecompressed(path, stream), scanned, discard);
    }
    catch (error) {
        if (error instanceof UnsafeSqlError)
            throw unsafeArchive(path, error);
        throw corrupt(path, `is unreadable: ${error.message}`);
    }
    return scanned.tail.includes(PLAIN_TRAILER);
}
/**
 * Checks that an archive is readable and safe before anything touches a database.
 * custom/directory: `pg_restore --list` reads the table of contents; with `full`,
 * `pg_restore --file=/dev/null` also decodes every data block, which catches a truncated or
 * corrupted archive the table of contents alone does not. A compressed file is decompressed
 * into pg_restore's standard input (a zstd or gzip stream also carries its own checksum).
 * plain: the whole SQL is scanned for psql meta-commands (refused) and must end with
 * pg_dump's completion line. Returns the number of entries in the table of contents (0 for plain).
 */
async function checkArchive(path, kind, pgRestore, logger, full) {
    const { format, stream } = typeof kind === 'string' ? { format: kind, stream: 'none' } : kind;
    if (format === 'plain') {
        if (!(await scanPlain(path, stream)))
            throw corrupt(path, "is incomplete: the SQL does not end with pg_dump's completion line");
        return 0;
    }
    if (!pgRestore)
        throw new Error('checkArchive: pg_restore is required for a non-plain archive');
    const from = (args) => stream === 'none'
        ? runTool(pgRestore, [...args, path], offlineEnv(), logger, { captureStdout: true })
        : runTool(pgRestore, args, offlineEnv(), logger, {
            captureStdout: true,
            input: openDecompressed(path, stream),
        });
    const list = await from(['--list']);
    if (list.exitCode !== 0 || list.inputError)
        throw corrupt(path, `is unreadable: ${list.inputError?.message ?? list.lastError}`);
    if (full) {
        const read = await from([`--file=${external_node_os_.devNull}`]);
        if (read.exitCode !== 0 || read.inputError)
            throw corrupt(path, `is damaged: ${read.inputError?.message ?? read.lastError}`);
    }
    return list.stdout.split('\n').filter((l) => l && !l.startsWith(';')).length;
}

;// CONCATENATED MODULE: ./src/core/backup/checksum.ts





/** sha256 of one file, hex, streamed (archives can be many gigabytes). */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_.createReadStream)(path), hash);
    return hash.digest('hex');
}
/** Every file under `dir`, as paths relative to it with `/` separators, sorted by code point. */
async function filesUnder(dir, root = dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await filesUnder(full, root)));
        else
            out.push((0,external_node_path_.relative)(root, full).split('\\').join('/'));
    }
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * sha256 of an archive: of the file itself, or for a directory-format dump a deterministic
 * digest: the sha256 of the text `sha256sum` would print for its files in sorted order
 * (`<hex>  <relative path>\n` per file), so anyone can recompute it with
 * `(cd DIR && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum) | sha256sum`.
 */
async function sha256Archive(path) {
    if (!(await (0,promises_.stat)(path)).isDirectory())
        return sha256File(path);
    const lines = [];
    for (const file of await filesUnder(path)) {
        lines.push(`${await sha256File((0,external_node_path_.join)(path, file))}  ${file}\n`);
    }
    return (0,external_node_crypto_.createHash)('sha256').update(lines.join('')).digest('hex');
}
/** Total size in bytes of a file, or of every file in a directory. */
async function archiveSize(path) {
    const info = await (0,promises_.stat)(path);
    if (!info.isDirectory())
        return info.size;
    let total = 0;
    for (const file of await filesUnder(path))
        total += (await (0,promises_.stat)((0,external_node_path_.join)(path, file))).size;
    return total;
}
/** Writes `<hex>  <archive file name>\n` (sha256sum's format) to `checksumPath`. */
async function writeChecksum(checksumPath, archivePath, hex) {
    await (0,promises_.writeFile)(checksumPath, `${hex}  ${(0,external_node_path_.basename)(archivePath)}\n`);
}
/** The digest in a sha256sum-format file, or undefined when the file is not in that format. */
async function readChecksum(checksumPath) {
    const text = await (0,promises_.readFile)(checksumPath, 'utf8');
    return /^([0-9a-f]{64})\s/i.exec(text)?.[1]?.toLowerCase();
}

;// CONCATENATED MODULE: ./src/core/backup/compression.ts

const LEVELS = { gzip: [1, 9], lz4: [1, 12], zstd: [1, 22], none: [0, 0] };
const HINT = 'use gzip[:1-9], lz4[:1-12], zstd[:1-22] or none';
/** Parses `gzip`, `gzip:6`, `lz4`, `zstd:3`, `none`. */
function parseCompression(text, name = 'compression') {
    const match = /^(gzip|lz4|zstd|none)(?::(\d+))?$/.exec(text.trim().toLowerCase());
    const method = match?.[1];
    if (!match || !method) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${text}" is not a compression`, { hint: HINT });
    }
    if (match[2] === undefined)
        return { method };
    const level = Number(match[2]);
    const [min, max] = LEVELS[method];
    if (method === 'none' || level < min || level > max) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: level ${level} is out of range for ${method}`, {
            hint: HINT,
        });
    }
    return { method, level };
}
/** `gzip:6` / `zstd` / `none`, as shown in logs and reports. */
function formatCompression(c) {
    return c.level === undefined ? c.method : `${c.method}:${c.level}`;
}
/**
 * The fastest good default for a pg_dump major: zstd level 1 from pg_dump 16 (much faster than
 * gzip and usually smaller); gzip level 1 before (pg_dump 15 knows only gzip, `-Z 0-9`).
 */
function defaultCompression(pgDumpMajor) {
    return pgDumpMajor >= 16 ? { method: 'zstd', level: 1 } : { method: 'gzip', level: 1 };
}
/**
 * pg_dump's compression arguments. pg_dump 16 takes `--compress=METHOD[:LEVEL]` (gzip, lz4,
 * zstd); pg_dump 15 and older take only a gzip level, `--compress=0-9` (checked against
 * `pg_dump --help` of 15.18: "-Z, --compress=0-9").
 */
function compressionArgs(c, pgDumpMajor, version) {
    if (c.method === 'none')
        return ['--compress=0'];
    if (pgDumpMajor >= 16)
        return [`--compress=${formatCompression(c)}`];
    if (c.method === 'gzip')
        return [`--compress=${c.level ?? 6}`];
    throw new errors/* DbDeployError */.WV('compression-unsupported', `pg_dump ${version} cannot compress with ${c.method} (pg_dump 16 or newer can)`, { hint: 'use gzip[:level], or install the PostgreSQL 16+ client' });
}

;// CONCATENATED MODULE: ./src/core/backup/tool-version.ts
/**
 * Pure helpers for pg_dump / pg_restore versions: parsing `--version` and choosing the binary
 * that can read a server. pg_dump refuses a server of a newer major ("aborting because of server
 * version mismatch"), so the client's major must be at least the server's.
 */
/**
 * Parses `pg_dump --version` output, e.g. `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`,
 * `pg_restore (PostgreSQL) 17.2`, or a pre-release `18beta1`. Returns undefined when unreadable.
 */
function parseToolVersion(output) {
    const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?(?:\.\d+)?([a-z]+\d*)?/i.exec(output);
    if (!match?.[1])
        return undefined;
    const major = Number(match[1]);
    // Before PostgreSQL 10 the major was two numbers (9.6); such clients read no supported server.
    const version = `${match[1]}${match[2] === undefined ? '' : `.${match[2]}`}${match[3] ?? ''}`;
    return { version, major };
}
/**
 * The major of a server from `server_version_num` (150018 → 15, 90624 → 9).
 */
function tool_version_serverMajor(versionNum) {
    return Math.floor(versionNum / 10000);
}
/**
 * Chooses the binary for a server: the lowest major that is at least the server's (the closest
 * match dumps exactly what that server has); among equal majors the first found (PATH first).
 */
function chooseTool(candidates, server) {
    let best;
    for (const tool of candidates) {
        if (tool.major < server)
            continue;
        if (!best || tool.major < best.major)
            best = tool;
    }
    return best;
}
/** One sentence on how to install the client of a major, for the error line. */
function installHint(major) {
    return (`install the PostgreSQL ${major} client, e.g. on Ubuntu runners add the PGDG apt repository ` +
        `(https://wiki.postgresql.org/wiki/Apt) and run \`sudo apt-get install postgresql-client-${major}\`, ` +
        `on macOS \`brew install postgresql@${major}\`, or pass its bin directory with --pg-bin / pg-bin`);
}

;// CONCATENATED MODULE: ./src/core/backup/discovery.ts





/** Where PostgreSQL packages put their binaries: `*` is one version directory. */
const USUAL_LOCATIONS = [
    '/usr/lib/postgresql/*/bin',
    '/usr/pgsql-*/bin',
    '/opt/homebrew/opt/postgresql@*/bin',
    '/usr/local/opt/postgresql@*/bin',
    '/Applications/Postgres.app/Contents/Versions/*/bin',
];
/** Expands one `prefix*suffix` pattern (a single `*` in one path segment) into existing directories. */
async function expand(pattern) {
    const star = pattern.indexOf('*');
    if (star < 0)
        return [pattern];
    const parentEnd = pattern.lastIndexOf('/', star);
    const parent = pattern.slice(0, parentEnd) || '/';
    const rest = pattern.slice(parentEnd + 1);
    const segmentEnd = rest.indexOf('/');
    const segment = segmentEnd < 0 ? rest : rest.slice(0, segmentEnd);
    const tail = segmentEnd < 0 ? '' : rest.slice(segmentEnd);
    const [before, after] = segment.split('*');
    const entries = await (0,promises_.readdir)(parent).catch(() => []);
    return entries
        .filter((e) => e.startsWith(before) && e.endsWith(after) && e.length >= segment.length - 1)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((e) => `${parent === '/' ? '' : parent}/${e}${tail}`);
}
/** Runs `<binary> --version`; undefined when it cannot run or prints no version. */
function probe(path) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(path, ['--version'], { timeout: 10_000 }, (error, stdout) => {
            const parsed = error ? undefined : parseToolVersion(String(stdout));
            resolve(parsed && { path, ...parsed });
        });
    });
}
/** Every runnable copy of `name`, in search order, each once (by real path). */
async function listTools(name, options = {}) {
    const dirs = options.binDir
        ? [options.binDir]
        : [
            ...(options.path ?? process.env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean),
            ...(await Promise.all((options.locations ?? USUAL_LOCATIONS).map(expand))).flat(),
        ];
    const seen = new Set();
    const found = [];
    for (const dir of dirs) {
        const path = (0,external_node_path_.join)(dir, name);
        const ok = await (0,promises_.access)(path, promises_.constants.X_OK).then(() => true, () => false);
        if (!ok)
            continue;
        const real = await (0,promises_.realpath)(path).catch(() => path);
        if (seen.has(real))
            continue;
        seen.add(real);
        const tool = await probe(path);
        if (tool)
            found.push(tool);
    }
    return found;
}
/**
 * Finds `name` (pg_dump, pg_restore, psql) whose major is at least the server's, choosing the
 * lowest that fits. Throws `pg-dump-missing` when there is none, `pg-dump-too-old` when every
 * copy found is older than the server.
 */
async function findPgTool(name, server, logger, options = {}) {
    const found = await listTools(name, options);
    const tool = chooseTool(found, server);
    if (tool) {
        logger.info(`using ${name} ${tool.version} (${tool.path}) for a PostgreSQL ${server} server`);
        return tool;
    }
    const where = options.binDir ?? 'PATH and the usual install locations';
    if (found.length === 0) {
        throw new errors/* DbDeployError */.WV('pg-dump-missing', `${name} not found`, {
            where,
            hint: installHint(server),
        });
    }
    const versions = found.map((t) => `${t.version} (${t.path})`).join(', ');
    throw new errors/* DbDeployError */.WV('pg-dump-too-old', `${name} is too old for a PostgreSQL ${server} server: found ${versions}, need ${server} or newer`, { where, hint: installHint(server) });
}

;// CONCATENATED MODULE: ./src/core/backup/dump-args.ts

const FORMAT_FLAG = { custom: 'c', directory: 'd', plain: 'p' };
/**
 * pg_dump's argv. Options and the output path only: the connection comes from the environment
 * (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSFILE), so no URL or password is ever on it.
 * `--no-password` makes a missing password fail at once instead of waiting for a prompt.
 */
function pgDumpArgs(plan) {
    const args = [`--format=${FORMAT_FLAG[plan.format]}`];
    if (plan.file !== undefined)
        args.push(`--file=${plan.file}`);
    args.push('--no-password');
    args.push(...plan.compression);
    if (plan.format === 'directory' && plan.jobs > 1)
        args.push(`--jobs=${plan.jobs}`);
    if (plan.schemaOnly)
        args.push('--schema-only');
    // validate's marker never travels: a restored copy must not pass for its scratch database.
    args.push(`--exclude-schema=${SCRATCH_SCHEMA}`);
    for (const table of plan.excludeTableData)
        args.push(`--exclude-table-data=${table}`);
    if (plan.snapshot)
        args.push(`--snapshot=${plan.snapshot}`);
    return args;
}
/** A libpq connection string holding only a database name (quoted per libpq's rules). */
function dbnameConninfo(database) {
    return `dbname='${database.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}
/**
 * pg_restore's argv: stop at the first error, and with one job restore in a single transaction
 * so that a failure leaves nothing behind (`--single-transaction` cannot be combined with
 * `--jobs`). The database is named by a conninfo holding only `dbname`, never a URL.
 */
function pgRestoreArgs(plan) {
    const args = [`--dbname=${dbnameConninfo(plan.database)}`, '--no-password', '--exit-on-error'];
    if (plan.jobs > 1)
        args.push(`--jobs=${plan.jobs}`);
    else
        args.push('--single-transaction');
    if (plan.clean)
        args.push('--clean', '--if-exists');
    if (plan.archive !== undefined)
        args.push(plan.archive);
    return args;
}
/**
 * psql's argv for a plain-format dump: no psqlrc, stop on the first error, one transaction.
 * `file` is `-` when the SQL comes through standard input (scanned on its way, see ScannedSql).
 */
function psqlArgs(database, file) {
    return [
        `--dbname=${dbnameConninfo(database)}`,
        '--no-password',
        '--no-psqlrc',
        '--quiet',
        '--set=ON_ERROR_STOP=1',
        '--single-transaction',
        `--file=${file}`,
    ];
}

;// CONCATENATED MODULE: ./src/core/backup/queries.ts
/**
 * SQL of backup and restore. All read-only: each takes AccessShareLock at most (the row
 * counts on the tables they count, like pg_dump itself), and none blocks writers.
 */

/** The server's version as a number, e.g. 150018 (no lock). */
const queries_SERVER_VERSION_NUM = "SELECT current_setting('server_version_num')::int AS num";
const queries_USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
/**
 * Ordinary and partitioned tables of the user's schemas, without partitions (their rows are
 * counted through the parent) and without tables that belong to an extension (catalog reads only).
 */
const BACKUP_TABLES = `
SELECT n.nspname AS schema, c.relname AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ${queries_USER_SCHEMA} AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY 1, 2`;
/** Exact row count of one table (AccessShareLock on it; reads every row). */
function countRowsSql(schema, name) {
    return `SELECT count(*)::bigint AS rows FROM ${qualifiedName(schema, name)}`;
}
/** Objects made after initdb: the first OID a user object gets (FirstNormalObjectId, transam.h). */
const USER_OID = 16384;
/** Not a member of an extension (those come and go with their extension, counted once). */
const notInExtension = (catalog, alias) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass
                  AND d.objid = ${alias}.oid AND d.deptype = 'e')`;
/**
 * Every kind of object a database can hold besides what initdb made, counted per kind: what a
 * restore would collide with or overwrite. An object counts when its OID is a user OID (made
 * after initdb, in this database or its template) and it is not part of an extension; the
 * extension itself counts. Relations of every kind (tables, views, sequences, composite types,
 * …), schemas (public is initdb's), types (not the array, row and multirange types that come with
 * another object), functions and procedures, large objects, extensions, operators and their classes and
 * families, collations, conversions, casts, text search objects, languages, access methods,
 * event triggers, foreign-data wrappers and servers, publications. Catalog reads only.
 */
const TARGET_CONTENT = `
SELECT
  (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${queries_USER_SCHEMA} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
      AND ${notInExtension('pg_class', 'c')})::int AS relations,
  (SELECT count(*) FROM pg_namespace n WHERE ${queries_USER_SCHEMA} AND n.oid >= ${USER_OID}
      AND ${notInExtension('pg_namespace', 'n')})::int AS schemas,
  (SELECT count(*) FROM pg_type t WHERE t.oid >= ${USER_OID} AND t.typrelid = 0
      AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
      AND t.typtype <> 'm'
      AND ${notInExtension('pg_type', 't')})::int AS types,
  (SELECT count(*) FROM pg_proc p WHERE p.oid >= ${USER_OID}
      AND ${notInExtension('pg_proc', 'p')})::int AS functions,
  (SELECT count(*) FROM pg_largeobject_metadata)::int AS large_objects,
  (SELECT count(*) FROM pg_extension x WHERE x.oid >= ${USER_OID})::int AS extensions,
  (SELECT (SELECT count(*) FROM pg_operator o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_operator', 'o')})
        + (SELECT count(*) FROM pg_opclass o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_opclass', 'o')})
        + (SELECT count(*) FROM pg_opfamily o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_opfamily', 'o')})
        + (SELECT count(*) FROM pg_collation o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_collation', 'o')})
        + (SELECT count(*) FROM pg_conversion o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_conversion', 'o')})
        + (SELECT count(*) FROM pg_cast o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_cast', 'o')})
        + (SELECT count(*) FROM pg_ts_config o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_ts_config', 'o')})
        + (SELECT count(*) FROM pg_ts_dict o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_ts_dict', 'o')})
        + (SELECT count(*) FROM pg_ts_parser o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_ts_parser', 'o')})
        + (SELECT count(*) FROM pg_ts_template o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_ts_template', 'o')})
        + (SELECT count(*) FROM pg_language o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_language', 'o')})
        + (SELECT count(*) FROM pg_am o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_am', 'o')})
        + (SELECT count(*) FROM pg_event_trigger o WHERE o.oid >= ${USER_OID})
        + (SELECT count(*) FROM pg_foreign_data_wrapper o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_foreign_data_wrapper', 'o')})
        + (SELECT count(*) FROM pg_foreign_server o WHERE o.oid >= ${USER_OID})
        + (SELECT count(*) FROM pg_publication o WHERE o.oid >= ${USER_OID}))::int AS other_objects`;
/** Count of user tables after a restore (catalog read only). */
const RESTORED_TABLES = `
SELECT count(*)::int AS tables
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ${queries_USER_SCHEMA} AND c.relkind IN ('r', 'p')`;
/**
 * Fixes every setting that changes a row's text form (TimeZone for timestamptz, DateStyle,
 * IntervalStyle, float digits, bytea), for this transaction only, so that the source and the
 * restored copy print identical values whatever their database or role defaults (no lock).
 */
const CHECKSUM_SETTINGS = `
SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true),
       set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '1', true),
       set_config('bytea_output', 'hex', true)`;
/** Exports the REPEATABLE READ transaction's snapshot for `pg_dump --snapshot` (no lock). */
const EXPORT_SNAPSHOT = 'SELECT pg_export_snapshot() AS snapshot';
/**
 * Row count and content checksum of one table, in one sequential scan (AccessShareLock on it).
 * Each row's text is hashed with md5 and the two 64-bit halves of the hashes are summed as
 * numeric: an order-independent multiset hash that needs no sort and constant memory. A
 * `md5(string_agg(row::text ORDER BY …))` would sort the whole table and fail past 1 GB of text
 * (the varlena limit, PostgreSQL docs "TOAST"). Accidental differences (a lost, duplicated or
 * changed row) change the sums; it is not meant to resist a crafted collision.
 */
function tableChecksumSql(schema, name) {
    // ROW(t.*), not t: a column named t would win over the table alias. Hashed once per row.
    return `SELECT count(*)::bigint AS rows,
       md5(count(*)::text || ':' ||
           coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0)::text || ':' ||
           coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint::numeric), 0)::text) AS checksum
  FROM (SELECT md5(ROW(t.*)::text) AS h FROM ${qualifiedName(schema, name)} t) rows`;
}

;// CONCATENATED MODULE: ./src/core/backup/inspect.ts



/**
 * The source's server major and every user table with its row count (0 when `countRows` is
 * false: verify-restore counts them itself, in pg_dump's snapshot).
 */
async function inspectSource(target, countRows = true) {
    const client = await connect(target);
    try {
        const major = await readServerMajor(client);
        const { rows } = await client.query(BACKUP_TABLES);
        const tables = [];
        for (const t of rows) {
            if (!countRows) {
                tables.push({ ...t, rows: 0 });
                continue;
            }
            const count = await client.query(countRowsSql(t.schema, t.name));
            tables.push({ schema: t.schema, name: t.name, rows: Number(count.rows[0]?.rows ?? 0) });
        }
        return { major, tables };
    }
    finally {
        await disconnect(client);
    }
}
/** TARGET_CONTENT's columns as words for the error line, singular and plural. */
const inspect_KINDS = {
    relations: ['relation', 'relations'],
    schemas: ['schema', 'schemas'],
    types: ['type', 'types'],
    functions: ['function', 'functions'],
    large_objects: ['large object', 'large objects'],
    extensions: ['extension', 'extensions'],
    other_objects: ['other object', 'other objects'],
};
/** Reads the restore target's version and whether it is empty. Reads catalogs only. */
async function inspectTarget(target) {
    const client = await connect(target);
    try {
        const major = await readServerMajor(client);
        const { rows } = await client.query(TARGET_CONTENT);
        const counts = Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]);
        const objects = counts.reduce((a, [, n]) => a + n, 0);
        const found = counts
            .filter(([, n]) => n > 0)
            .map(([k, n]) => `${n} ${(inspect_KINDS[k] ?? [k, k])[n === 1 ? 0 : 1]}`)
            .join(', ');
        return { major, objects, found };
    }
    finally {
        await disconnect(client);
    }
}
/** How many user tables the target has (after a restore). */
async function countTables(target) {
    const client = await connect(target);
    try {
        return Number((await client.query(RESTORED_TABLES)).rows[0]?.tables ?? 0);
    }
    finally {
        await disconnect(client);
    }
}
/** The server's major version (15, 16, …). Takes no lock. */
async function readServerMajor(client) {
    const { rows } = await client.query(queries_SERVER_VERSION_NUM);
    return tool_version_serverMajor(Number(rows[0]?.num ?? 0));
}

;// CONCATENATED MODULE: ./src/core/backup/name.ts

/** The default backup name: `{database}_{timestamp}`, e.g. `shop_20261124_203000`. */
const DEFAULT_NAME_TEMPLATE = '{database}_{timestamp}';
const PLACEHOLDERS = new Set(['database', 'timestamp']);
/** Literal characters allowed around the placeholders: safe in file names everywhere. */
const LITERAL = /^[A-Za-z0-9._-]*$/;
/** `YYYYMMDD_HHMMSS` in UTC. */
function utcTimestamp(now) {
    const pad = (n) => String(n).padStart(2, '0');
    return (`${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}_` +
        `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`);
}
/** A database name made safe for a file name: anything but letters, digits, `.`, `_`, `-` becomes `_`. */
function safe(value) {
    return value.replace(/[^A-Za-z0-9._-]/g, '_');
}
/**
 * Refuses a name template that could not make a safe file name: unknown or unclosed
 * placeholders, path separators, characters outside `A-Za-z0-9._-`, a leading dot.
 * @param name the option name, for the error message
 */
function validateNameTemplate(template, name = 'name') {
    const hint = `use letters, digits, ".", "_", "-" and the placeholders {database} and {timestamp}, e.g. ${DEFAULT_NAME_TEMPLATE}`;
    const fail = (what) => new errors/* DbDeployError */.WV('bad-input', `${name}: "${template}" ${what}`, { hint });
    if (!template.trim())
        throw fail('is empty');
    const parts = template.split(/(\{[^{}]*\})/);
    for (const part of parts) {
        const placeholder = /^\{(.*)\}$/.exec(part);
        if (placeholder) {
            if (!PLACEHOLDERS.has(placeholder[1] ?? ''))
                throw fail(`has an unknown placeholder ${part}`);
        }
        else if (!LITERAL.test(part)) {
            throw fail(/[{}]/.test(part)
                ? 'has an unclosed placeholder'
                : 'has characters not allowed in a file name');
        }
    }
    if (template.startsWith('.'))
        throw fail('starts with a dot (a hidden file)');
}
/**
 * Renders a validated template: `{database}` (made file-name safe) and `{timestamp}` (UTC
 * `YYYYMMDD_HHMMSS` of `now`).
 */
function renderBackupName(template, database, now) {
    validateNameTemplate(template);
    return template
        .replaceAll('{database}', safe(database))
        .replaceAll('{timestamp}', utcTimestamp(now));
}

;// CONCATENATED MODULE: ./src/core/backup/passfile.ts




/** `db-deploy-pgpass-<pid>-XXXXXX`: a passfile directory, and the run that made it. */
const PASSFILE_DIR = /^db-deploy-pgpass-(\d+)-[A-Za-z0-9]{6}$/;
/**
 * libpq settings that must not leak from the caller's environment into a child: a stray
 * PGPASSWORD would be visible in /proc/<pid>/environ, and PGSERVICE or PGHOSTADDR could point
 * the child at another server than the one named by the URL.
 */
const CLEARED = /^PG[A-Z_]+$/;
/** URL query parameters passed on to libpq as their environment variables. */
const URL_PARAMS = {
    sslmode: 'PGSSLMODE',
    sslrootcert: 'PGSSLROOTCERT',
    sslcert: 'PGSSLCERT',
    sslkey: 'PGSSLKEY',
    connect_timeout: 'PGCONNECT_TIMEOUT',
};
/** Escapes a passfile field: `\` and `:` are backslash-escaped (libpq, "The Password File"). */
function passfileField(value) {
    return value.replace(/[\\:]/g, (c) => `\\${c}`);
}
/** The passfile's single line: any host, port and database, this user, this password. */
function passfileLine(target) {
    const user = target.user ? passfileField(target.user) : '*';
    return `*:*:*:${user}:${passfileField(target.password)}\n`;
}
/**
 * The environment of a pg_dump / pg_restore / psql child: the caller's environment without any
 * PG* variable, plus the connection from the parsed URL. No URL and no password: the password
 * is read by libpq from `passfile`.
 */
function toolEnv(target, passfile, base = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value !== undefined && !CLEARED.test(key))
            env[key] = value;
    }
    env.PGHOST = target.host;
    env.PGPORT = String(target.port);
    env.PGDATABASE = target.database;
    if (target.user)
        env.PGUSER = target.user;
    env.PGAPPNAME = 'db-deploy';
    for (const [param, variable] of Object.entries(URL_PARAMS)) {
        const value = target.params[param];
        if (value)
            env[variable] = value;
    }
    if (passfile)
        env.PGPASSFILE = passfile;
    return env;
}
/** Where passfile directories are made: RUNNER_TEMP, else the system temp directory. */
function passfileRoot() {
    return process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
/**
 * Runs `fn` with the child environment for `target`. When the URL has a password, it is written
 * to a 0600 passfile in a fresh directory `db-deploy-pgpass-<pid>-…` under RUNNER_TEMP (or the
 * system temp directory), removed afterwards whether `fn` succeeds or fails, and on SIGINT,
 * SIGTERM or SIGHUP too. One left by a run killed with -9 (its pid gone) is removed first.
 */
async function withToolEnv(target, fn) {
    if (!target.password)
        return fn(toolEnv(target, undefined));
    const root = passfileRoot();
    await removeStale(root, PASSFILE_DIR);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(root, `db-deploy-pgpass-${process.pid}-`));
    const unregister = registerTemporary(dir);
    try {
        const passfile = (0,external_node_path_.join)(dir, 'pgpass');
        // mode applies at creation: the file is never readable by others, not even briefly.
        await (0,promises_.writeFile)(passfile, passfileLine(target), { mode: 0o600, flag: 'wx' });
        return await fn(toolEnv(target, passfile));
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        unregister();
    }
}

;// CONCATENATED MODULE: ./src/core/backup/s3-client.ts
/** Both SDK packages, imported on first use. */
async function loadS3Sdk() {
    const [s3, storage] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 711).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3711, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(358)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2358, 19)),
    ]);
    return { s3, storage };
}
/** The region S3-compatible stores conventionally accept when none is configured. */
const COMPATIBLE_STORE_REGION = 'us-east-1';
/**
 * The endpoint of an S3-compatible store, read as the SDK itself reads it: AWS_ENDPOINT_URL_S3,
 * then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true
 * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
 */
function configuredEndpoint(env = process.env) {
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.trim().toLowerCase() === 'true')
        return undefined;
    return env.AWS_ENDPOINT_URL_S3?.trim() || env.AWS_ENDPOINT_URL?.trim() || undefined;
}
/**
 * Client settings beyond the SDK's defaults. Credentials always come from the SDK's default
 * chain (environment, web identity as configure-aws-credentials sets up, shared files, container
 * and instance roles). The region: AWS_REGION, else AWS_DEFAULT_REGION (which the JavaScript SDK
 * does not read itself, unlike the CLI), else the SDK's chain (shared config file), and for an
 * S3-compatible endpoint with none of those, us-east-1. With an endpoint, keys are addressed
 * path-style (`http://host/bucket/key`): most self-hosted stores have no per-bucket DNS names.
 * A bucket in another region than the client's is followed (followRegionRedirects).
 */
function s3ClientConfig(env = process.env) {
    const endpoint = configuredEndpoint(env);
    const region = env.AWS_REGION?.trim() ||
        env.AWS_DEFAULT_REGION?.trim() ||
        (endpoint ? COMPATIBLE_STORE_REGION : undefined);
    return {
        ...(region ? { region } : {}),
        ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
        followRegionRedirects: true,
    };
}

;// CONCATENATED MODULE: ./src/core/backup/s3-digest.ts


/**
 * The SHA-256 checksums S3 reports for an object uploaded with ChecksumAlgorithm SHA256,
 * computed locally so the upload can be compared end to end: a single PutObject has the
 * full-object digest; a multipart upload has a composite one, the digest of the parts' digests
 * followed by `-<part count>`
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
 */
/** lib-storage's smallest part; S3 refuses smaller parts except the last. */
const MIN_PART_BYTES = (/* unused pure expression or super */ null && (5 * 1024 * 1024));
/** Our part size for most files: few requests, and at most queue × this in memory. */
const PART_BYTES = 16 * 1024 * 1024;
/** S3 allows 10,000 parts; stay below it. */
const MAX_PARTS = 9_000;
/** The part size for a file: 16 MiB, more (whole MiB) when the file would need too many parts. */
function partSizeFor(bytes) {
    const mib = 1024 * 1024;
    return Math.max(PART_BYTES, Math.ceil(bytes / MAX_PARTS / mib) * mib);
}
/** Reads the file once, hashing it whole and in parts of `partSize` bytes. */
async function digestFile(path, bytes) {
    const partSize = partSizeFor(bytes);
    const whole = (0,external_node_crypto_.createHash)('sha256');
    const partDigests = [];
    let part = (0,external_node_crypto_.createHash)('sha256');
    let inPart = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        whole.update(chunk);
        let offset = 0;
        while (offset < chunk.length) {
            const take = Math.min(partSize - inPart, chunk.length - offset);
            part.update(chunk.subarray(offset, offset + take));
            inPart += take;
            offset += take;
            if (inPart === partSize) {
                partDigests.push(part.digest());
                part = (0,external_node_crypto_.createHash)('sha256');
                inPart = 0;
            }
        }
    }
    if (inPart > 0 || partDigests.length === 0)
        partDigests.push(part.digest());
    const sha256 = whole.digest('base64');
    const parts = partDigests.length;
    const composite = (0,external_node_crypto_.createHash)('sha256').update(Buffer.concat(partDigests)).digest('base64');
    return {
        bytes,
        partSize,
        parts,
        sha256,
        expected: parts === 1 ? sha256 : `${composite}-${parts}`,
    };
}

;// CONCATENATED MODULE: ./src/core/backup/s3-errors.ts

const CONFIGURE = 'aws-actions/configure-aws-credentials before this step, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from secrets';
/** The SDK error's name (S3's error code), its HTTP status and first line of its message. */
function describe(error) {
    const e = error;
    const name = typeof e?.name === 'string' ? e.name : 'Error';
    const status = e?.$metadata?.httpStatusCode;
    const message = (0,errors/* oneLine */.TN)(String(e?.message ?? error).split('\n')[0] ?? '');
    const useful = message && message !== name && message !== 'UnknownError';
    return {
        name,
        status: typeof status === 'number' ? status : undefined,
        text: useful ? `${name}: ${message}` : name,
    };
}
/** The hint and a stable code for an SDK error, by S3 error code, then by HTTP status. */
function classify(name, status, text, c) {
    const resource = `arn:aws:s3:::${c.bucket}/${c.prefix}*`;
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(text))
        return {
            code: 's3-no-credentials',
            hint: `no AWS credentials were found: set them with ${CONFIGURE}`,
        };
    if (/Region is missing/i.test(text))
        return {
            code: 's3-no-region',
            hint: "set AWS_REGION to the bucket's region (configure-aws-credentials' aws-region sets it)",
        };
    switch (name) {
        case 'InvalidAccessKeyId':
            return {
                code: 's3-bad-credentials',
                hint: `the access key is unknown to this S3 service: check AWS_ACCESS_KEY_ID (and AWS_ENDPOINT_URL for an S3-compatible store), or use ${CONFIGURE}`,
            };
        case 'SignatureDoesNotMatch':
            return {
                code: 's3-bad-credentials',
                hint: 'the secret key does not match the access key: check AWS_SECRET_ACCESS_KEY',
            };
        case 'ExpiredToken':
        case 'TokenRefreshRequired':
        case 'InvalidToken':
            return {
                code: 's3-bad-credentials',
                hint: 'the session token expired or is invalid: get fresh credentials (configure-aws-credentials role-duration-seconds)',
            };
        case 'NoSuchBucket':
            return {
                code: 's3-no-bucket',
                hint: `the bucket ${c.bucket} does not exist for these credentials and endpoint: create it, or fix the URI`,
            };
        case 'AccessDenied':
        case 'AllAccessDisabled':
        case 'Forbidden':
            return {
                code: 's3-access-denied',
                hint: `the credentials need s3:PutObject and s3:GetObject (for the size check) on ${resource}`,
            };
        case 'PermanentRedirect':
        case 'AuthorizationHeaderMalformed':
        case 'IllegalLocationConstraintException':
            return { code: 's3-wrong-region', hint: "set AWS_REGION to the bucket's region" };
        case 'TimeoutError':
        case 'RequestTimeout':
        case 'ECONNREFUSED':
        case 'ECONNRESET':
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return {
                code: 's3-unreachable',
                hint: 'the S3 endpoint could not be reached: check the network and AWS_ENDPOINT_URL (for an S3-compatible store), then re-run',
            };
    }
    if (status === 403)
        return {
            code: 's3-access-denied',
            hint: `the credentials need s3:PutObject and s3:GetObject on ${resource}`,
        };
    if (status === 404)
        return { code: 's3-no-bucket', hint: `check that the bucket ${c.bucket} exists` };
    if (status !== undefined && status >= 500)
        return { code: 's3-failed', hint: 'the S3 service failed (the SDK retried): re-run the job' };
    return { code: 's3-failed', hint: 'fix what the message names and run the backup again' };
}
/** An SDK (or network) error from an upload to one destination, as one DbDeployError line. */
function s3Failure(error, context) {
    if (error instanceof errors/* DbDeployError */.WV)
        return error;
    const { name, status, text } = describe(error);
    const network = error?.code;
    const key = typeof network === 'string' && /^E[A-Z]+$/.test(network) ? network : name;
    const { code, hint } = classify(key, status, text, context);
    return new errors/* DbDeployError */.WV(code, `the backup could not be uploaded to ${context.uri}: ${text}`, {
        hint: `${hint}; ${context.kept}`,
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/core/backup/s3-uri.ts

/**
 * Bucket names as S3 accepts them for new buckets: 3–63 lower-case letters, digits, `.` and `-`,
 * starting and ending with a letter or digit
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;
/** S3 keys are at most 1024 bytes; this leaves room for the backup name and its files. */
const MAX_PREFIX_BYTES = 768;
function bad(name, shown, what, hint) {
    return new errors/* DbDeployError */.WV('bad-input', `${name}: ${shown} ${what}`, { hint });
}
/**
 * Parses `s3://bucket`, `s3://bucket/` or `s3://bucket/some/prefix[/]`. Refuses anything else
 * with one line naming the URI and the accepted form; a URI that looks like it carries
 * credentials (`s3://KEY:SECRET@bucket`) is refused without being echoed.
 * @param name the option name for the message, e.g. `input s3-uri` or `--s3-uri`
 */
function parseS3Uri(uri, name = 's3-uri') {
    const form = 'use s3://BUCKET/PREFIX/, e.g. s3://my-backups/prod/db/';
    const text = uri.trim();
    const match = /^s3:\/\/([^/]*)(?:\/(.*))?$/.exec(text);
    if (!match) {
        if (/@/.test(text.split('/')[2] ?? ''))
            throw bad(name, 'a URI', 'holds credentials', 'never put keys in the URI: ' + form);
        throw bad(name, `"${text}"`, 'is not an S3 URI', form);
    }
    const bucket = match[1] ?? '';
    const rest = match[2] ?? '';
    if (bucket.includes('@') || bucket.includes(':'))
        throw bad(name, 'a URI', 'holds credentials or a port', 'give credentials through the AWS environment (aws-actions/configure-aws-credentials) and an S3-compatible endpoint through AWS_ENDPOINT_URL; ' +
            form);
    if (!BUCKET.test(bucket) || bucket.includes('..') || IP_ADDRESS.test(bucket))
        throw bad(name, `"${text}"`, `names the bucket "${bucket}", which is not a valid bucket name`, 'bucket names have 3-63 lower-case letters, digits, "." and "-", and start and end with a letter or digit');
    const segments = rest.split('/');
    if (segments.at(-1) === '')
        segments.pop();
    const unsafe = segments.find((s) => s === '' || s === '.' || s === '..' || /\p{Cc}/u.test(s));
    if (unsafe !== undefined)
        throw bad(name, `"${text}"`, unsafe === ''
            ? 'has an empty path segment (//)'
            : `has the path segment ${JSON.stringify(unsafe)}`, 'use a prefix of plain names separated by single slashes, e.g. s3://my-backups/prod/db/');
    const prefix = segments.length === 0 ? '' : `${segments.join('/')}/`;
    if (Buffer.byteLength(prefix) > MAX_PREFIX_BYTES)
        throw bad(name, `"${bucket}"`, `has a prefix longer than ${MAX_PREFIX_BYTES} bytes`, form);
    return { uri: `s3://${bucket}/${prefix}`, bucket, prefix };
}
/**
 * Parses every URI (an empty list is fine) and refuses the same destination given twice. Call it
 * before the backup starts; backup() does.
 */
function parseS3Uris(uris, name = 's3-uri') {
    const seen = new Set();
    return uris.map((uri) => {
        const location = parseS3Uri(uri, name);
        const key = `${location.bucket}/${location.prefix}`;
        if (seen.has(key))
            throw bad(name, `"${location.uri}"`, 'is given twice', 'list each destination once');
        seen.add(key);
        return location;
    });
}
/** The object key of a file: the prefix, then its path relative to the backup directory. */
function objectKey(location, relativePath) {
    return `${location.prefix}${relativePath.split('\\').join('/')}`;
}
/** `s3://bucket/key`, for messages. */
function objectUri(location, key) {
    return `s3://${location.bucket}/${key}`;
}

;// CONCATENATED MODULE: ./src/core/backup/s3.ts
// Decision record: docs/adr/0009-s3-uploads-tested-against-ceph.md (ADR 0009).











/** Parts uploaded at once per file: memory stays under this × the part size (16 MiB). */
const QUEUE_SIZE = 4;
async function localFiles(archive) {
    const name = (0,external_node_path_.basename)(archive.path);
    const info = await (0,promises_.stat)(archive.path);
    const entries = info.isDirectory()
        ? (await filesUnder(archive.path)).map((f) => ({
            path: (0,external_node_path_.join)(archive.path, f),
            relative: `${name}/${f}`,
        }))
        : [{ path: archive.path, relative: name }];
    if (archive.checksumPath)
        entries.push({ path: archive.checksumPath, relative: (0,external_node_path_.basename)(archive.checksumPath) });
    const files = [];
    for (const entry of entries)
        files.push({ ...entry, digest: await digestFile(entry.path, (await (0,promises_.stat)(entry.path)).size) });
    return files;
}
/** Uploads one file and reads it back; returns whether its SHA-256 could be compared. */
async function putFile(sdk, location, file, kept) {
    const Bucket = location.bucket;
    const Key = objectKey(location, file.relative);
    const upload = new sdk.storage.Upload({
        client: sdk.client,
        params: {
            Bucket,
            Key,
            Body: (0,external_node_fs_.createReadStream)(file.path),
            ContentType: 'application/octet-stream',
            ChecksumAlgorithm: 'SHA256',
        },
        partSize: file.digest.partSize,
        queueSize: QUEUE_SIZE,
    });
    await upload.done();
    const head = await sdk.client.send(new sdk.s3.HeadObjectCommand({ Bucket, Key, ChecksumMode: 'ENABLED' }));
    const mismatch = (what) => new errors/* DbDeployError */.WV('s3-verify-failed', `the upload of ${objectUri(location, Key)} does not match the local file: ${what}`, { hint: `run the backup again; ${kept}` });
    if (head.ContentLength !== file.digest.bytes)
        throw mismatch(`${head.ContentLength ?? 'no'} bytes stored, ${file.digest.bytes} sent`);
    // A store that keeps no SHA-256 (or split the upload otherwise) leaves the size to compare.
    const stored = head.ChecksumSHA256;
    const storedParts = stored === undefined ? 0 : Number(/-(\d+)$/.exec(stored)?.[1] ?? 1);
    if (storedParts !== file.digest.parts)
        return { key: Key, checked: false };
    if (stored !== file.digest.expected)
        throw mismatch(`sha256 ${stored} stored, ${file.digest.expected} sent`);
    return { key: Key, checked: true };
}
async function uploadTo(sdk, location, files, kept, logger) {
    const started = Date.now();
    const keys = [];
    let bytes = 0;
    let allChecked = true;
    const context = { ...location, kept };
    try {
        for (const file of files) {
            logger.debug(`uploading ${file.path} to ${objectUri(location, objectKey(location, file.relative))}`);
            const { key, checked } = await putFile(sdk, location, file, kept);
            keys.push(key);
            bytes += file.digest.bytes;
            allChecked &&= checked;
        }
    }
    catch (error) {
        const failure = s3Failure(error, context);
        logger.info(`upload to ${location.uri} failed`);
        const durationMs = Date.now() - started;
        return {
            status: 'failed',
            uri: location.uri,
            keys,
            bytes,
            durationMs,
            code: failure.code,
            error: failure.toLine(),
        };
    }
    const durationMs = Date.now() - started;
    const checked = allChecked ? 'sha256' : 'size';
    logger.info(`uploaded to ${location.uri}: ${keys.length} object(s), ${bytes} bytes in ${duration_formatDuration(durationMs)} (${checked === 'sha256' ? 'sizes and sha256 match' : 'sizes match; the store reports no sha256'})`);
    return { status: 'uploaded', uri: location.uri, keys, bytes, durationMs, checked };
}
/**
 * Uploads the backup to every destination and reports each; never throws for an upload that
 * failed (the local backup stays, and the result says why): call assertS3Uploaded after
 * reporting. Credentials, region and endpoint come from the AWS environment (see s3ClientConfig).
 */
async function uploadBackupToS3(archive, locations, logger) {
    if (locations.length === 0)
        return [];
    const kept = `the backup is kept at ${archive.path}`;
    const files = await localFiles(archive);
    let sdk;
    try {
        const { s3, storage } = await loadS3Sdk();
        sdk = { s3, storage, client: new s3.S3Client(s3ClientConfig()) };
    }
    catch (error) {
        return locations.map((location) => {
            const failure = s3Failure(error, { ...location, kept });
            return {
                status: 'failed',
                uri: location.uri,
                keys: [],
                bytes: 0,
                durationMs: 0,
                code: failure.code,
                error: failure.toLine(),
            };
        });
    }
    try {
        const results = [];
        for (const location of locations) {
            logger.info(`uploading ${(0,external_node_path_.basename)(archive.path)} (${files.length} file(s)) to ${location.uri}`);
            results.push(await uploadTo(sdk, location, files, kept, logger));
        }
        return results;
    }
    finally {
        sdk.client.destroy();
    }
}
/**
 * Throws one line when an upload failed: the failure's own line, or with several, the first and
 * how many more. Call it after the summary is written, as with assertRestoreVerified.
 */
function assertS3Uploaded(uploads) {
    const failed = (uploads ?? []).filter((u) => u.status === 'failed');
    const first = failed[0];
    if (!first)
        return;
    const more = failed.length > 1
        ? ` (and ${failed.length - 1} more of ${uploads?.length} S3 uploads failed)`
        : '';
    throw new errors/* DbDeployError */.WV(first.code, `${first.error}${more}`);
}

;// CONCATENATED MODULE: ./src/core/backup/restore.ts

















/** `<dir>/<name>.sha256` (as backup writes it) or `<archive>.sha256`, whichever exists. */
async function findChecksum(path) {
    const stem = (0,external_node_path_.basename)(path).replace(/\.(dump|sql)(\.(gz|zst))?$/, '');
    for (const candidate of [(0,external_node_path_.join)((0,external_node_path_.dirname)(path), `${stem}.sha256`), `${path}.sha256`]) {
        if (await (0,promises_.stat)(candidate).catch(() => undefined))
            return candidate;
    }
    return undefined;
}
/** Compares the archive with the sha256 beside it; true when one was found and matched. */
async function verifyChecksum(path, logger) {
    const file = await findChecksum(path);
    if (!file) {
        logger.info('no .sha256 beside the backup: reading the whole archive to check it instead');
        return false;
    }
    const expected = await readChecksum(file);
    const actual = await sha256Archive(path);
    if (expected !== actual) {
        throw new errors/* DbDeployError */.WV('backup-corrupt', `the backup does not match its checksum (sha256 ${actual.slice(0, 12)}…, expected ${expected?.slice(0, 12) ?? 'an unreadable .sha256'}…)`, {
            where: path,
            hint: 'the archive is truncated or damaged: restore another backup; nothing was restored',
        });
    }
    logger.info(`sha256 matches ${(0,external_node_path_.basename)(file)}`);
    return true;
}
function refuseNonEmpty(target, state, confirm) {
    if (confirm !== undefined && confirm !== target.database)
        throw new errors/* DbDeployError */.WV('confirm-mismatch', `confirm "${confirm}" is not the target database's name`, {
            where: target.display,
            hint: `pass confirm ${target.database} to restore into this database`,
        });
    if (state.objects > 0 && confirm === undefined)
        throw new errors/* DbDeployError */.WV('target-not-empty', `the target database is not empty (${state.found})`, {
            where: target.display,
            hint: `pass confirm ${target.database} to restore into it anyway (add clean to drop the archive's objects first)`,
        });
}
async function restoreTool(format, major, logger, binDir) {
    if (format !== 'plain')
        return findPgTool('pg_restore', major, logger, { binDir });
    try {
        return await findPgTool('psql', 0, logger, { binDir });
    }
    catch {
        throw new errors/* DbDeployError */.WV('psql-missing', 'a plain-format (SQL) backup is restored with psql, and psql was not found', {
            hint: 'install the PostgreSQL client (e.g. `sudo apt-get install postgresql-client`; no npm package ships psql), or back up in the custom format',
        });
    }
}
/** `.db-deploy-restore-<pid>-<name>`: a compressed archive decompressed for a parallel restore. */
const DECOMPRESSED = /^db-deploy-restore-(\d+)-/;
/**
 * Hands the restore tool its archive: a file or directory pg_restore reads itself; a plain SQL
 * file streamed (decompressed when compressed) through the meta-command scanner into psql's
 * standard input; a compressed custom archive streamed into pg_restore's standard input, or,
 * for a parallel restore (which needs a seekable file), decompressed first into a temporary
 * file under RUNNER_TEMP that is removed afterwards, on a signal too.
 */
async function withRestoreInput(path, kind, jobs, logger, fn) {
    if (kind.format === 'plain')
        return fn(undefined, { input: openDecompressed(path, kind.stream).pipe(new ScannedSql()) });
    if (kind.stream === 'none')
        return fn(path, {});
    if (jobs === 1)
        return fn(undefined, { input: openDecompressed(path, kind.stream) });
    const root = passfileRoot();
    await removeStale(root, DECOMPRESSED);
    const file = (0,external_node_path_.join)(root, `db-deploy-restore-${process.pid}-${(0,external_node_path_.basename)(path)}.dump`);
    const unregister = registerTemporary(file);
    try {
        logger.info(`decompressing ${(0,external_node_path_.basename)(path)} for a parallel restore`);
        await (0,external_node_stream_promises_namespaceObject.pipeline)(openDecompressed(path, kind.stream), (0,external_node_fs_.createWriteStream)(file, { mode: 0o600 }));
        return await fn(file, {});
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
        unregister();
    }
}
/**
 * Restores an archive into a database. Everything that can be checked is checked before the
 * target is touched: the archive exists, matches its sha256, and pg_restore can read it; the
 * target is empty or `confirm` names it. pg_restore then stops at the first error and, with one
 * job, runs as one transaction so a failure leaves the target as it was.
 */
async function restore(options, logger) {
    const started = Date.now();
    const jobs = options.jobs ?? 1;
    if (!Number.isInteger(jobs) || jobs < 1)
        throw new errors/* DbDeployError */.WV('bad-input', `jobs: ${jobs} is not a whole number of at least 1`);
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    const path = options.backupPath;
    if (!(await (0,promises_.stat)(path).catch(() => undefined)))
        throw new errors/* DbDeployError */.WV('backup-missing', 'the backup does not exist', {
            where: path,
            hint: 'check the backup path (a .dump or .sql file, or a directory-format directory)',
        });
    const kind = await detectArchive(path);
    const { format } = kind;
    if (format === 'plain' && options.clean)
        throw new errors/* DbDeployError */.WV('bad-input', 'clean needs a custom or directory archive', {
            hint: 'restore a plain SQL backup into an empty database instead',
        });
    const checksumVerified = await verifyChecksum(path, logger);
    const state = await inspectTarget(target);
    const tool = await restoreTool(format, state.major, logger, options.pgBinDir);
    await checkArchive(path, kind, format === 'plain' ? undefined : tool, logger, !checksumVerified);
    refuseNonEmpty(target, state, options.confirm);
    logger.info(`restoring ${(0,external_node_path_.basename)(path)} into ${target.display} with ${(0,external_node_path_.basename)(tool.path)} ${tool.version}`);
    const run = await withRestoreInput(path, kind, jobs, logger, (archive, input) => {
        const args = format === 'plain'
            ? psqlArgs(target.database, '-')
            : pgRestoreArgs({
                database: target.database,
                archive,
                clean: options.clean ?? false,
                jobs,
            });
        return withToolEnv(target, (env) => runTool(tool, args, env, logger, input));
    });
    if (run.inputError instanceof UnsafeSqlError)
        throw unsafeArchive(path, run.inputError);
    if (run.exitCode !== 0 || run.inputError) {
        const oneTransaction = format === 'plain' || jobs === 1;
        const why = run.inputError
            ? `reading the archive failed: ${run.inputError.message}`
            : (0,db_url/* redact */.E$)(run.lastError, (0,db_url/* secretsOf */.Fj)(target.url)) || `exit code ${run.exitCode}`;
        throw new errors/* DbDeployError */.WV('restore-failed', `${(0,external_node_path_.basename)(tool.path)} failed: ${why}`, {
            where: target.display,
            hint: oneTransaction
                ? 'the restore ran as one transaction and was rolled back: the target is unchanged'
                : 'a parallel restore is not one transaction: the target may be partly restored; restore again with clean, or into an empty database',
        });
    }
    const result = {
        restoredTables: await countTables(target),
        format,
        checksumVerified,
        durationMs: Date.now() - started,
    };
    logger.info(`restored ${result.restoredTables} tables in ${duration_formatDuration(result.durationMs)}`);
    return result;
}

;// CONCATENATED MODULE: ./src/core/backup/verify-restore.ts







/**
 * Refuses a verify database that is not empty (or is the source itself), before anything is
 * dumped: the restore must not mix with existing objects, and must never land on real data.
 */
async function checkVerifyDatabase(options, source) {
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    const same = target.host === source.host &&
        target.port === source.port &&
        target.database === source.database;
    const { objects, found } = same ? { objects: 1, found: '' } : await inspectTarget(target);
    if (objects > 0)
        throw new errors/* DbDeployError */.WV('verify-database-not-empty', same
            ? 'the verify database is the database being backed up'
            : `the verify database is not empty (${found})`, {
            where: target.display,
            hint: 'give verify-database-url an empty scratch database (e.g. a fresh service container); nothing was backed up',
        });
    return target;
}
/** Every user table's row count and checksum, on a client whose transaction is already open. */
async function readChecksums(client) {
    await client.query(CHECKSUM_SETTINGS);
    const { rows: tables } = await client.query(BACKUP_TABLES);
    const out = [];
    for (const t of tables) {
        const { rows } = await client.query(tableChecksumSql(t.schema, t.name));
        out.push({ ...t, rows: Number(rows[0]?.rows ?? 0), checksum: rows[0]?.checksum ?? '' });
    }
    return out;
}
/**
 * Opens a REPEATABLE READ transaction on the source, exports its snapshot, counts and checksums
 * every table in it, then runs `dump(snapshot)` while the transaction stays open: pg_dump
 * `--snapshot` sees exactly the rows that were checksummed, even with concurrent writes
 * (PostgreSQL docs "Snapshot Synchronization Functions").
 */
async function withSourceSnapshot(source, dump) {
    const client = await connect(source);
    try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const { rows } = await client.query(EXPORT_SNAPSHOT);
        const tables = await readChecksums(client);
        const result = await dump(rows[0]?.snapshot ?? '', tables);
        await client.query('COMMIT');
        return result;
    }
    finally {
        await disconnect(client);
    }
}
/** Row counts and checksums of a database's user tables, in one consistent snapshot. */
async function checksumDatabase(target) {
    const client = await connect(target);
    try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const tables = await readChecksums(client);
        await client.query('COMMIT');
        return tables;
    }
    finally {
        await disconnect(client);
    }
}
/** Pairs each source table with its restored copy by schema and name. Mismatches first. */
function compareTables(source, restored) {
    const key = (t) => `${t.schema}\u0000${t.name}`;
    const copies = new Map(restored.map((t) => [key(t), t]));
    const rows = source.map((t) => {
        const copy = copies.get(key(t));
        return {
            schema: t.schema,
            name: t.name,
            rows: t.rows,
            checksum: t.checksum,
            restoredRows: copy?.rows ?? null,
            restoredChecksum: copy?.checksum ?? null,
            match: copy !== undefined && copy.rows === t.rows && copy.checksum === t.checksum,
        };
    });
    return [...rows.filter((r) => !r.match), ...rows.filter((r) => r.match)];
}
/** One line for a table whose restored copy differs. */
function describeMismatch(t) {
    const table = `${t.schema}.${t.name}`;
    if (t.restoredRows === null)
        return `${table}: missing from the restored database`;
    if (t.restoredRows !== t.rows)
        return `${table}: ${t.rows} rows in the source, ${t.restoredRows} restored`;
    return `${table}: ${t.rows} rows in both, content differs (checksum ${t.checksum.slice(0, 8)} vs ${t.restoredChecksum?.slice(0, 8) ?? ''})`;
}
/** Checksums the restored database and compares it with the source's tables. */
async function compareRestored(source, restored, logger) {
    const tables = compareTables(source, await checksumDatabase(restored));
    for (const t of tables.filter((x) => !x.match))
        logger.warn(`verify-restore: ${describeMismatch(t)}`);
    return tables;
}
/**
 * Restores the archive into the (already checked) empty verify database with the restore core,
 * then compares every table's row count and checksum with the source's.
 */
async function verifyRestore(archive, source, options, logger) {
    const started = Date.now();
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    await restore({ databaseUrl: options.databaseUrl, backupPath: archive, pgBinDir: options.pgBinDir }, logger);
    const tables = await compareRestored(source, target, logger);
    const verified = tables.every((t) => t.match);
    const durationMs = Date.now() - started;
    const bad = tables.filter((t) => !t.match).length;
    logger.info(verified
        ? `verify-restore: all ${tables.length} tables match in ${target.display} (${duration_formatDuration(durationMs)})`
        : `verify-restore: ${bad} of ${tables.length} tables differ in ${target.display}`);
    return { verified, tables, durationMs };
}
/** Fails (after the caller has reported the result) when a restore did not reproduce the source. */
function assertRestoreVerified(result) {
    if (!result || result.verified)
        return;
    const bad = result.tables.filter((t) => !t.match);
    throw new errors/* DbDeployError */.WV('verify-restore-mismatch', `the restored backup differs from the source in ${bad.length} table${bad.length === 1 ? '' : 's'}: ${bad.map(describeMismatch).join('; ')}`, {
        hint: 'the archive was kept but did not restore identically: do not rely on it; see the comparison in the summary',
    });
}

;// CONCATENATED MODULE: ./src/core/backup/backup.ts





















const EXTENSION = { custom: '.dump', directory: '', plain: '.sql' };
/**
 * The zstd level of the default `.dump.zst`: measured by `npm run bench:backup` against
 * `pg_dump | gzip` (BENCHMARKS.md): faster and smaller with pg_dump 15, whose own compression
 * is zlib only, and 16+ alike.
 */
const STREAM_ZSTD_LEVEL = 3;
/** `.<name>.db-deploy-partial-<pid>`: an archive being written, and the run writing it. */
const PARTIAL = /^\..+\.db-deploy-partial-(\d+)$/;
function backup_checkOptions(o, format, jobs) {
    validateNameTemplate(o.name ?? DEFAULT_NAME_TEMPLATE);
    if (!Number.isInteger(jobs) || jobs < 1)
        throw new errors/* DbDeployError */.WV('bad-input', `jobs: ${jobs} is not a whole number of at least 1`);
    if (jobs > 1 && format !== 'directory')
        throw new errors/* DbDeployError */.WV('bad-input', `jobs: parallel dumps need the directory format`, {
            hint: 'set format to directory, or jobs to 1',
        });
    if (format === 'plain' && o.compression && o.compression.method !== 'none')
        throw new errors/* DbDeployError */.WV('bad-input', 'compression: a plain-format backup is written as SQL text', {
            hint: 'use format custom or directory for a compressed archive, or compression none',
        });
    if (o.verifyRestore && (o.schemaOnly || (o.excludeTableData ?? []).length > 0))
        throw new errors/* DbDeployError */.WV('bad-input', 'verify-restore compares every table with the source, which needs every row in the backup', { hint: 'turn off schema-only and exclude-table-data, or verify-restore' });
}
/**
 * Backs up a database with pg_dump: chooses a pg_dump that can read the server, writes the
 * archive under a temporary name and renames it only when pg_dump succeeded (no partial file
 * is ever left), then checks it (sha256 beside it, `pg_restore --list` reads it).
 */
async function backup(options, logger) {
    const started = Date.now();
    const format = options.format ?? 'custom';
    const jobs = options.jobs ?? 1;
    backup_checkOptions(options, format, jobs);
    const s3 = parseS3Uris(options.s3Uris ?? []);
    const verify = options.verify ?? true;
    const target = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    if (options.verifyRestore)
        await checkVerifyDatabase(options.verifyRestore, target);
    const source = await inspectSource(target, !options.verifyRestore);
    const find = { binDir: options.pgBinDir };
    const pgDump = await findPgTool('pg_dump', source.major, logger, find);
    const pgRestore = verify && format !== 'plain'
        ? await findPgTool('pg_restore', source.major, logger, find)
        : undefined;
    // The default custom archive is compressed by Node as one zstd stream (see STREAM_ZSTD_LEVEL).
    const streamed = format === 'custom' && options.compression === undefined && hasZstd();
    if (format === 'custom' && options.compression === undefined && !streamed)
        logger.info(`Node ${process.version} has no zstd: pg_dump compresses the archive itself (.dump, not .dump.zst)`);
    const compression = format === 'plain'
        ? undefined
        : streamed
            ? { method: 'none' }
            : (options.compression ?? defaultCompression(pgDump.major));
    const compress = compression ? compressionArgs(compression, pgDump.major, pgDump.version) : [];
    const extension = `${EXTENSION[format]}${streamed ? '.zst' : ''}`;
    const compressionLabel = streamed
        ? `zstd:${STREAM_ZSTD_LEVEL} (whole file)`
        : compression
            ? formatCompression(compression)
            : 'none';
    const name = renderBackupName(options.name ?? DEFAULT_NAME_TEMPLATE, target.database, options.now ?? new Date());
    const path = (0,external_node_path_.join)(options.dir, `${name}${extension}`);
    const checksumPath = (0,external_node_path_.join)(options.dir, `${name}.sha256`);
    for (const existing of [path, checksumPath]) {
        if (await (0,promises_.stat)(existing).catch(() => undefined))
            throw new errors/* DbDeployError */.WV('backup-exists', 'a backup with this name exists already', {
                where: existing,
                hint: 'keep {timestamp} in the name template, or move the old backup away',
            });
    }
    await (0,promises_.mkdir)(options.dir, { recursive: true });
    for (const stale of await removeStale(options.dir, PARTIAL))
        logger.info(`removed ${stale}, left by an interrupted backup`);
    const partial = (0,external_node_path_.join)(options.dir, `.${name}${extension}.db-deploy-partial-${process.pid}`);
    const args = (snapshot) => pgDumpArgs({
        snapshot,
        format,
        file: streamed ? undefined : partial,
        compression: compress,
        jobs,
        schemaOnly: options.schemaOnly ?? false,
        excludeTableData: options.excludeTableData ?? [],
    });
    logger.info(`backing up ${target.display} with pg_dump ${pgDump.version} (${format}, ${compressionLabel})`);
    // pg_dump writes the uncompressed archive to its stdout; zstd compresses it on Node's
    // thread pool (and its own workers) while pg_dump goes on reading.
    const output = streamed
        ? (stdout) => (0,external_node_stream_promises_namespaceObject.pipeline)(stdout, zstdCompressor(STREAM_ZSTD_LEVEL, zstdWorkers()), (0,external_node_fs_.createWriteStream)(partial, { flags: 'wx' }))
        : undefined;
    let checksums;
    const unregister = registerTemporary(partial);
    try {
        const dump = (snapshot) => withToolEnv(target, (env) => runTool(pgDump, args(snapshot), env, logger, { output }));
        const run = options.verifyRestore
            ? await withSourceSnapshot(target, (snapshot, tables) => {
                checksums = tables;
                return dump(snapshot);
            })
            : await dump();
        if (run.exitCode !== 0 || run.outputError) {
            const why = run.outputError
                ? `writing the archive failed: ${run.outputError.message}`
                : (0,db_url/* redact */.E$)(run.lastError, (0,db_url/* secretsOf */.Fj)(target.url)) || `exit code ${run.exitCode}`;
            throw new errors/* DbDeployError */.WV('pg-dump-failed', `pg_dump failed: ${why}`, {
                where: target.display,
                hint: 'fix the cause above and run the backup again; no archive was written',
            });
        }
        await (0,promises_.rename)(partial, path);
    }
    finally {
        await (0,promises_.rm)(partial, { recursive: true, force: true });
        unregister();
    }
    let sha256;
    try {
        if (verify) {
            await checkArchive(path, { format, stream: streamed ? 'zstd' : 'none' }, pgRestore, logger, false);
            sha256 = await sha256Archive(path);
            await writeChecksum(checksumPath, path, sha256);
        }
    }
    catch (error) {
        await (0,promises_.rm)(path, { recursive: true, force: true });
        await (0,promises_.rm)(checksumPath, { force: true });
        throw error;
    }
    const verified = options.verifyRestore && checksums
        ? await verifyRestore(path, checksums, { ...options.verifyRestore, pgBinDir: options.pgBinDir }, logger)
        : undefined;
    const result = {
        path,
        name,
        format,
        compression: compressionLabel,
        sizeBytes: await archiveSize(path),
        sha256,
        checksumPath: verify ? checksumPath : undefined,
        durationMs: Date.now() - started,
        pgDumpVersion: pgDump.version,
        tables: checksums?.map(({ schema, name, rows }) => ({ schema, name, rows })) ?? source.tables,
        verifyRestore: verified,
    };
    logger.info(`backup ${name} written: ${result.sizeBytes} bytes in ${duration_formatDuration(result.durationMs)}`);
    if (s3.length > 0)
        result.uploads = await uploads(result, s3, logger);
    return result;
}
/**
 * zstd worker threads for the default archive: one per core beyond the one pg_dump and the
 * server's backend keep busy, at most 4; 0 (compress on Node's thread pool alone) on 2 cores.
 */
function zstdWorkers() {
    return Math.min(4, Math.max(0, (0,external_node_os_.availableParallelism)() - 2));
}
/** The S3 uploads of a finished backup; a backup whose restored copy differs is not uploaded. */
async function uploads(result, locations, logger) {
    if (result.verifyRestore?.verified === false) {
        const reason = 'the restored copy differs from the source';
        return locations.map(({ uri }) => ({ status: 'skipped', uri, reason }));
    }
    return uploadBackupToS3(result, locations, logger);
}

;// CONCATENATED MODULE: ./src/cli/commands/backup.ts








const BACKUP_HELP = `Usage: db-deploy backup [options]

Backs up a database with pg_dump (a pg_dump at least as new as the server, from PATH or the
usual install locations), then checks the archive: sha256 beside it, pg_restore --list reads it.
Uploading it as a GitHub artifact is the backup action's upload-artifact: artifacts need a
workflow job's runner token, so the command line keeps the archive on disk.

Options:
  --database-url URL          connection URL (default: $DATABASE_URL)
  --dir DIR                   directory for the archive (default: backups)
  --name TEMPLATE             archive name (default: {database}_{timestamp}, UTC YYYYMMDD_HHMMSS)
  --format F                  custom, directory or plain (default: custom)
  --compression C             gzip[:1-9], lz4[:L], zstd[:L] (pg_dump 16+) or none
                              (default: zstd:1 with pg_dump 16+, gzip:1 before)
  --jobs N                    parallel dump jobs, directory format only (default: 1)
  --schema-only               dump the schema without data
  --exclude-table-data T      leave out the data of tables matching T (repeatable)
  --no-verify                 write no .sha256 and skip the pg_restore --list check
  --verify-restore URL        restore into this EMPTY scratch database and compare every table's
                              row count and content checksum with the source (fails on a difference)
  --pg-bin DIR                use pg_dump and pg_restore from DIR
  --s3-uri URI                then upload the archive and its .sha256 to s3://BUCKET/PREFIX/
                              (repeatable); credentials, region and endpoint from the usual AWS
                              environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_REGION,
                              AWS_ENDPOINT_URL for an S3-compatible store); a failed upload
                              keeps the local backup and exits 1
  --json                      print the result as JSON on stdout
  --verbose                   print debug output (the commands run)
  -h, --help                  show this help
Exit code: 0 when the backup was written and verified (and restored identically with
--verify-restore, and uploaded to every --s3-uri), 1 otherwise, 2 for a usage error.`;
const backup_OPTIONS = {
    'database-url': { type: 'string' },
    dir: { type: 'string' },
    name: { type: 'string' },
    format: { type: 'string' },
    compression: { type: 'string' },
    jobs: { type: 'string' },
    'schema-only': { type: 'boolean' },
    'exclude-table-data': { type: 'string', multiple: true },
    'no-verify': { type: 'boolean' },
    'verify-restore': { type: 'string' },
    'pg-bin': { type: 'string' },
    's3-uri': { type: 'string', multiple: true },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
};
/** A short human summary: where, how big, how long, and the row count of each table. */
function renderBackup(result) {
    const lines = [
        `backup ${result.name} (${result.format}, ${result.compression}, pg_dump ${result.pgDumpVersion})`,
        `  path:     ${result.path}`,
        `  size:     ${result.sizeBytes} bytes`,
        `  sha256:   ${result.sha256 ?? '(not verified)'}`,
        `  duration: ${result.durationMs} ms`,
        `  tables:   ${result.tables.length}`,
        ...result.tables.map((t) => `    ${t.schema}.${t.name}: ${t.rows} rows`),
    ];
    const verify = result.verifyRestore;
    if (verify) {
        const bad = verify.tables.filter((t) => !t.match);
        lines.push(verify.verified
            ? `  restore:  verified, all ${verify.tables.length} tables match`
            : `  restore:  ${bad.length} of ${verify.tables.length} tables DIFFER`, ...bad.map((t) => `    ${describeMismatch(t)}`));
    }
    for (const upload of result.uploads ?? [])
        lines.push(upload.status === 'uploaded'
            ? `  s3:       ${upload.uri} (${upload.keys.length} objects, ${upload.bytes} bytes, ${upload.checked} checked, ${upload.durationMs} ms)`
            : upload.status === 'failed'
                ? `  s3:       ${upload.uri} FAILED: ${upload.error}`
                : `  s3:       ${upload.uri} skipped: ${upload.reason}`);
    return lines.join('\n');
}
/** `db-deploy backup`. Returns the exit code. */
async function backupCommand(argv, io) {
    const { values: v } = parseCommandArgs(argv, backup_OPTIONS, 'backup');
    if (v.help) {
        io.out(BACKUP_HELP);
        return 0;
    }
    const databaseUrl = databaseUrlOption(v['database-url']);
    io.secrets.push(...(0,db_url/* secretsOf */.Fj)(databaseUrl));
    const verifyUrl = v['verify-restore'];
    if (verifyUrl !== undefined)
        io.secrets.push(...(0,db_url/* secretsOf */.Fj)(verifyUrl));
    const result = await backup({
        databaseUrl,
        dir: pathOption(v.dir, 'backups'),
        name: v.name,
        format: choiceOption(v.format ?? 'custom', BACKUP_FORMATS, 'format', 'backup'),
        compression: v.compression === undefined ? undefined : parseCompression(v.compression, '--compression'),
        jobs: integerOption(v.jobs, 'jobs', 1),
        schemaOnly: v['schema-only'] ?? false,
        excludeTableData: v['exclude-table-data'] ?? [],
        verify: !(v['no-verify'] ?? false),
        pgBinDir: v['pg-bin'] === undefined ? undefined : pathOption(v['pg-bin'], ''),
        verifyRestore: verifyUrl === undefined ? undefined : { databaseUrl: verifyUrl },
        s3Uris: v['s3-uri'] ?? [],
    }, (0,output/* cliLogger */.$)(io, v.verbose ?? false));
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(result, null, 2) : renderBackup(result), io.secrets));
    assertRestoreVerified(result.verifyRestore);
    assertS3Uploaded(result.uploads);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/restore.ts





const RESTORE_HELP = `Usage: db-deploy restore --backup PATH [options]

Restores a backup into a database. Checks first, before touching the target: the archive's
sha256 (when a .sha256 is beside it), that pg_restore reads it, and that the target is empty
or --confirm names it. Stops at the first error; with one job the restore is one transaction.
A GitHub artifact (the restore action's artifact-name) needs a workflow job's runner token: from
a terminal, download it first (gh run download RUN_ID -n NAME -D DIR) and pass the archive inside.

Options:
  --database-url URL   target connection URL (default: $DATABASE_URL)
  --backup PATH        the archive: a .dump, .dump.zst, .sql or .sql.gz file, or a directory-format directory
  --clean              drop the archive's objects in the target before recreating them
  --jobs N             parallel restore jobs (then not one transaction) (default: 1)
  --confirm NAME       the target database's name: required when the target is not empty
  --pg-bin DIR         use pg_restore and psql from DIR
  --json               print the result as JSON on stdout
  --verbose            print debug output (the commands run)
  -h, --help           show this help
Exit code: 0 when everything was restored, 1 otherwise, 2 for a usage error.`;
const restore_OPTIONS = {
    'database-url': { type: 'string' },
    backup: { type: 'string' },
    clean: { type: 'boolean' },
    jobs: { type: 'string' },
    confirm: { type: 'string' },
    'pg-bin': { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
};
/** One line for people. */
function renderRestore(result) {
    const checked = result.checksumVerified ? 'sha256 verified' : 'archive read in full';
    return `restored ${result.restoredTables} table${result.restoredTables === 1 ? '' : 's'} from a ${result.format} backup in ${result.durationMs} ms (${checked})`;
}
/** `db-deploy restore`. Returns the exit code. */
async function restoreCommand(argv, io) {
    const { values: v } = parseCommandArgs(argv, restore_OPTIONS, 'restore');
    if (v.help) {
        io.out(RESTORE_HELP);
        return 0;
    }
    const databaseUrl = databaseUrlOption(v['database-url']);
    io.secrets.push(...(0,db_url/* secretsOf */.Fj)(databaseUrl));
    if (!v.backup)
        throw new errors/* DbDeployError */.WV('usage', '--backup PATH is required', {
            hint: 'run db-deploy restore --help',
        });
    const result = await restore({
        databaseUrl,
        backupPath: pathOption(v.backup, ''),
        clean: v.clean ?? false,
        jobs: integerOption(v.jobs, 'jobs', 1),
        confirm: v.confirm,
        pgBinDir: v['pg-bin'] === undefined ? undefined : pathOption(v['pg-bin'], ''),
    }, (0,output/* cliLogger */.$)(io, v.verbose ?? false));
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(result, null, 2) : renderRestore(result), io.secrets));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/preflight.ts







const PREFLIGHT_HELP = `Usage: db-deploy preflight [options]

Checks that a database is fit for a deployment, read-only: it connects, then measures the
server version, the database size, active sessions, connections against max_connections, the
oldest open transaction, sessions waiting on locks, replica lag and INVALID indexes. Every
check is printed; the command fails listing every check that failed.

Options:
  --database-url URL            connection URL (default: $DATABASE_URL)
  --connect-timeout D           give up connecting after D (default: 10s)
  --statement-timeout D         limit on each check's query (default: the connect timeout)
  --max-active-connections N    sessions of the database running a statement (default: 100)
  --max-connections-usage R     share of max_connections the server's sessions may use,
                                0.8 or 80% (default: 80%)
  --max-transaction-age D       oldest open transaction; 0 reports it without a limit
                                (default: 5m)
  --max-lock-wait D             a session waiting on a lock longer than D counts as a lock
                                waiter (default: 5s)
  --max-lock-waiters N          lock waiters allowed (default: 0)
  --max-replication-lag D       replay lag of the worst replica; 0 reports it without a limit
                                (default: 1m)
  --max-invalid-indexes N       INVALID indexes allowed (default: 0)
  --json                        print the result as JSON on stdout
  --verbose                     print debug output
  -h, --help                    show this help
Durations: 250ms, 5s, 10m, 1h.
Exit code: 0 when every check passed, 1 when a check failed (or an option is invalid),
2 for a usage error.`;
const preflight_OPTIONS = {
    'database-url': { type: 'string' },
    'connect-timeout': { type: 'string' },
    'statement-timeout': { type: 'string' },
    ...THRESHOLD_OPTIONS,
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
};
const WORD = { pass: 'pass', fail: 'FAIL', info: 'info', skipped: 'skip' };
/** One line per check: result, id, value, limit, and the detail of the interesting ones. */
function renderPreflight(result) {
    const failed = result.checks.filter((c) => c.status === 'fail').length;
    const width = Math.max(...result.checks.map((c) => c.id.length));
    return [
        `preflight ${result.database}: ${failed ? `${failed} of ${result.checks.length} checks FAILED` : `all ${result.checks.length} checks passed`} (${result.durationMs} ms)`,
        ...result.checks.map((c) => {
            const limit = c.limit ? ` (limit ${c.limit})` : '';
            const detail = c.detail && c.status !== 'skipped' ? ` — ${c.detail}` : '';
            return `  ${WORD[c.status].padEnd(4)}  ${c.id.padEnd(width)}  ${c.value}${limit}${detail}`;
        }),
    ].join('\n');
}
/** `db-deploy preflight`. Returns the exit code. */
async function preflightCommand(argv, io) {
    const { values: v } = parseCommandArgs(argv, preflight_OPTIONS, 'preflight');
    if (v.help) {
        io.out(PREFLIGHT_HELP);
        return 0;
    }
    const databaseUrl = databaseUrlOption(v['database-url']);
    io.secrets.push(...(0,db_url/* secretsOf */.Fj)(databaseUrl));
    const d = PREFLIGHT_DEFAULTS;
    const connectTimeoutMs = durationOption(v['connect-timeout'], 'connect-timeout', d.connectTimeoutMs);
    const result = await preflight({
        databaseUrl,
        connectTimeoutMs,
        statementTimeoutMs: durationOption(v['statement-timeout'], 'statement-timeout', connectTimeoutMs),
        ...thresholdOptions(v),
    }, (0,output/* cliLogger */.$)(io, v.verbose ?? false));
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(result, null, 2) : renderPreflight(result), io.secrets));
    assertPreflightPassed(result);
    return 0;
}

;// CONCATENATED MODULE: ./src/core/monitor/abort.ts
/** Settles with `promise`, or rejects as soon as `signal` aborts (the work itself is left to the caller). */
function raceAbort(promise, signal) {
    if (signal.aborted)
        return Promise.reject(new AbortedError());
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new AbortedError());
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
}
class AbortedError extends Error {
    constructor() {
        super('aborted');
        this.name = 'AbortedError';
    }
}
/** Resolves after `ms`, or at once when `signal` aborts. */
function sleepUnlessAborted(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted || ms <= 0)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/core/monitor/stats.ts
/** Nearest-rank percentile of `values` (p in 0..100); undefined for no values. */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    // p * n first: (p / 100) * n picks the wrong rank for some p in floating point (0.07 * 100 > 7).
    const rank = Math.ceil((p * sorted.length) / 100);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

;// CONCATENATED MODULE: ./src/core/monitor/rollback.ts

/**
 * Runs the rollback command once (see runShell) with the failing check in its environment, and
 * waits for it. After `timeoutMs` its whole process group is killed.
 */
function runRollback(command, reason, timeoutMs, logger) {
    return runShell(command, {
        env: {
            DB_DEPLOY_FAILED_CHECK: reason.check,
            DB_DEPLOY_FAILED_CHECK_LABEL: reason.label,
            DB_DEPLOY_FAILED_VALUE: reason.value,
            DB_DEPLOY_FAILED_MESSAGE: reason.message,
            DB_DEPLOY_FIRST_FAILURE_AT: reason.firstFailureAt,
        },
        timeoutMs,
        label: 'rollback',
        logger,
    });
}

;// CONCATENATED MODULE: ./src/core/monitor/watch.ts




/** One probe round, each probe bounded by the timeout and the cancel signal. */
async function runRound(probes, timeoutMs, cancel) {
    const results = await Promise.all(probes.map(async (probe) => {
        const signal = AbortSignal.any([cancel, AbortSignal.timeout(timeoutMs)]);
        try {
            return await probe.run(signal);
        }
        catch (error) {
            // A probe reports its own failures; anything thrown is a failure of its first check.
            const message = error instanceof Error ? error.message : String(error);
            const check = probe.checks[0]?.id ?? 'probe';
            return [{ check, ok: false, display: message, message }];
        }
    }));
    return results.flat();
}
function summarise(definition, samples) {
    const own = samples.filter((s) => s.check === definition.id);
    const latencies = own.flatMap((s) => (s.latencyMs === undefined ? [] : [s.latencyMs]));
    const failures = own.filter((s) => !s.ok);
    let longestStreak = 0;
    let streak = 0;
    for (const s of own) {
        streak = s.ok ? 0 : streak + 1;
        longestStreak = Math.max(longestStreak, streak);
    }
    const valued = own.filter((s) => s.value !== undefined);
    const highest = valued.reduce((worst, s) => (worst === undefined || (s.value ?? 0) > (worst.value ?? 0) ? s : worst), undefined);
    const lastFailure = failures.at(-1)?.message;
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    return {
        ...definition,
        probes: own.length,
        failures: failures.length,
        longestStreak,
        ...(p50 === undefined ? {} : { p50LatencyMs: Math.round(p50) }),
        ...(p95 === undefined ? {} : { p95LatencyMs: Math.round(p95) }),
        ...(highest ? { worst: highest.display } : lastFailure ? { worst: lastFailure } : {}),
        ...(lastFailure ? { lastFailure } : {}),
    };
}
/**
 * Watches a deployment: every `intervalMs` for `durationMs`, one round of every probe at once.
 * A check that fails `failureThreshold` rounds in a row makes the deployment unhealthy: the
 * watch stops and the rollback command runs, exactly once. A cancel stops probing at once and
 * rolls back only when asked to. Rounds start on a fixed schedule (no drift); the last one
 * starts before `durationMs` and ends within one timeout, so the watch never outlives
 * duration + timeout. Probes are closed in every case.
 */
async function watch(options, logger) {
    const cancel = options.signal ?? new AbortController().signal;
    const definitions = options.probes.flatMap((p) => p.checks);
    const labels = new Map(definitions.map((d) => [d.id, d.label]));
    const streaks = new Map(definitions.map((d) => [d.id, { count: 0 }]));
    const samples = [];
    const timeline = [];
    const startedAt = new Date();
    const start = performance.now();
    const elapsed = () => Math.round(performance.now() - start);
    const mark = (event) => {
        timeline.push({ at: new Date().toISOString(), t: elapsed(), event });
        logger.info(`monitor: ${event}`);
    };
    mark(`watch started: ${definitions.length} ${definitions.length === 1 ? 'check' : 'checks'} every ${duration_formatDuration(options.intervalMs)} for ${duration_formatDuration(options.durationMs)}, unhealthy after ${options.failureThreshold} failures in a row`);
    let verdict = 'healthy';
    let failing;
    let anyFailure = false;
    let round = 0;
    let rounds = 0;
    try {
        for (;;) {
            const due = round * options.intervalMs;
            if (due >= options.durationMs)
                break;
            await sleepUnlessAborted(due - (performance.now() - start), cancel);
            if (cancel.aborted) {
                verdict = 'cancelled';
                break;
            }
            const t = elapsed();
            const roundAt = new Date();
            const outcomes = await runRound(options.probes, options.timeoutMs, cancel);
            if (cancel.aborted) {
                verdict = 'cancelled';
                break;
            }
            round += 1;
            rounds += 1;
            for (const outcome of outcomes) {
                samples.push({ t, round: rounds, ...outcome });
                const streak = streaks.get(outcome.check) ?? { count: 0 };
                streaks.set(outcome.check, streak);
                if (outcome.ok) {
                    if (streak.count > 0)
                        logger.info(`monitor: ${labels.get(outcome.check)} recovered (${outcome.display})`);
                    streak.count = 0;
                    streak.since = undefined;
                    continue;
                }
                streak.count += 1;
                streak.since ??= { at: roundAt, t };
                if (!anyFailure) {
                    anyFailure = true;
                    timeline.push({
                        at: roundAt.toISOString(),
                        t,
                        event: `first failed probe: ${labels.get(outcome.check)}: ${outcome.message ?? outcome.display}`,
                    });
                }
                logger.warn(`monitor: ${labels.get(outcome.check)} failed (${streak.count} of ${options.failureThreshold} in a row): ${outcome.message ?? outcome.display}`);
                if (streak.count >= options.failureThreshold && !failing) {
                    failing = { check: outcome.check, outcome, since: streak.since.at };
                }
            }
            if (failing) {
                verdict = 'unhealthy';
                mark(`unhealthy: ${labels.get(failing.check)} failed ${options.failureThreshold} times in a row`);
                break;
            }
            // Behind schedule (a slow round): the next round is the next one still in the future.
            const behind = Math.floor((performance.now() - start) / options.intervalMs);
            round = Math.max(round, behind);
        }
    }
    finally {
        await Promise.all(options.probes.map((p) => p.close().catch(() => undefined)));
    }
    if (verdict === 'cancelled')
        mark('cancelled: probing stopped');
    if (verdict === 'healthy')
        mark(`healthy to the end (${rounds} rounds)`);
    let rollback;
    const rollBack = verdict === 'unhealthy' || (verdict === 'cancelled' && options.rollbackOnCancel === true);
    if (rollBack && options.rollbackCommand) {
        mark('rollback started');
        rollback = await runRollback(options.rollbackCommand, {
            check: failing?.check ?? 'cancelled',
            label: failing ? (labels.get(failing.check) ?? failing.check) : 'the job was cancelled',
            value: failing?.outcome.display ?? '',
            message: failing?.outcome.message ?? 'the job was cancelled',
            firstFailureAt: failing?.since.toISOString() ?? '',
        }, options.rollbackTimeoutMs, logger);
        mark(rollback.exitCode === 0
            ? `rollback finished (exit code 0, ${duration_formatDuration(rollback.durationMs)})`
            : `rollback FAILED (${rollback.error ?? `exit code ${rollback.exitCode}`}, ${duration_formatDuration(rollback.durationMs)})`);
    }
    else if (rollBack) {
        mark('no rollback-command: nothing rolled back');
    }
    return {
        verdict,
        healthy: verdict === 'healthy',
        rolledBack: rollback?.exitCode === 0,
        startedAt: startedAt.toISOString(),
        endedAt: new Date().toISOString(),
        durationMs: elapsed(),
        rounds,
        failureThreshold: options.failureThreshold,
        intervalMs: options.intervalMs,
        ...(failing
            ? {
                failedCheck: failing.check,
                failedCheckLabel: labels.get(failing.check) ?? failing.check,
                failedValue: failing.outcome.display,
                failedMessage: failing.outcome.message ?? failing.outcome.display,
                firstFailureAt: failing.since.toISOString(),
            }
            : {}),
        ...(rollback ? { rollback } : {}),
        timeline,
        checks: definitions.map((d) => summarise(d, samples)),
        samples,
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/db-probe.ts




const DATABASE_WATCH_DEFAULTS = {
    maxLockWaitMs: 5_000,
    maxActiveConnections: 100,
    maxDeadlocks: 0,
    maxRollbackRatio: 0.1,
    minTransactions: 50,
    maxReplicationLagMs: 60_000,
};
// pg_locks.waitstart exists from PostgreSQL 14; before, the waiting session's state_change
// is the closest start of the wait.
const LOCK_WAIT_14 = `select coalesce(extract(epoch from max(now() - l.waitstart)) * 1000, 0)::float8
  from pg_locks l join pg_stat_activity a on a.pid = l.pid
  where not l.granted and l.waitstart is not null and a.datname = current_database()`;
const LOCK_WAIT_OLD = `select coalesce(extract(epoch from max(now() - state_change)) * 1000, 0)::float8
  from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`;
function roundQuery(serverVersionNum) {
    return `select
    (${serverVersionNum >= 140000 ? LOCK_WAIT_14 : LOCK_WAIT_OLD}) as lock_wait_ms,
    (select count(distinct l.pid) from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where not l.granted and a.datname = current_database())::int as lock_waiters,
    (select count(*) from pg_stat_activity where state = 'active' and datname = current_database()
       and backend_type = 'client backend' and pid <> pg_backend_pid())::int as active,
    d.xact_commit::float8 as commits, d.xact_rollback::float8 as rollbacks,
    d.deadlocks::float8 as deadlocks,
    (select coalesce(extract(epoch from max(replay_lag)) * 1000, 0) from pg_stat_replication)::float8 as lag_ms,
    (select count(*) from pg_stat_replication)::int as replicas
  from pg_stat_database d where d.datname = current_database()`;
}
const ms = (value) => `${Math.round(value)}ms`;
/**
 * The database side of the watch (sessions of the watched database only, as in preflight;
 * replicas are server-wide): one connection, one query per round, five checks
 * (lock waits, active connections, deadlocks and rollback ratio since the watch began,
 * replica lag) plus `database` for reaching it at all. Read-only.
 */
function databaseProbe(databaseUrl, limits, timeoutMs) {
    const target = (0,db_url/* parseDatabaseUrl */.mx)(databaseUrl);
    let client;
    let versionNum = 0;
    /** Without pg_read_all_stats (pg_monitor), other roles' sessions show no state: not counted. */
    let seesAll = true;
    let baseline;
    const checks = [
        {
            id: 'database',
            label: `database ${target.display}`,
            limit: `answers within ${ms(timeoutMs)}`,
            unit: 'ms',
        },
        {
            id: 'db-lock-wait',
            label: 'longest lock wait',
            limit: `≤ ${ms(limits.maxLockWaitMs)}`,
            unit: 'ms',
        },
        {
            id: 'db-connections',
            label: 'active connections',
            limit: `≤ ${limits.maxActiveConnections}`,
            unit: 'count',
        },
        {
            id: 'db-deadlocks',
            label: 'deadlocks since the watch began',
            limit: `≤ ${limits.maxDeadlocks}`,
            unit: 'count',
        },
        {
            id: 'db-rollback-ratio',
            label: 'rollback ratio since the watch began',
            limit: `≤ ${limits.maxRollbackRatio} (from ${limits.minTransactions} transactions)`,
            unit: 'ratio',
        },
        {
            id: 'db-replication-lag',
            label: 'replica replay lag',
            limit: `≤ ${ms(limits.maxReplicationLagMs)}`,
            unit: 'ms',
        },
    ];
    async function open(signal) {
        if (client)
            return client;
        const opened = await raceAbort(connect(target, { connectTimeoutMs: timeoutMs, applicationName: 'db-deploy monitor' }), signal);
        try {
            await opened.query(`set statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
            await opened.query('set default_transaction_read_only = on');
            const version = await opened.query(`select current_setting('server_version_num') as n`);
            versionNum = Number(version.rows[0]?.n ?? 0);
            const stats = await opened.query(`select pg_has_role('pg_read_all_stats', 'USAGE') as can`);
            seesAll = stats.rows[0]?.can === true;
        }
        catch (error) {
            await disconnect(opened);
            throw error;
        }
        client = opened;
        return opened;
    }
    async function read(signal) {
        const connection = await open(signal);
        const result = await raceAbort(connection.query(roundQuery(versionNum)), signal);
        const row = result.rows[0];
        if (!row)
            throw new Error('the database has no pg_stat_database row for itself');
        return {
            lockWaitMs: Number(row.lock_wait_ms),
            lockWaiters: Number(row.lock_waiters),
            active: Number(row.active),
            commits: Number(row.commits),
            rollbacks: Number(row.rollbacks),
            deadlocks: Number(row.deadlocks),
            lagMs: Number(row.lag_ms),
            replicas: Number(row.replicas),
        };
    }
    function judge(now, latencyMs) {
        const base = baseline ?? now;
        baseline = base;
        const deadlocks = now.deadlocks - base.deadlocks;
        const commits = now.commits - base.commits;
        const rollbacks = now.rollbacks - base.rollbacks;
        const ended = commits + rollbacks;
        const ratio = ended > 0 ? rollbacks / ended : 0;
        const judged = ended >= limits.minTransactions;
        const lockOk = now.lockWaitMs <= limits.maxLockWaitMs;
        return [
            {
                check: 'database',
                ok: true,
                latencyMs,
                value: latencyMs,
                display: `answered in ${ms(latencyMs)}`,
            },
            {
                check: 'db-lock-wait',
                ok: lockOk,
                value: now.lockWaitMs,
                display: now.lockWaiters === 0 ? 'no waits' : `${ms(now.lockWaitMs)} (${now.lockWaiters} waiting)`,
                ...(lockOk
                    ? {}
                    : {
                        message: `a session has waited ${ms(now.lockWaitMs)} for a lock (${now.lockWaiters} waiting), over ${ms(limits.maxLockWaitMs)}`,
                    }),
            },
            {
                check: 'db-connections',
                ok: now.active <= limits.maxActiveConnections,
                value: now.active,
                display: `${now.active} active${seesAll ? '' : ' (own role only: grant pg_monitor)'}`,
                ...(now.active <= limits.maxActiveConnections
                    ? {}
                    : { message: `${now.active} active connections, over ${limits.maxActiveConnections}` }),
            },
            {
                check: 'db-deadlocks',
                ok: deadlocks <= limits.maxDeadlocks,
                value: deadlocks,
                display: `${deadlocks}`,
                ...(deadlocks <= limits.maxDeadlocks
                    ? {}
                    : {
                        message: `${deadlocks} deadlocks since the watch began, over ${limits.maxDeadlocks}`,
                    }),
            },
            {
                check: 'db-rollback-ratio',
                ok: !judged || ratio <= limits.maxRollbackRatio,
                value: ratio,
                display: judged ? `${ratio.toFixed(3)} of ${ended}` : `not judged (${ended} transactions)`,
                ...(!judged || ratio <= limits.maxRollbackRatio
                    ? {}
                    : {
                        message: `${rollbacks} of ${ended} transactions rolled back (${ratio.toFixed(3)}), over ${limits.maxRollbackRatio}`,
                    }),
            },
            {
                check: 'db-replication-lag',
                ok: now.lagMs <= limits.maxReplicationLagMs,
                value: now.lagMs,
                display: now.replicas === 0 ? 'no replicas' : `${ms(now.lagMs)} (${now.replicas} replicas)`,
                ...(now.lagMs <= limits.maxReplicationLagMs
                    ? {}
                    : {
                        message: `a replica replays ${ms(now.lagMs)} behind, over ${ms(limits.maxReplicationLagMs)}`,
                    }),
            },
        ];
    }
    return {
        checks,
        async run(signal) {
            const started = performance.now();
            try {
                const figures = await read(signal);
                return judge(figures, performance.now() - started);
            }
            catch (error) {
                // Whatever failed, start from a fresh connection next round.
                const broken = client;
                client = undefined;
                void disconnect(broken);
                const latencyMs = performance.now() - started;
                const message = signal.aborted
                    ? `no answer within ${ms(timeoutMs)}`
                    : pgErrorFields(error).message;
                return [{ check: 'database', ok: false, latencyMs, display: message, message }];
            }
        },
        async close() {
            const open = client;
            client = undefined;
            await disconnect(open);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/endpoint.ts

function displayUrl(url) {
    const port = url.port ? `:${url.port}` : '';
    const hidden = url.search || url.hash ? '?…' : '';
    return `${url.protocol}//${url.hostname}${port}${url.pathname}${hidden}`;
}
/**
 * The Authorization header that `user:password@` in a URL stands for (RFC 7617 Basic, UTF-8):
 * what curl and browsers send for such a URL. Both parts are percent-decoded first.
 * Undefined when the URL has neither; throws URIError on an invalid percent-escape.
 */
function basicAuthorization(url) {
    if (!url.username && !url.password)
        return undefined;
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}
/**
 * Parses an http(s) URL; anything else is one clear error line naming the input and holding no
 * part of it. `user:password@` moves from the URL into the Authorization header.
 */
function parseEndpoint(raw, name) {
    const text = raw.trim();
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: not an http(s) URL`, {
            hint: 'use a full URL such as https://app.example.com/healthz',
        });
    }
    const display = displayUrl(url);
    let authorization;
    try {
        authorization = basicAuthorization(url);
    }
    catch {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: invalid percent-escape in the user or password of ${display}`, { hint: 'percent-encode special characters of the user and password, e.g. @ as %40' });
    }
    if (!authorization)
        return { url: text, display };
    url.username = '';
    url.password = '';
    return { url: url.href, display, authorization };
}

;// CONCATENATED MODULE: ./src/core/monitor/probe.ts
/** Why a fetch failed, in a few words, from the error's cause code. */
function describeFetchError(error, timeoutMs, aborted) {
    if (aborted)
        return `no answer within ${timeoutMs}ms`;
    const cause = error.cause;
    switch (cause?.code) {
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return 'the host name does not resolve';
        case 'ECONNREFUSED':
            return 'connection refused';
        case 'ECONNRESET':
        case 'UND_ERR_SOCKET':
            return 'connection closed before an answer';
        case 'CERT_HAS_EXPIRED':
        case 'DEPTH_ZERO_SELF_SIGNED_CERT':
        case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
        case 'SELF_SIGNED_CERT_IN_CHAIN':
            return `TLS certificate not accepted (${cause.code})`;
        default:
            return cause?.message ?? (error instanceof Error ? error.message : String(error));
    }
}

;// CONCATENATED MODULE: ./src/core/monitor/metric-value.ts

function parseJsonPath(value, name) {
    const text = value.trim();
    const body = text.replace(/^\$\.?/, '').replace(/\[(\d+)\]/g, '.$1');
    const segments = body.split('.');
    if (!body || segments.some((s) => s === '')) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is not a dotted JSON path`, {
            hint: 'use keys separated by dots, e.g. error_rate or stats.http.error_rate',
        });
    }
    return { text, segments };
}
function asNumber(found) {
    if (typeof found === 'number' && Number.isFinite(found))
        return found;
    if (typeof found === 'string' && found.trim() !== '' && Number.isFinite(Number(found)))
        return Number(found);
    return undefined;
}
function readJsonPath(text, path) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        return { error: `the response is not JSON (${describeBody(text)})` };
    }
    let node = document;
    for (const [index, segment] of path.segments.entries()) {
        const container = node;
        const has = container !== null &&
            typeof container === 'object' &&
            Object.prototype.hasOwnProperty.call(container, segment);
        if (!has) {
            const at = path.segments.slice(0, index).join('.') || '(the document)';
            const keys = container !== null && typeof container === 'object' && !Array.isArray(container)
                ? Object.keys(container).slice(0, 8)
                : [];
            const offer = keys.length > 0 ? `; ${at} has ${keys.join(', ')}` : '';
            return { error: `JSON path ${path.text} does not exist: no "${segment}" in ${at}${offer}` };
        }
        node = container[segment];
    }
    const value = asNumber(node);
    return value === undefined
        ? { error: `JSON path ${path.text} is ${JSON.stringify(node)?.slice(0, 40)}, not a number` }
        : { value };
}
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/gy;
function parseLabels(text) {
    const labels = new Map();
    LABEL.lastIndex = 0;
    while (LABEL.lastIndex < text.length) {
        const start = LABEL.lastIndex;
        const match = LABEL.exec(text);
        if (!match)
            return text.slice(start).trim() === '' ? labels : undefined;
        labels.set(match[1], match[2].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c)));
    }
    return labels;
}
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?\s*$/;
function parseMetricSelector(value, name) {
    const text = value.trim();
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?$/.exec(text);
    const labels = match ? parseLabels(match[2] ?? '') : undefined;
    if (!match || !labels) {
        throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is not a metric selector`, {
            hint: 'use a metric name with optional labels, e.g. http_error_ratio{service="api"}',
        });
    }
    return { text, name: match[1], labels };
}
function parsePromValue(text) {
    if (text === '+Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    return Number(text);
}
function prometheusMatcher(selector) {
    let highest = -Infinity;
    let matched = 0;
    let numbers = 0;
    let lines = 0;
    return {
        push(line) {
            lines += 1;
            const trimmed = line.trim();
            // Cheap test first: an exposition of millions of lines is mostly other metrics.
            if (!trimmed.startsWith(selector.name))
                return;
            const sample = SAMPLE.exec(trimmed);
            if (!sample || sample[1] !== selector.name)
                return;
            const labels = parseLabels(sample[2] ?? '');
            if (!labels)
                return;
            if (![...selector.labels].every(([k, v]) => labels.get(k) === v))
                return;
            matched += 1;
            const value = parsePromValue(sample[3]);
            // A ratio gauge is NaN (0/0) for an idle series: judge the others, fail only when all are NaN.
            if (Number.isNaN(value))
                return;
            numbers += 1;
            highest = Math.max(highest, value);
        },
        reading(longLines = 0) {
            if (matched === 0) {
                const skipped = longLines > 0 ? `; ${longLines} over-long lines were skipped` : '';
                return {
                    error: `metric ${selector.text} is not in the exposition (${lines} line${lines === 1 ? '' : 's'} read${skipped})`,
                };
            }
            if (numbers === 0)
                return { error: `metric ${selector.text} is NaN` };
            return { value: highest };
        },
    };
}
/** The highest value among the exposition's samples the selector matches. */
function readPrometheus(text, selector) {
    const matcher = prometheusMatcher(selector);
    for (const line of text.split('\n'))
        matcher.push(line);
    return matcher.reading();
}
function describeBody(text) {
    const start = text.trim().slice(0, 30).replace(/\s+/g, ' ');
    return start ? `starts with "${start}"` : 'empty body';
}

;// CONCATENATED MODULE: ./src/core/monitor/body.ts
/**
 * Reading a metrics document as it arrives, so that a large one is neither held whole (a
 * Prometheus exposition is matched line by line) nor cut silently (a JSON document over the
 * limit is a failure that says so).
 */
/** JSON documents larger than this are a failed probe ("too large"), never parsed. */
const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** Exposition lines longer than this are skipped (no sample is that long) and counted. */
const MAX_LINE_CHARS = 1024 * 1024;
/**
 * Calls `onLine` for every line of the body (without its `\n` or `\r\n`), keeping at most one
 * line in memory. Returns how many lines were skipped for being longer than `maxLineChars`.
 */
async function forEachLine(body, onLine, maxLineChars = MAX_LINE_CHARS) {
    let longLines = 0;
    let pending = '';
    let skipping = false;
    const decoder = new TextDecoder('utf-8');
    const take = (text, final) => {
        let start = 0;
        for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            if (!skipping)
                onLine((pending + text.slice(start, nl)).replace(/\r$/, ''));
            pending = '';
            skipping = false;
            start = nl + 1;
        }
        if (skipping)
            return;
        pending += text.slice(start);
        if (pending.length > maxLineChars) {
            longLines += 1;
            pending = '';
            skipping = true;
        }
        else if (final && pending)
            onLine(pending.replace(/\r$/, ''));
    };
    if (body) {
        for await (const chunk of body)
            take(decoder.decode(chunk, { stream: true }), false);
    }
    take(decoder.decode(), true);
    return { longLines };
}
/**
 * The body as text, or `tooLarge` as soon as it (or its Content-Length) passes `limitBytes`:
 * the rest is not read.
 */
async function readLimited(response, limitBytes) {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limitBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { tooLarge: true };
    }
    const chunks = [];
    let size = 0;
    if (response.body) {
        const reader = response.body.getReader();
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > limitBytes) {
                await reader.cancel().catch(() => undefined);
                return { tooLarge: true };
            }
            chunks.push(value);
        }
    }
    return { text: Buffer.concat(chunks).toString('utf8') };
}

;// CONCATENATED MODULE: ./src/core/monitor/http-probes.ts




const HEADERS = { 'user-agent': 'db-deploy-monitor', 'cache-control': 'no-cache' };
/** Sends the request; `user:password@` of the URL goes as the Authorization header. */
function request(endpoint, signal) {
    const headers = endpoint.authorization
        ? { ...HEADERS, authorization: endpoint.authorization }
        : HEADERS;
    return fetch(endpoint.url, { signal, headers, redirect: 'follow' });
}
const http_probes_ms = (value) => `${Math.round(value)}ms`;
/** A health URL that must answer one of the expected statuses within the round's timeout. */
function healthProbe(endpoint, expected, id, timeoutMs) {
    return {
        checks: [
            {
                id,
                label: `health ${endpoint.display}`,
                limit: `status ${expected.text} within ${http_probes_ms(timeoutMs)}`,
                unit: 'ms',
            },
        ],
        async run(signal) {
            const started = performance.now();
            try {
                const response = await request(endpoint, signal);
                // The status is what is judged: the body is not read (a large one would only cost time).
                await response.body?.cancel().catch(() => undefined);
                const { status } = response;
                const latencyMs = performance.now() - started;
                const ok = expected.matches(status);
                return [
                    {
                        check: id,
                        ok,
                        latencyMs,
                        value: latencyMs,
                        display: `${status} in ${http_probes_ms(latencyMs)}`,
                        ...(ok ? {} : { message: `answered ${status}, expected ${expected.text}` }),
                    },
                ];
            }
            catch (error) {
                const latencyMs = performance.now() - started;
                const message = describeFetchError(error, timeoutMs, signal.aborted);
                return [{ check: id, ok: false, latencyMs, display: message, message }];
            }
        },
        close: () => Promise.resolve(),
    };
}
/**
 * The error rate out of a metrics response, read as it arrives: an exposition line by line
 * (only matching samples are kept), a JSON document whole up to MAX_JSON_BYTES.
 */
async function readMetric(response, source) {
    if (source.kind === 'prometheus') {
        const matcher = prometheusMatcher(source.metric);
        const { longLines } = await forEachLine(response.body, (line) => matcher.push(line));
        return matcher.reading(longLines);
    }
    const body = await readLimited(response, MAX_JSON_BYTES);
    if ('tooLarge' in body)
        return {
            error: `the JSON document is too large (limit ${formatBytes(MAX_JSON_BYTES)}): serve a smaller one, or the rate as a Prometheus exposition with error-rate-metric`,
        };
    return readJsonPath(body.text, source.path);
}
/** An error-rate document whose value must stay at or under the threshold. */
function errorRateProbe(endpoint, source, threshold, timeoutMs) {
    const what = source.kind === 'json' ? source.path.text : source.metric.text;
    const id = 'error-rate';
    return {
        checks: [
            {
                id,
                label: `error rate ${what} at ${endpoint.display}`,
                limit: `≤ ${threshold}`,
                unit: 'ratio',
            },
        ],
        async run(signal) {
            const started = performance.now();
            const fail = (message) => [
                { check: id, ok: false, latencyMs: performance.now() - started, display: message, message },
            ];
            let reading;
            let answered = false;
            try {
                const response = await request(endpoint, signal);
                answered = true;
                if (response.status < 200 || response.status > 299) {
                    await response.body?.cancel().catch(() => undefined);
                    return fail(`metrics answered ${response.status}`);
                }
                reading = await readMetric(response, source);
            }
            catch (error) {
                if (answered && signal.aborted)
                    return fail(`the document did not arrive whole within ${http_probes_ms(timeoutMs)}`);
                return fail(describeFetchError(error, timeoutMs, signal.aborted));
            }
            const latencyMs = performance.now() - started;
            if ('error' in reading)
                return fail(reading.error);
            const ok = reading.value <= threshold;
            return [
                {
                    check: id,
                    ok,
                    latencyMs,
                    value: reading.value,
                    display: String(reading.value),
                    ...(ok ? {} : { message: `error rate ${reading.value} is over ${threshold}` }),
                },
            ];
        },
        close: () => Promise.resolve(),
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/status-match.ts

function parseStatusMatcher(value, name) {
    const text = value.trim() || '2xx';
    const tests = [];
    for (const part of text.split(',').map((p) => p.trim())) {
        const cls = /^([1-5])xx$/i.exec(part);
        const range = /^(\d{3})-(\d{3})$/.exec(part);
        if (cls) {
            const hundred = Number(cls[1]) * 100;
            tests.push((s) => s >= hundred && s < hundred + 100);
        }
        else if (range && Number(range[1]) <= Number(range[2])) {
            const [low, high] = [Number(range[1]), Number(range[2])];
            tests.push((s) => s >= low && s <= high);
        }
        else if (/^\d{3}$/.test(part)) {
            const code = Number(part);
            tests.push((s) => s === code);
        }
        else {
            throw new errors/* DbDeployError */.WV('bad-input', `${name}: "${value}" is not a status list`, {
                hint: 'use codes, classes or ranges separated by commas, e.g. 2xx or 200,204 or 200-399',
            });
        }
    }
    return { text, matches: (status) => tests.some((t) => t(status)) };
}

;// CONCATENATED MODULE: ./src/core/monitor/setup.ts






const WATCH_DEFAULTS = {
    durationMs: 5 * 60_000,
    intervalMs: 10_000,
    timeoutMs: 5_000,
    failureThreshold: 3,
    errorRateThreshold: 0.05,
    errorRateJsonPath: 'error_rate',
    rollbackTimeoutMs: 15 * 60_000,
};
function setup_refuse(message, hint) {
    throw new errors/* DbDeployError */.WV('bad-input', message, { hint });
}
/**
 * Cross-checks the settings and builds the probes, before anything is probed: every URL,
 * status list, JSON path and metric is parsed here, so a typo fails the step at once.
 */
function setUpWatch(settings) {
    const { durationMs, intervalMs, timeoutMs, failureThreshold } = settings;
    if (durationMs <= 0)
        setup_refuse('duration must be more than 0', 'e.g. duration: 5m');
    if (intervalMs <= 0)
        setup_refuse('interval must be more than 0', 'e.g. interval: 10s');
    if (timeoutMs <= 0)
        setup_refuse('timeout must be more than 0', 'e.g. timeout: 5s');
    if (intervalMs > durationMs)
        setup_refuse(`interval (${intervalMs}ms) is longer than duration (${durationMs}ms)`, 'shorten interval or lengthen duration');
    if (!Number.isInteger(failureThreshold) || failureThreshold < 1)
        setup_refuse('failure-threshold must be a whole number of at least 1', 'e.g. failure-threshold: 3');
    if (!(settings.errorRateThreshold >= 0))
        setup_refuse('error-rate-threshold must be 0 or more', 'e.g. error-rate-threshold: 0.05');
    if (settings.healthUrls.length === 0 && !settings.errorRateUrl && !settings.databaseUrl)
        setup_refuse('nothing to watch: no health-url, error-rate-url or database-url', 'give at least one of them');
    if (settings.errorRateJsonPath && settings.errorRateMetric)
        setup_refuse('error-rate-json-path and error-rate-metric are both set', 'use the JSON path for a JSON document, the metric for a Prometheus exposition');
    if (!settings.errorRateUrl && (settings.errorRateJsonPath || settings.errorRateMetric))
        setup_refuse('error-rate-json-path / error-rate-metric given without error-rate-url', 'set error-rate-url too');
    const expected = parseStatusMatcher(settings.expectedStatus ?? '2xx', 'expected-status');
    const probes = settings.healthUrls.map((raw, index) => healthProbe(parseEndpoint(raw, `health-url ${index + 1}`), expected, index === 0 ? 'health' : `health-${index + 1}`, timeoutMs));
    if (settings.errorRateUrl) {
        const source = settings.errorRateMetric
            ? {
                kind: 'prometheus',
                metric: parseMetricSelector(settings.errorRateMetric, 'error-rate-metric'),
            }
            : {
                kind: 'json',
                path: parseJsonPath(settings.errorRateJsonPath ?? WATCH_DEFAULTS.errorRateJsonPath, 'error-rate-json-path'),
            };
        probes.push(errorRateProbe(parseEndpoint(settings.errorRateUrl, 'error-rate-url'), source, settings.errorRateThreshold, timeoutMs));
    }
    if (settings.databaseUrl) {
        probes.push(databaseProbe(settings.databaseUrl, { ...DATABASE_WATCH_DEFAULTS, ...settings.database }, timeoutMs));
    }
    return {
        probes,
        durationMs,
        intervalMs,
        timeoutMs,
        failureThreshold,
        rollbackTimeoutMs: settings.rollbackTimeoutMs,
        rollbackOnCancel: settings.rollbackOnCancel,
        ...(settings.rollbackCommand ? { rollbackCommand: settings.rollbackCommand } : {}),
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/url-secrets.ts
// Decision record: docs/adr/0012-health-url-secrets.md (ADR 0012).

/**
 * Which parts of a health or metrics URL are secret. Unlike a connection string, such a URL is
 * mostly not: its scheme, host, port and path say which check failed and are shown. Secret are
 *  - the password, as written and percent-decoded (and the Basic header made from it);
 *  - the user name when there is no password (`https://TOKEN@host/…` carries a token there);
 *  - query-string and fragment values that look like credentials: the key names one (token,
 *    key, secret, password, auth, signature, session, jwt, code, …) or the value looks random
 *    (16 characters or more of letters and digits, mixed, with only `-._~+/=` besides).
 * Values shorter than 3 characters are never registered: masking them would blank the log.
 * Text that is not a URL is masked whole (it may be a secret pasted into the wrong input).
 * The path is shown: put tokens in the query string or the password, not in the path.
 */
function endpointSecrets(raw) {
    const text = raw.trim();
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return text.length >= 3 ? [text] : [];
    }
    const secrets = new Set();
    const credential = url.password || url.username;
    if (credential) {
        secrets.add(credential);
        secrets.add(decodeSafe(credential));
        try {
            secrets.add((basicAuthorization(url) ?? '').replace(/^Basic /, ''));
        }
        catch {
            // an invalid percent-escape: parseEndpoint refuses the URL; the raw forms are masked
        }
    }
    for (const params of [url.search, url.hash].map((part) => part.slice(1))) {
        for (const [rawKey, rawValue] of splitParams(params)) {
            const key = decodeSafe(rawKey.replace(/\+/g, ' '));
            const value = decodeSafe(rawValue.replace(/\+/g, ' '));
            if (looksLikeCredential(key, value)) {
                secrets.add(rawValue);
                secrets.add(value);
            }
        }
    }
    return [...secrets].filter((s) => s.length >= 3);
}
/** Key parts that name a credential (`access_token`, `api-key`, `X-Amz-Signature`, `sessionId`…). */
const SECRET_KEY = /(token|secret|passw|passwd|pwd|apikey|auth|signature|credential|session|jwt|bearer)|(^|[-_.\s])(key|pass|sig|code|sid)([-_.\s]|$)/i;
/** A value that looks random: long, letters and digits mixed, few other characters. */
const RANDOM_VALUE = /^(?=.*[a-z])(?=.*[0-9])[A-Za-z0-9\-._~+/=]{16,}$/i;
/** Whether a query-string value would be a credential (see endpointSecrets). */
function looksLikeCredential(key, value) {
    return SECRET_KEY.test(key) || RANDOM_VALUE.test(value);
}
function splitParams(text) {
    if (!text)
        return [];
    return text.split('&').map((pair) => {
        const eq = pair.indexOf('=');
        // A bare `?abc123…` is a value without a key.
        return eq < 0 ? ['', pair] : [pair.slice(0, eq), pair.slice(eq + 1)];
    });
}
function decodeSafe(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/core/monitor/verdict.ts


/** The one error line that fails the step after an unhealthy or cancelled watch; none when healthy. */
function watchFailure(result) {
    if (result.verdict === 'healthy')
        return undefined;
    if (result.verdict === 'cancelled') {
        const rolled = result.rollback
            ? result.rolledBack
                ? '; rolled back (rollback-on-cancel)'
                : `; rollback FAILED (${result.rollback.error ?? `exit code ${result.rollback.exitCode}`})`
            : '';
        return new errors/* DbDeployError */.WV('cancelled', `watch cancelled after ${duration_formatDuration(result.durationMs)}${rolled}`, {
            hint: result.rollback && !result.rolledBack
                ? 'check the deployment and roll back by hand; the rollback output is in the step log'
                : 'nothing is wrong with the deployment as far as the watch saw; re-run to watch again',
        });
    }
    const what = `${result.failedCheckLabel ?? result.failedCheck} failed ${result.failureThreshold} times in a row (${result.failedMessage ?? ''})`;
    if (!result.rollback)
        return new errors/* DbDeployError */.WV('unhealthy', `deployment unhealthy: ${what}; nothing rolled back`, {
            hint: 'set rollback-command to roll back automatically, or roll back by hand now',
        });
    if (result.rolledBack)
        return new errors/* DbDeployError */.WV('unhealthy', `deployment unhealthy: ${what}; rolled back`, {
            hint: 'the rollback command ended with exit code 0; see the job summary for the timeline',
        });
    return new errors/* DbDeployError */.WV('rollback-failed', `deployment unhealthy: ${what}; the rollback command FAILED (${result.rollback.error ?? `exit code ${result.rollback.exitCode}`})`, { hint: 'roll back by hand now; the rollback output is in the step log' });
}

;// CONCATENATED MODULE: ./src/cli/commands/monitor.ts










const MONITOR_HELP = `Usage: db-deploy monitor [options]

Watches a deployment: every --interval for --duration, probes each health URL, the error rate
and the database at once. A check that fails --failure-threshold times in a row makes the
deployment unhealthy: the watch stops and --rollback-command runs, exactly once. Ctrl-C stops
probing and rolls nothing back (unless --rollback-on-cancel).

Options:
  --health-url URL            must answer --expected-status within --timeout (repeatable)
  --expected-status LIST      healthy statuses: 2xx, 200,204, 200-399 (default: 2xx)
  --error-rate-url URL        JSON document or Prometheus exposition with the error rate
  --error-rate-json-path P    dotted path to the rate in the JSON (default: error_rate)
  --error-rate-metric M       Prometheus metric with optional labels, e.g. errors{job="api"}
  --error-rate-threshold R    the rate must stay at or under R (0.05 or 5%; default: 0.05)
  --database-url URL          also watch the database (default: $DATABASE_URL when set)
  --max-lock-wait D           longest lock wait (default: 5s)
  --max-active-connections N  sessions running a statement (default: 100)
  --max-deadlocks N           deadlocks since the watch began (default: 0)
  --max-rollback-ratio R      rolled-back share of transactions since it began (default: 0.1)
  --max-replication-lag D     replay lag of the worst replica (default: 60s)
  --duration D                how long to watch (default: 5m)
  --interval D                between the starts of two rounds (default: 10s)
  --timeout D                 each probe and query is abandoned after D (default: 5s)
  --failure-threshold N       failures in a row that make it unhealthy (default: 3)
  --rollback-command CMD      shell command run once when unhealthy (DB_DEPLOY_FAILED_* in env)
  --rollback-timeout D        kill the rollback command after D (default: 15m; 0: no limit)
  --rollback-on-cancel        roll back on Ctrl-C / SIGTERM too
  --json                      print the result (every sample) as JSON on stdout
  --verbose                   print debug output
  -h, --help                  show this help
Exit code: 0 healthy to the end, 1 unhealthy (rolled back or not) or cancelled, 2 usage error.`;
const monitor_OPTIONS = {
    'health-url': { type: 'string', multiple: true },
    'expected-status': { type: 'string' },
    'error-rate-url': { type: 'string' },
    'error-rate-json-path': { type: 'string' },
    'error-rate-metric': { type: 'string' },
    'error-rate-threshold': { type: 'string' },
    'database-url': { type: 'string' },
    'max-lock-wait': { type: 'string' },
    'max-active-connections': { type: 'string' },
    'max-deadlocks': { type: 'string' },
    'max-rollback-ratio': { type: 'string' },
    'max-replication-lag': { type: 'string' },
    duration: { type: 'string' },
    interval: { type: 'string' },
    timeout: { type: 'string' },
    'failure-threshold': { type: 'string' },
    'rollback-command': { type: 'string' },
    'rollback-timeout': { type: 'string' },
    'rollback-on-cancel': { type: 'boolean' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
};
/** One line per check: probes, failures, latency and the worst value. */
function renderWatch(result) {
    const lines = [
        `${result.verdict.toUpperCase()} after ${result.rounds} rounds (${result.durationMs} ms)`,
    ];
    for (const c of result.checks) {
        const latency = c.p50LatencyMs === undefined ? '' : `, p50 ${c.p50LatencyMs}ms p95 ${c.p95LatencyMs}ms`;
        lines.push(`  ${c.failures === 0 ? 'ok  ' : 'FAIL'} ${c.label}: ${c.probes} probes, ${c.failures} failed${latency}, worst ${c.worst ?? '-'}`);
    }
    if (result.rollback)
        lines.push(`  rollback: ${result.rollback.error ?? `exit code ${result.rollback.exitCode}`} in ${result.rollback.durationMs} ms`);
    return lines.join('\n');
}
/** `db-deploy monitor`. Returns the exit code. */
async function monitorCommand(argv, io) {
    const { values: v } = parseCommandArgs(argv, monitor_OPTIONS, 'monitor');
    if (v.help) {
        io.out(MONITOR_HELP);
        return 0;
    }
    const databaseUrl = v['database-url'] ?? process.env.DATABASE_URL;
    if (databaseUrl)
        io.secrets.push(...(0,db_url/* secretsOf */.Fj)(databaseUrl));
    const urls = [...(v['health-url'] ?? []), ...(v['error-rate-url'] ? [v['error-rate-url']] : [])];
    for (const url of urls)
        io.secrets.push(...endpointSecrets(url));
    const d = DATABASE_WATCH_DEFAULTS;
    const options = setUpWatch({
        healthUrls: v['health-url'] ?? [],
        expectedStatus: v['expected-status'],
        errorRateUrl: v['error-rate-url'],
        errorRateJsonPath: v['error-rate-json-path'],
        errorRateMetric: v['error-rate-metric'],
        errorRateThreshold: v['error-rate-threshold'] === undefined
            ? WATCH_DEFAULTS.errorRateThreshold
            : parseRatio(v['error-rate-threshold'], '--error-rate-threshold'),
        databaseUrl,
        database: {
            maxLockWaitMs: durationOption(v['max-lock-wait'], 'max-lock-wait', d.maxLockWaitMs),
            maxActiveConnections: v['max-active-connections'] === undefined
                ? d.maxActiveConnections
                : parseCount(v['max-active-connections'], '--max-active-connections', 1),
            maxDeadlocks: v['max-deadlocks'] === undefined
                ? d.maxDeadlocks
                : parseCount(v['max-deadlocks'], '--max-deadlocks'),
            maxRollbackRatio: v['max-rollback-ratio'] === undefined
                ? d.maxRollbackRatio
                : parseRatio(v['max-rollback-ratio'], '--max-rollback-ratio'),
            maxReplicationLagMs: durationOption(v['max-replication-lag'], 'max-replication-lag', d.maxReplicationLagMs),
        },
        durationMs: durationOption(v.duration, 'duration', WATCH_DEFAULTS.durationMs),
        intervalMs: durationOption(v.interval, 'interval', WATCH_DEFAULTS.intervalMs),
        timeoutMs: durationOption(v.timeout, 'timeout', WATCH_DEFAULTS.timeoutMs),
        failureThreshold: integerOption(v['failure-threshold'], 'failure-threshold', 1) ??
            WATCH_DEFAULTS.failureThreshold,
        rollbackCommand: v['rollback-command'],
        rollbackTimeoutMs: durationOption(v['rollback-timeout'], 'rollback-timeout', WATCH_DEFAULTS.rollbackTimeoutMs),
        rollbackOnCancel: v['rollback-on-cancel'] ?? false,
    });
    const cancel = cancelSignal();
    let result;
    try {
        result = await watch({ ...options, signal: cancel.signal }, (0,output/* cliLogger */.$)(io, v.verbose ?? false));
    }
    finally {
        cancel.dispose();
    }
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(result, null, 2) : renderWatch(result), io.secrets));
    const failure = watchFailure(result);
    if (failure)
        throw failure;
    return 0;
}

;// CONCATENATED MODULE: ./src/core/switch/names.ts



/** The schema db-deploy keeps its blue-green state and markers in, on both databases. */
const CONTROL_SCHEMA = 'db_deploy';
const STATE_TABLE = 'blue_green_state';
const MARKER_TABLE = 'blue_green_marker';
/**
 * The name as an identifier part: itself when it is plain lower case of at most 40 characters,
 * else lower-cased, other characters as `_`, cut to 33 and a short hash of the exact name added,
 * so `Shop`/`shop`, `a-b`/`a_b` and two long names with one prefix never share objects.
 */
function slug(text) {
    const plain = text.toLowerCase().replace(/[^a-z0-9_]/g, '_');
    if (plain === text && plain.length <= 40)
        return plain;
    return `${plain.slice(0, 33)}_${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 6)}`;
}
/** Forward (blue → green) and back (green → blue) objects for a green database. */
function replicationNames(green) {
    const base = `dbd_${slug(green)}`;
    return {
        forward: { publication: `${base}_fwd`, slot: `${base}_fwd`, subscription: `${base}_fwd` },
        back: { publication: `${base}_back`, slot: `${base}_back`, subscription: `${base}_back` },
    };
}
/** The same server and credentials as `target`, another database. */
function onServer(target, database) {
    const url = new URL(target.url);
    url.pathname = `/${encodeURIComponent(database)}`;
    return (0,db_url/* parseDatabaseUrl */.mx)(url.toString());
}
/** Whether two targets are databases of one PostgreSQL server (as far as their URLs tell). */
function sameServer(a, b) {
    return a.host.toLowerCase() === b.host.toLowerCase() && a.port === b.port;
}
/**
 * Green: `green-database-url` (any server), or `green-database` on blue's server (default
 * `<blue>_green`).
 */
function greenTarget(blue, green, greenUrl) {
    if (greenUrl) {
        const target = (0,db_url/* parseDatabaseUrl */.mx)(greenUrl, 'green-database-url');
        if (green && green !== target.database)
            throw new errors/* DbDeployError */.WV('bad-input', `green-database "${green}" differs from the database of green-database-url (${target.database})`, { hint: 'give one of them' });
        if (sameServer(blue, target) && target.database === blue.database)
            throw new errors/* DbDeployError */.WV('bad-input', 'green-database-url points at blue itself', {
                where: target.display,
                hint: 'name another database, or another server',
            });
        return target;
    }
    const name = green ?? `${blue.database}_green`;
    if (!/^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/.test(name) || name === blue.database) {
        throw new errors/* DbDeployError */.WV('bad-input', `green-database "${name}" is not usable`, {
            hint: 'use a plain database name (letters, digits, _, $ or -; not starting with a digit), other than blue’s',
        });
    }
    return onServer(blue, name);
}
/** A libpq keyword/value connection string, as CREATE SUBSCRIPTION wants it (a secret). */
function conninfo(target) {
    const quote = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    const parts = [
        `host=${quote(target.host)}`,
        `port=${target.port}`,
        `dbname=${quote(target.database)}`,
        ...(target.user ? [`user=${quote(target.user)}`] : []),
        ...(target.password ? [`password=${quote(target.password)}`] : []),
    ];
    const sslmode = new URL(target.url).searchParams.get('sslmode');
    if (sslmode)
        parts.push(`sslmode=${quote(sslmode)}`);
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./src/core/switch/catalog.ts


/** Every ordinary and partitioned-root table outside the system schemas and db-deploy's own. */
async function userTables(client) {
    const { rows } = await client.query(`SELECT n.nspname AS schema, c.relname AS name,
            CASE c.relreplident
              WHEN 'd' THEN EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)
              WHEN 'i' THEN EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisreplident)
              WHEN 'f' THEN true ELSE false END AS replicable,
            ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                    AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum)::text[] AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema', $1)
        AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY 1, 2`, [CONTROL_SCHEMA]);
    return rows.map((r) => ({ ...r, sql: qualifiedName(r.schema, r.name) }));
}
/** node-pg-migrate's table and its checksums table: each side keeps its own, never replicated. */
function isMigrationsTable(t, schema, table) {
    return t.schema === schema && (t.name === table || t.name === `${table}_checksums`);
}
/** The user tables that replicate: all of them but the migrations tables. */
async function replicatedTables(client, migrations) {
    return (await userTables(client)).filter((t) => !isMigrationsTable(t, migrations.migrationsSchema, migrations.migrationsTable));
}
/** Every sequence's position (pg_sequences; null for one never used). */
async function sequenceValues(client) {
    const { rows } = await client.query(`SELECT schemaname, sequencename, last_value::text FROM pg_sequences
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`);
    return rows.map((r) => ({
        sql: qualifiedName(r.schemaname, r.sequencename),
        lastValue: r.last_value,
    }));
}
/** Sets each sequence on `to` to its position on `from` (logical replication does not carry them). */
async function copySequences(from, to) {
    const values = await sequenceValues(from);
    let copied = 0;
    for (const s of values) {
        if (s.lastValue === null)
            continue;
        // A sequence that exists only on one side (a new one on green) is left alone.
        const found = await to.query('SELECT to_regclass($1) IS NOT NULL AS ok', [
            s.sql,
        ]);
        if (!found.rows[0]?.ok)
            continue;
        await to.query('SELECT setval($1::regclass, $2::bigint, true)', [s.sql, s.lastValue]);
        copied += 1;
    }
    return copied;
}
/** Client sessions of this database other than ours, with a transaction older than `ms`. */
async function oldTransactions(client, ms) {
    const { rows } = await client.query(`SELECT pid, extract(epoch FROM now() - xact_start)::float8 AS seconds FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        AND xact_start < now() - make_interval(secs => $1::float8 / 1000) ORDER BY xact_start`, [ms]);
    return rows;
}
/** Whether the server can decode its WAL for logical replication. */
async function walLevel(client) {
    const { rows } = await client.query('SHOW wal_level');
    return rows[0]?.wal_level ?? 'unknown';
}
/** Whether blue can follow green after the switch (the return replication rollback relies on). */
async function canReturn(green, tables) {
    return (await walLevel(green)) === 'logical' && tables.every((t) => t.replicable);
}

;// CONCATENATED MODULE: ./src/core/switch/state.ts


const STATE = qualifiedName(CONTROL_SCHEMA, STATE_TABLE);
const state_MARKER = qualifiedName(CONTROL_SCHEMA, MARKER_TABLE);
/** The control schema: the state row (never replicated) and the marker table (replicated). */
async function ensureControlTables(client) {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(CONTROL_SCHEMA)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${STATE} (
    green text PRIMARY KEY, blue text NOT NULL, active text NOT NULL, phase text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now())`);
    await client.query(`ALTER TABLE ${STATE} ADD COLUMN IF NOT EXISTS method text NOT NULL DEFAULT 'logical',
       ADD COLUMN IF NOT EXISTS renamed boolean NOT NULL DEFAULT false`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${state_MARKER} (
    token text PRIMARY KEY, written_at timestamptz NOT NULL DEFAULT now())`);
}
async function readState(client, green) {
    const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [
        STATE,
    ]);
    if (!exists.rows[0]?.ok)
        return undefined;
    const { rows } = await client.query(`SELECT blue, green, active, phase, coalesce(to_jsonb(s) ->> 'method', 'logical') AS method,
            coalesce((to_jsonb(s) ->> 'renamed')::boolean, false) AS renamed, updated_at
       FROM ${STATE} s WHERE green = $1`, [green]);
    const row = rows[0];
    return row
        ? {
            blue: row.blue,
            green: row.green,
            active: row.active,
            phase: row.phase,
            method: row.method,
            renamed: row.renamed,
            updatedAt: row.updated_at.toISOString(),
        }
        : undefined;
}
async function writeState(client, state) {
    // After a rename the state lives in the other database: make sure its table is current.
    await ensureControlTables(client);
    await client.query(`INSERT INTO ${STATE} (green, blue, active, phase, method, renamed)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (green) DO UPDATE SET blue = $2, active = $3, phase = $4, method = $5,
       renamed = $6, updated_at = now()`, [state.green, state.blue, state.active, state.phase, state.method, state.renamed]);
}

;// CONCATENATED MODULE: ./src/core/switch/replication.ts
// Decision record: docs/adr/0010-blue-green-over-logical-replication.md (ADR 0010).





/**
 * One direction of logical replication between two databases: a publication and a slot on the
 * source, a subscription on the target. The slot is created beforehand (create_slot = false):
 * CREATE SUBSCRIPTION waits for it otherwise, forever when both are in one cluster.
 */
/**
 * The publication lists the tables (with column lists when given, PostgreSQL 15+) and the marker
 * table, never the state table: each side keeps its own record of which one is live.
 */
async function createPublication(source, names, tables, columnLists) {
    const items = tables.map((t) => columnLists ? `${t.sql} (${t.columns.map(quoteIdent).join(', ')})` : t.sql);
    await source.query(`CREATE PUBLICATION ${quoteIdent(names.publication)} FOR TABLE ${[...items, state_MARKER].join(', ')}`);
}
async function createSlot(source, names) {
    await source.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [names.slot]);
}
async function createSubscription(target, names, sourceConninfo, copyData) {
    await target.query(`CREATE SUBSCRIPTION ${quoteIdent(names.subscription)} CONNECTION ${quoteLiteral(sourceConninfo)}
     PUBLICATION ${quoteIdent(names.publication)}
     WITH (create_slot = false, slot_name = ${quoteLiteral(names.slot)}, copy_data = ${copyData},
           synchronous_commit = 'on')`);
}
/** Waits until every table of the subscription has finished its initial copy. */
async function waitForInitialSync(target, names, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const { rows } = await target.query(`SELECT count(*)::int AS pending FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid
        WHERE s.subname = $1 AND r.srsubstate <> 'r'`, [names.subscription]);
        if ((rows[0]?.pending ?? 0) === 0)
            return;
        if (Date.now() > deadline)
            throw new errors/* DbDeployError */.WV('sync-timeout', `the initial copy into green did not finish within ${timeoutMs}ms (${rows[0]?.pending} tables left)`, {
                hint: 'raise sync-timeout for a large database, or check the subscription worker in the server log',
            });
        await sleep(100);
    }
}
/**
 * Proves the target has applied everything the source committed so far: writes a marker row on
 * the source and waits until the target has it. Replication applies in commit order, so every
 * earlier transaction is in too.
 */
async function waitForCatchUp(source, target, timeoutMs) {
    const started = Date.now();
    const token = (0,external_node_crypto_.randomUUID)();
    await source.query(`INSERT INTO ${state_MARKER} (token) VALUES ($1)`, [token]);
    for (;;) {
        const { rows } = await target.query(`SELECT EXISTS (SELECT 1 FROM ${state_MARKER} WHERE token = $1) AS ok`, [token]);
        if (rows[0]?.ok)
            return Date.now() - started;
        if (Date.now() - started > timeoutMs)
            throw new errors/* DbDeployError */.WV('catch-up-timeout', `the replica did not catch up within ${timeoutMs}ms`, {
                hint: 'check the subscription worker (pg_stat_subscription) and the server log for apply errors',
            });
        await sleep(5);
    }
}
/** WAL the slot's consumer has yet to confirm, in bytes; undefined when the slot is missing. */
async function slotLag(source, names) {
    const { rows } = await source.query(`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint AS bytes, active
       FROM pg_replication_slots WHERE slot_name = $1`, [names.slot]);
    const row = rows[0];
    return row ? { bytes: Number(row.bytes), active: row.active } : undefined;
}
/** Whether the subscription's apply worker runs (it restarts after an apply error, briefly absent). */
async function subscriptionRunning(target, names) {
    const { rows } = await target.query(`SELECT EXISTS (SELECT 1 FROM pg_stat_subscription st JOIN pg_subscription s ON s.oid = st.subid
        WHERE s.subname = $1 AND s.subenabled AND st.pid IS NOT NULL AND st.relid IS NULL) AS running`, [names.subscription]);
    return rows[0]?.running === true;
}
/** Waits (bounded) until the subscription's apply worker runs; the launcher may take seconds. */
async function waitForSubscription(target, names, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (!(await subscriptionRunning(target, names))) {
        if (Date.now() > deadline)
            return false;
        await sleep(100);
    }
    return true;
}
/** Whether the database `target` is connected to has the subscription. */
async function subscriptionExists(target, names) {
    const { rows } = await target.query(`SELECT count(*)::int AS n FROM pg_subscription
      WHERE subname = $1 AND subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())`, [names.subscription]);
    return (rows[0]?.n ?? 0) > 0;
}
/** Drops the subscription without touching its slot (the slot is dropped on its own side). */
async function dropSubscription(target, names) {
    if (!(await subscriptionExists(target, names)))
        return;
    const sub = quoteIdent(names.subscription);
    await target.query(`ALTER SUBSCRIPTION ${sub} DISABLE`);
    await target.query(`ALTER SUBSCRIPTION ${sub} SET (slot_name = NONE)`);
    await target.query(`DROP SUBSCRIPTION ${sub}`);
}
/**
 * Drops the slot and the publication. A walsender may still hold the slot for a moment after its
 * subscription is dropped: waited for (5 s), then ended, as PostgreSQL cannot drop an active slot.
 */
async function dropSource(source, names) {
    for (let attempt = 0;; attempt += 1) {
        const { rows } = await source.query('SELECT active_pid AS pid FROM pg_replication_slots WHERE slot_name = $1', [names.slot]);
        const slot = rows[0];
        if (!slot)
            break;
        if (slot.pid === null) {
            await source.query('SELECT pg_drop_replication_slot($1)', [names.slot]);
            break;
        }
        if (attempt >= 50)
            await source.query('SELECT pg_terminate_backend($1)', [slot.pid]);
        if (attempt >= 100)
            throw new errors/* DbDeployError */.WV('slot-busy', `replication slot ${names.slot} is still in use by pid ${slot.pid}`, { hint: `end that process, then run SELECT pg_drop_replication_slot('${names.slot}')` });
        await sleep(100);
    }
    await source.query(`DROP PUBLICATION IF EXISTS ${quoteIdent(names.publication)}`);
}

;// CONCATENATED MODULE: ./src/core/switch/dump-copy.ts







/**
 * Copies blue into the empty green database with pg_dump and pg_restore of at least the server's
 * major (passwords through a passfile): the schema only (logical replication copies the rows),
 * or everything (clone-method dump). Never publications or subscriptions.
 */
async function copyDatabase(blue, green, serverMajor, pgBinDir, logger, withData) {
    const what = withData ? 'pg_dump' : 'pg_dump --schema-only';
    const options = pgBinDir ? { binDir: pgBinDir } : {};
    const dump = await findPgTool('pg_dump', serverMajor, logger, options);
    const restore = await findPgTool('pg_restore', serverMajor, logger, options);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'db-deploy-schema-'));
    try {
        const file = (0,external_node_path_.join)(dir, 'schema.dump');
        const dumped = await withToolEnv(blue, (env) => runTool(dump, [
            ...(withData ? [] : ['--schema-only']),
            '--format=custom',
            '--no-publications',
            '--no-subscriptions',
            `--file=${file}`,
        ], env, logger));
        if (dumped.exitCode !== 0)
            throw new errors/* DbDeployError */.WV('schema-copy-failed', `${what} of blue failed: ${dumped.lastError}`, {
                where: blue.display,
                hint: 'fix what pg_dump reports (usually a permission) and run prepare again',
            });
        const restored = await withToolEnv(green, (env) => runTool(restore, ['--exit-on-error', '--single-transaction', `--dbname=${green.database}`, file], env, logger));
        if (restored.exitCode !== 0)
            throw new errors/* DbDeployError */.WV('schema-copy-failed', `restoring blue's ${withData ? 'dump' : 'schema'} into green failed: ${restored.lastError}`, {
                where: green.display,
                hint: 'fix what pg_restore reports (a missing role or extension), then run prepare again',
            });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/switch/session.ts




const SESSION_NAME = 'db-deploy blue-green';
function openPair(options) {
    const blue = (0,db_url/* parseDatabaseUrl */.mx)(options.databaseUrl);
    const green = greenTarget(blue, options.greenDatabase, options.greenDatabaseUrl);
    const same = sameServer(blue, green);
    const clients = new Map();
    const open = (target) => connect(target, {
        connectTimeoutMs: options.connectTimeoutMs,
        applicationName: SESSION_NAME,
    }).then(async (c) => {
        // db-deploy's own sessions write on a side that is read-only for everyone else.
        await c.query('SET default_transaction_read_only = off');
        return c;
    });
    const client = (target) => {
        let opened = clients.get(target.display);
        if (!opened) {
            opened = open(target);
            clients.set(target.display, opened);
        }
        return opened;
    };
    const serverClient = (side) => {
        const base = side === 'blue' ? blue : green;
        const key = `server:${side === 'blue' || !same ? side : 'blue'}`;
        let opened = clients.get(key);
        if (!opened) {
            const names = ['postgres', 'template1'].filter((n) => n !== blue.database && n !== green.database);
            opened = (async () => {
                let last;
                for (const name of names) {
                    try {
                        return await open(onServer(base, name));
                    }
                    catch (error) {
                        last = error;
                    }
                }
                throw last;
            })();
            clients.set(key, opened);
        }
        return opened;
    };
    return {
        blue,
        green,
        sameServer: same,
        names: replicationNames(green.database),
        blueClient: () => client(blue),
        greenClient: () => client(green),
        serverClient,
        greenHost: () => (same ? client(blue) : serverClient('green')),
        async release(target) {
            const opened = clients.get(target.display);
            clients.delete(target.display);
            if (opened)
                await disconnect(await opened.catch(() => undefined));
        },
        async close() {
            for (const opened of clients.values())
                await disconnect(await opened.catch(() => undefined));
            clients.clear();
        },
    };
}
/** New sessions of `database` may only read (the replication apply worker still writes). */
async function setReadOnly(admin, database, readOnly) {
    await admin.query(readOnly
        ? `ALTER DATABASE ${quoteIdent(database)} SET default_transaction_read_only = on`
        : `ALTER DATABASE ${quoteIdent(database)} RESET default_transaction_read_only`);
}
/** Whether new sessions of `database` are read-only (the guard prepare sets on green). */
async function isReadOnly(admin, database) {
    const { rows } = await admin.query(`SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
        WHERE d.datname = $1 AND s.setrole = 0 AND 'default_transaction_read_only=on' = ANY (s.setconfig)) AS ro`, [database]);
    return rows[0]?.ro === true;
}
/** Ends every client session of `database` but ours: they would go on writing to the old side. */
async function endSessions(admin, database) {
    const { rows } = await admin.query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        AND application_name <> $2`, [database, SESSION_NAME]);
    return rows[0]?.n ?? 0;
}
/** Client sessions of `database` other than db-deploy's: what a template copy must not have. */
async function connectedSessions(admin, database) {
    const { rows } = await admin.query(`SELECT pid, coalesce(nullif(application_name, ''), '?') AS application,
            coalesce(usename::text, '?') AS user
       FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        AND application_name IS DISTINCT FROM $2 ORDER BY backend_start`, [database, SESSION_NAME]);
    return rows;
}

;// CONCATENATED MODULE: ./src/core/switch/clone.ts
// Decision record: docs/adr/0011-point-in-time-clones-and-name-swaps.md (ADR 0011).









/** Refuses tables whose UPDATE/DELETE a publication could not replicate. */
function requireReplicable(tables, where) {
    const unreplicable = tables.filter((t) => !t.replicable);
    if (unreplicable.length > 0)
        throw new errors/* DbDeployError */.WV('no-replica-identity', `tables without a primary key or replica identity cannot replicate UPDATE and DELETE: ${unreplicable.map((t) => `${t.schema}.${t.name}`).join(', ')}`, {
            where,
            hint: 'add a primary key, or ALTER TABLE … REPLICA IDENTITY FULL (a publication would make UPDATE/DELETE on them fail), or use clone-method template or dump',
        });
}
/** Logical replication needs wal_level=logical: one line with how to set it. */
async function requireLogicalWal(client, where) {
    const level = await walLevel(client);
    if (level !== 'logical')
        throw new errors/* DbDeployError */.WV('wal-level', `blue's wal_level is ${level}; logical replication needs logical`, {
            where,
            hint: 'run ALTER SYSTEM SET wal_level = logical and restart PostgreSQL (RDS/Aurora: rds.logical_replication = 1 in the parameter group; Cloud SQL: cloudsql.logical_decoding = on), or use clone-method template or dump',
        });
}
async function createGreen(ctx, template) {
    const { pair } = ctx;
    const green = quoteIdent(pair.green.database);
    if (template)
        await template.query(`CREATE DATABASE ${green} TEMPLATE ${quoteIdent(pair.blue.database)}`);
    else
        await (await pair.greenHost()).query(`CREATE DATABASE ${green}`);
    ctx.undo.push(() => dropGreen(pair));
}
/** Drops green; FORCE (PostgreSQL 13+) ends the sessions still in it. */
async function dropGreen(pair) {
    await pair.release(pair.green);
    await (await pair.greenHost()).query(`DROP DATABASE IF EXISTS ${quoteIdent(pair.green.database)} WITH (FORCE)`);
}
/**
 * logical: green gets blue's schema, node-pg-migrate's rows, then a subscription to blue whose
 * initial copy brings every row; blue keeps taking writes and green keeps receiving them.
 */
async function cloneLogical(ctx) {
    const { pair, options, steps } = ctx;
    const { blue, green, names } = pair;
    const b = await pair.blueClient();
    const tables = await replicatedTables(b, options);
    await createGreen(ctx);
    steps.mark(`created ${green.database}`);
    await copyDatabase(blue, green, ctx.major, options.pgBinDir, ctx.logger, false);
    steps.mark("copied blue's schema");
    const g = await pair.greenClient();
    await copyMigrationTables(b, g, options);
    await createPublication(b, names.forward, tables, false);
    ctx.undo.push(() => b.query(`DROP PUBLICATION IF EXISTS ${quoteIdent(names.forward.publication)}`));
    await createSlot(b, names.forward);
    ctx.undo.push(() => b.query('SELECT pg_drop_replication_slot($1)', [names.forward.slot]));
    await createSubscription(g, names.forward, conninfo(blue), true);
    ctx.undo.push(() => dropSubscription(g, names.forward));
    await waitForInitialSync(g, names.forward, options.syncTimeoutMs);
    steps.mark(`replicating ${tables.length} tables from blue; initial copy done`);
    return tables;
}
/**
 * The point-in-time methods freeze blue first: read-only for every new session, and no session
 * left that could still write (ended with terminate-connections, refused otherwise). The copy
 * then holds every write blue will take until the switch or abort.
 */
async function freezeBlue(ctx, admin) {
    const { pair, options } = ctx;
    await setReadOnly(admin, pair.blue.database, true);
    ctx.undo.push(async () => setReadOnly(await pair.serverClient('blue'), pair.blue.database, false));
    const sessions = await connectedSessions(admin, pair.blue.database);
    if (sessions.length === 0)
        return;
    if (!options.terminateConnections) {
        const apps = [...new Set(sessions.map((s) => `${s.application} (${s.user})`))].slice(0, 3);
        throw new errors/* DbDeployError */.WV('sessions-connected', `${sessions.length} sessions are connected to blue (${apps.join(', ')}); clone-method ${options.cloneMethod} copies a quiet database`, {
            where: pair.blue.display,
            hint: 'stop them (a maintenance window), set terminate-connections: true to end them (blue is read-only until the switch), or use clone-method logical',
        });
    }
    const ended = await endSessions(admin, pair.blue.database);
    ctx.steps.mark(`${ended} sessions of ${pair.blue.database} ended`);
}
/** Whether CREATE DATABASE … TEMPLATE failed because someone is connected to blue. */
function sourceInUse(error) {
    return pgErrorFields(error).code === '55006';
}
/** What each method needs, checked before anything is created. */
async function checkCloneMethod(pair, options) {
    const b = await pair.blueClient();
    if (options.cloneMethod === 'logical') {
        await requireLogicalWal(b, pair.blue.display);
        requireReplicable(await replicatedTables(b, options), pair.blue.display);
    }
    if (options.cloneMethod === 'template' && !pair.sameServer)
        throw new errors/* DbDeployError */.WV('bad-input', 'clone-method template copies a database within its server, and green-database-url names another server', { hint: 'use clone-method dump (or logical) for a green on another server' });
}
/** template: CREATE DATABASE green TEMPLATE blue — a file copy, with nobody connected to blue. */
async function cloneTemplate(ctx) {
    const { pair, options, steps, logger } = ctx;
    const { blue, green } = pair;
    const admin = await pair.serverClient('blue');
    await pair.release(blue);
    await freezeBlue(ctx, admin);
    // While the copy runs nobody may connect to blue: new sessions are refused for those seconds
    // (when we own blue), and sessions that slip in are ended again.
    let blocked = false;
    if (options.terminateConnections) {
        blocked = await admin
            .query(`ALTER DATABASE ${quoteIdent(blue.database)} WITH ALLOW_CONNECTIONS false`)
            .then(() => true, (e) => {
            logger.warn(`new sessions of blue stay allowed during the copy: ${pgErrorFields(e).message}`);
            return false;
        });
    }
    try {
        for (let attempt = 1;; attempt += 1) {
            try {
                await createGreen(ctx, admin);
                break;
            }
            catch (error) {
                if (!sourceInUse(error))
                    throw error;
                if (!options.terminateConnections || attempt >= 5)
                    throw new errors/* DbDeployError */.WV('sessions-connected', `a session connected to blue during the template copy: ${pgErrorFields(error).message}`, {
                        where: blue.display,
                        hint: 'stop what connects to blue for the copy, or set terminate-connections: true',
                    });
                await endSessions(admin, blue.database);
                await sleep(200 * attempt);
            }
        }
    }
    finally {
        if (blocked)
            await admin
                .query(`ALTER DATABASE ${quoteIdent(blue.database)} WITH ALLOW_CONNECTIONS true`)
                .catch((e) => logger.error(`blue still refuses new sessions; run ALTER DATABASE ${blue.database} WITH ALLOW_CONNECTIONS true: ${pgErrorFields(e).message}`));
    }
    steps.mark(`copied ${blue.database} into ${green.database} (template)`);
}
/** dump: pg_dump | pg_restore of the frozen blue into a new green, on any server. */
async function cloneDump(ctx) {
    const { pair, options, steps, logger } = ctx;
    await freezeBlue(ctx, await pair.blueClient());
    await createGreen(ctx);
    steps.mark(`created ${pair.green.database}`);
    await copyDatabase(pair.blue, pair.green, ctx.major, options.pgBinDir, logger, true);
    steps.mark(`copied ${pair.blue.database} into ${pair.green.database} (pg_dump)`);
}
/** node-pg-migrate's tables are not replicated (green writes its own rows): copied once. */
async function copyMigrationTables(b, g, options) {
    for (const name of [options.migrationsTable, `${options.migrationsTable}_checksums`]) {
        const table = qualifiedName(options.migrationsSchema, name);
        // The quoted name: to_regclass would fold an unquoted one to lower case.
        const exists = await b.query('SELECT to_regclass($1) IS NOT NULL AS ok', [
            table,
        ]);
        if (!exists.rows[0]?.ok)
            continue;
        const { rows } = await b.query(`SELECT coalesce(json_agg(t), '[]') AS data FROM ${table} t`);
        await g.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [JSON.stringify(rows[0]?.data ?? [])]);
    }
}

;// CONCATENATED MODULE: ./src/core/switch/pgbouncer.ts




async function adminClient(url, connectTimeoutMs) {
    const target = (0,db_url/* parseDatabaseUrl */.mx)(url, 'pgbouncer-admin-url');
    const client = new esm/* default.Client */.Ay.Client({
        connectionString: target.url,
        connectionTimeoutMillis: connectTimeoutMs,
    });
    client.on('error', () => undefined);
    try {
        await client.connect();
    }
    catch (error) {
        await client.end().catch(() => undefined);
        throw new errors/* DbDeployError */.WV('pgbouncer-unreachable', `cannot reach the PgBouncer admin console: ${error.message}`, {
            where: target.display,
            hint: 'check pgbouncer-admin-url: the user must be in admin_users and the database pgbouncer',
        });
    }
    return client;
}
/** A dbname as PgBouncer's connection strings take it: bare when plain, else single-quoted. */
function connstringValue(value) {
    return /^[A-Za-z0-9_.$-]+$/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}
/** Rewrites `name = … dbname=X …` in the [databases] section to `dbname` (keeps CRLF endings). */
function repointEntry(config, name, dbname) {
    const lines = config.split('\n');
    let section = '';
    let found = false;
    const setting = `dbname=${connstringValue(dbname)}`;
    const out = lines.map((raw) => {
        const cr = raw.endsWith('\r') ? '\r' : '';
        const line = cr ? raw.slice(0, -1) : raw;
        const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
        if (header)
            section = (header[1] ?? '').trim().toLowerCase();
        const entry = /^(\s*)("?)([^=\s"]+)\2(\s*=\s*)(.*)$/.exec(line);
        if (section !== 'databases' || !entry || entry[3] !== name)
            return raw;
        found = true;
        const value = entry[5] ?? '';
        const current = /(^|\s)dbname\s*=\s*('(?:[^']|'')*'|\S+)/;
        const next = current.test(value)
            ? value.replace(current, (_match, lead) => `${lead}${setting}`)
            : `${value} ${setting}`.trim();
        return `${entry[1]}${entry[2]}${entry[3]}${entry[2]}${entry[4]}${next}${cr}`;
    });
    if (!found)
        throw new errors/* DbDeployError */.WV('pgbouncer-entry-missing', `PgBouncer's config has no [databases] entry "${name}"`, {
            hint: 'set pgbouncer-database to the name clients connect to',
        });
    return out.join('\n');
}
async function pgBouncerControl(target, connectTimeoutMs) {
    // Two connections: a PAUSE that does not finish is answered with RESUME from the other.
    const [main, spare] = await Promise.all([
        adminClient(target.adminUrl, connectTimeoutMs),
        adminClient(target.adminUrl, connectTimeoutMs),
    ]);
    const db = target.database.replace(/[^A-Za-z0-9_.-]/g, '');
    let loginRetry;
    return {
        async loginRetryOff() {
            const { rows } = await spare.query('SHOW CONFIG');
            loginRetry = rows.find((r) => r.key === 'server_login_retry')?.value;
            await spare.query('SET server_login_retry = 0');
        },
        async restoreLoginRetry() {
            if (loginRetry !== undefined && /^\d+$/.test(loginRetry))
                await spare.query(`SET server_login_retry = ${loginRetry}`);
        },
        async pause(timeoutMs) {
            const started = Date.now();
            let timer;
            const timeout = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new errors/* DbDeployError */.WV('pause-timeout', `PgBouncer's PAUSE did not finish within ${timeoutMs}ms (a transaction kept running)`, {
                    hint: 'traffic was resumed on blue; retry when long transactions have ended, or raise switch-timeout',
                })), timeoutMs);
            });
            try {
                await Promise.race([main.query(`PAUSE ${db}`), timeout]);
                return Date.now() - started;
            }
            finally {
                clearTimeout(timer);
            }
        },
        async resume() {
            await spare.query(`RESUME ${db}`).catch(async (error) => {
                // "database is not paused" is fine: nothing to resume.
                if (!/not paused/i.test(error.message))
                    throw error;
            });
        },
        async reload() {
            await spare.query('RELOAD');
        },
        async repoint(dbname) {
            const path = target.configPath;
            if (!path)
                throw new Error('no pgbouncer-config to repoint');
            // Written in place: the file keeps its owner and mode (PgBouncer's user must read it).
            const old = await (0,promises_.readFile)(path, 'utf8');
            await (0,promises_.writeFile)(path, repointEntry(old, target.database, dbname));
            return old;
        },
        async restoreConfig(text) {
            if (target.configPath)
                await (0,promises_.writeFile)(target.configPath, text);
        },
        async close() {
            // A PAUSE given up on never answers: do not wait for its connection to end politely.
            const end = (c) => Promise.race([c.end().catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
            await Promise.all([end(main), end(spare)]);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/switch/flip.ts






/**
 * What moves the traffic at the switch point: PgBouncer (with its config, unless the names are
 * swapped), the swap itself, or a switch-command. Checked before anything changes.
 */
function requireRoute(options, swapping) {
    if (!options.pgBouncer && !options.switchCommand && !swapping)
        throw new errors/* DbDeployError */.WV('bad-input', 'nothing would move the traffic: give pgbouncer-admin-url, switch-command or rename: true', {
            hint: 'without one, applications would keep connecting to the old side, now read-only',
        });
    if (options.pgBouncer && !options.pgBouncer.configPath && !swapping)
        throw new errors/* DbDeployError */.WV('bad-input', 'pgbouncer-config is required with pgbouncer-admin-url (the entry is repointed there)', { hint: 'give the path of pgbouncer.ini, writable by the runner, or switch with rename' });
}
/**
 * The write pause: PAUSE, the old side made read-only and its sessions ended, the new side
 * writable and caught up (a marker row), sequences carried over, `afterCatchUp` (the direction
 * of replication turns), traffic repointed, RESUME. Everything is bounded by switch-timeout; on
 * any failure the flags, the replication, the config and the pool are put back and traffic
 * RESUMEs on the old side: never left paused.
 */
async function flip(from, to, options, steps, logger, hooks) {
    const bouncer = options.pgBouncer
        ? await pgBouncerControl(options.pgBouncer, options.connectTimeoutMs)
        : undefined;
    const deadline = Date.now() + options.switchTimeoutMs;
    const remaining = () => {
        const left = deadline - Date.now();
        if (left <= 0)
            throw new errors/* DbDeployError */.WV('switch-timeout', `the switch did not finish within switch-timeout (${options.switchTimeoutMs}ms)`, {
                hint: `traffic was resumed on ${from.database}; retry, or raise switch-timeout`,
            });
        return left;
    };
    let oldConfig;
    let flagsFlipped = false;
    // A frozen blue (template, dump) stays read-only if the switch is reverted.
    const fromWasReadOnly = await isReadOnly(await from.client(), from.database);
    let swapped = false;
    let hookRan = false;
    const started = performance.now();
    try {
        if (bouncer)
            steps.mark('PgBouncer paused', await bouncer.pause(remaining()));
        // The old side stops taking writes first (its sessions end), so the catch-up below covers
        // every write it will ever take, with PgBouncer or without.
        const source = await from.client();
        const target = await to.client();
        await setReadOnly(target, to.database, false);
        await setReadOnly(source, from.database, true);
        flagsFlipped = true;
        const ended = await endSessions(source, from.database);
        steps.mark(`${from.database} read-only, ${ended} of its sessions ended`);
        if (hooks.catchUp)
            steps.mark(`${to.database} caught up`, await waitForCatchUp(source, target, remaining()));
        const sequences = await copySequences(source, target);
        steps.mark(`${sequences} sequences carried over`);
        hookRan = true;
        await hooks.afterCatchUp?.();
        remaining();
        if (hooks.swapNames) {
            if (bouncer)
                await bouncer.loginRetryOff();
            await hooks.swapNames();
            swapped = true;
            steps.mark(`${from.database} and ${to.database} swapped names`);
        }
        else if (bouncer) {
            oldConfig = await bouncer.repoint(to.database);
            await bouncer.reload();
            await bouncer.loginRetryOff();
            steps.mark(`PgBouncer points at ${to.database}`);
        }
        if (options.switchCommand)
            await runSwitchCommand(options.switchCommand, to.database, from.database, remaining(), logger);
        remaining();
        if (bouncer)
            await bouncer.resume();
        const pauseMs = Math.round(performance.now() - started);
        // After a swap the live database goes by the old side's name.
        steps.mark(`traffic resumed on ${swapped ? from.database : to.database}`, pauseMs);
        if (bouncer) {
            // Give the pool a moment to log in to the new side before the retry delay returns.
            await new Promise((resolve) => setTimeout(resolve, 500));
            await bouncer
                .restoreLoginRetry()
                .catch((e) => logger.warn(`PgBouncer server_login_retry not restored: ${e.message}`));
        }
        return { pauseMs, sequences };
    }
    catch (error) {
        logger.warn(`switch failed, putting everything back on ${from.database}: ${error.message}`);
        const undo = async (what, fn) => fn().catch((e) => logger.error(`could not ${what}: ${e.message}`));
        const swap = hooks.swapNames;
        if (swapped && swap)
            await undo('swap the names back', swap);
        if (flagsFlipped) {
            if (!fromWasReadOnly)
                await undo(`make ${from.database} writable again`, async () => setReadOnly(await from.client(), from.database, false));
            await undo(`make ${to.database} read-only again`, async () => setReadOnly(await to.client(), to.database, true));
        }
        if (bouncer && oldConfig !== undefined) {
            const text = oldConfig;
            await undo("restore PgBouncer's config", async () => {
                await bouncer.restoreConfig(text);
                await bouncer.reload();
            });
        }
        const undoHook = hooks.undoAfterCatchUp;
        if (hookRan && undoHook)
            await undo('restore the replication', undoHook);
        if (bouncer)
            await undo('RESUME PgBouncer', () => bouncer.resume());
        if (bouncer)
            await undo('restore server_login_retry', () => bouncer.restoreLoginRetry());
        throw error;
    }
    finally {
        await bouncer?.close();
    }
}
/** The switch-command, with the new and old database in its environment; a failure fails the switch. */
async function runSwitchCommand(command, active, standby, timeoutMs, logger) {
    const run = await runShell(command, {
        env: { DB_DEPLOY_ACTIVE_DATABASE: active, DB_DEPLOY_STANDBY_DATABASE: standby },
        timeoutMs,
        label: 'switch-command',
        timeoutInput: 'switch-timeout',
        logger,
    });
    if (run.exitCode === 0)
        return;
    throw new errors/* DbDeployError */.WV('switch-command-failed', `switch-command ${run.error ?? `ended with exit code ${run.exitCode}`}`, { hint: 'fix the command (its output is in the log); traffic stayed on the old database' });
}

;// CONCATENATED MODULE: ./src/core/switch/rename.ts




/**
 * rename: blue's name passes to the other database in one transaction (A → tmp, B → A, tmp → B),
 * so clients that connect by name reach it without any routing change. Nobody may be connected to
 * either database: both refuse new sessions for those milliseconds and every session (ours too)
 * is ended; the ALLOW_CONNECTIONS flags are restored whatever happens. Calling it twice undoes it.
 */
async function swapNames(pair, logger) {
    const names = [pair.blue.database, pair.green.database];
    await pair.release(pair.blue);
    await pair.release(pair.green);
    const admin = await pair.serverClient('blue');
    const allow = async (on) => {
        for (const name of names)
            await admin.query(`ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS ${on}`);
    };
    const failed = (error) => new errors/* DbDeployError */.WV('rename-failed', `swapping the names of ${names.join(' and ')} failed: ${pgErrorFields(error).message}`, {
        where: pair.blue.display,
        hint: 'the user must own both databases and have CREATEDB; nothing may stay connected to either',
    });
    try {
        await allow(false).catch((error) => {
            throw failed(error);
        });
        // PostgreSQL waits (up to 5 s) for ended backends to exit before it renames.
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = ANY($1::text[]) AND pid <> pg_backend_pid()`, [names]);
        const [a, b] = names.map(quoteIdent);
        const tmp = quoteIdent(`dbd_swap_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await admin.query('BEGIN');
        try {
            await admin.query(`ALTER DATABASE ${a} RENAME TO ${tmp}`);
            await admin.query(`ALTER DATABASE ${b} RENAME TO ${a}`);
            await admin.query(`ALTER DATABASE ${tmp} RENAME TO ${b}`);
            await admin.query('COMMIT');
        }
        catch (error) {
            await admin.query('ROLLBACK').catch(() => undefined);
            throw failed(error);
        }
    }
    finally {
        await allow(true).catch((e) => logger.error(`${names.join(' and ')} may still refuse new sessions; run ALTER DATABASE … WITH ALLOW_CONNECTIONS true: ${pgErrorFields(e).message}`));
    }
}

;// CONCATENATED MODULE: ./src/core/switch/steps.ts
/** What a command did, in order, with the time since it began: logged and kept for the summary. */
function stepRecorder(logger) {
    const started = performance.now();
    const list = [];
    return {
        list,
        elapsed: () => Math.round(performance.now() - started),
        mark(step, ms) {
            list.push({ at: new Date().toISOString(), step, ...(ms === undefined ? {} : { ms }) });
            logger.info(`blue-green: ${step}${ms === undefined ? '' : ` (${ms} ms)`}`);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/switch/lifecycle.ts












async function requireState(pair, phases, command) {
    const state = await readState(await pair.blueClient(), pair.green.database);
    if (!state || !phases.includes(state.phase))
        throw new errors/* DbDeployError */.WV('wrong-phase', `${command} needs ${phases.join(' or ')}, but ${pair.green.database} is ${state?.phase ?? 'not prepared'}`, {
            where: pair.blue.display,
            hint: state ? 'run status to see which side is live' : 'run prepare first',
        });
    return state;
}
/** Records which side is live after a command, keeping how green was made. */
async function recordState(pair, prior, next) {
    await writeState(await pair.blueClient(), {
        blue: pair.blue.database,
        green: pair.green.database,
        method: prior.method,
        ...next,
    });
}
/**
 * After a switch: which name is live and which follows. A plain switch makes green's name live;
 * a rename gives blue's name to the database made as green, so blue's name stays live.
 */
function switchedRoles(pair, renamed) {
    const blue = { target: pair.blue, client: pair.blueClient };
    const green = { target: pair.green, client: pair.greenClient };
    return renamed ? { live: blue, follower: green } : { live: green, follower: blue };
}
/** The switch's guardrails: each refusal is one line, checked before anything is paused. */
async function guardrails(pair, options, state) {
    const b = await pair.blueClient();
    const g = await pair.greenClient();
    const lagBytes = state.method === 'logical' ? await replicationGuardrails(pair, options) : 0;
    if (state.method !== 'logical' && !(await isReadOnly(b, pair.blue.database)))
        throw new errors/* DbDeployError */.WV('blue-written', `blue is no longer read-only since the ${state.method} copy: writes made since are not in green`, {
            where: pair.blue.display,
            hint: 'abort and prepare again (or use clone-method logical, which keeps green in step)',
        });
    if (!(await isReadOnly(g, pair.green.database)))
        throw new errors/* DbDeployError */.WV('green-written', `green is no longer read-only: it may have taken writes of its own`, {
            where: pair.green.display,
            hint: 'abort and prepare again; nothing but the replication may write to green before the switch',
        });
    const old = await oldTransactions(b, options.maxTransactionAgeMs);
    if (old.length > 0)
        throw new errors/* DbDeployError */.WV('old-transactions', `blue has ${old.length} transactions older than max-transaction-age (oldest ${Math.round(old[0]?.seconds ?? 0)}s, pid ${old[0]?.pid})`, {
            where: pair.blue.display,
            hint: 'PAUSE would wait for them: end them or wait, then switch',
        });
    return lagBytes;
}
/** Sessions on green that hold a lock the subscription's apply worker waits for. */
async function applyBlockers(green) {
    const { rows } = await green.query(`SELECT DISTINCT unnest(pg_blocking_pids(pid)) AS pid FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'logical replication worker'`);
    return rows.map((r) => r.pid);
}
/** logical: green's replication runs, keeps up, and covers every table blue has. */
async function replicationGuardrails(pair, options) {
    const b = await pair.blueClient();
    const g = await pair.greenClient();
    const { forward } = pair.names;
    // A worker restarting (after a reverted switch, say) is given a few seconds to come back.
    if (!(await waitForSubscription(g, forward, 10_000)))
        throw new errors/* DbDeployError */.WV('replication-unhealthy', `green's subscription is not running (an apply error stops it; see the server log)`, {
            where: pair.green.display,
            hint: 'fix the apply error (often a migration that is not additive), or abort and prepare again',
        });
    // The worker runs before its walsender on blue has taken the slot: give that the same time.
    let lag = await slotLag(b, forward);
    for (const deadline = Date.now() + 10_000; lag && !lag.active && Date.now() < deadline;) {
        await sleep(100);
        lag = await slotLag(b, forward);
    }
    if (!lag || !lag.active)
        throw new errors/* DbDeployError */.WV('replication-unhealthy', `blue's replication slot ${forward.slot} is ${lag ? 'not in use' : 'missing'}`, {
            where: pair.blue.display,
            hint: 'abort and prepare again',
        });
    if (lag.bytes > options.maxLagBytes) {
        const blockers = await applyBlockers(g);
        throw new errors/* DbDeployError */.WV('replication-lagging', `green is ${lag.bytes} bytes of WAL behind blue, more than max-lag (${options.maxLagBytes})`, {
            where: pair.green.display,
            hint: blockers.length > 0
                ? `green's apply worker waits for a lock held by pid ${blockers.join(', ')} on green: end that session, then switch again`
                : 'wait until green catches up, then switch again',
        });
    }
    const published = new Set((await b.query(`SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_publication_tables WHERE pubname = $1`, [forward.publication])).rows.map((r) => r.t));
    const unpublished = (await replicatedTables(b, options)).filter((t) => !published.has(t.sql) && !published.has(`${t.schema}.${t.name}`));
    if (unpublished.length > 0)
        throw new errors/* DbDeployError */.WV('unreplicated-tables', `tables created on blue after prepare are not replicated: ${unpublished.map((t) => `${t.schema}.${t.name}`).join(', ')}`, {
            where: pair.blue.display,
            hint: 'abort and prepare again, so green has them',
        });
    return lag.bytes;
}
/** switch: blue → green with the write pause, then the return replication green → blue. */
async function switchOver(options, logger) {
    const steps = stepRecorder(logger);
    const pair = openPair(options);
    const { names } = pair;
    const rename = options.rename;
    try {
        const state = await requireState(pair, ['prepared'], 'switch');
        requireRoute(options, rename);
        if (rename && !pair.sameServer)
            throw new errors/* DbDeployError */.WV('bad-input', 'rename swaps two database names on one server, and green is on another', { hint: 'route traffic with PgBouncer or switch-command instead' });
        const logical = state.method === 'logical';
        const lagBytes = await guardrails(pair, options, state);
        steps.mark(logical
            ? `guardrails passed (green ${lagBytes} bytes behind)`
            : `guardrails passed (blue read-only since the ${state.method} copy)`);
        const g = await pair.greenClient();
        const greenMajor = await readServerMajor(g);
        const tables = await replicatedTables(await pair.blueClient(), options);
        // Blue can follow green after the switch only where green's server decodes its WAL.
        const returning = logical || (await canReturn(g, tables));
        const { pauseMs, sequences } = await flip({ client: pair.blueClient, database: pair.blue.database }, { client: pair.greenClient, database: pair.green.database }, options, steps, logger, {
            catchUp: logical,
            // Inside the pause, once green has everything: green's subscription ends (blue's slot
            // stays until after RESUME, so this can be undone), and a slot on green starts keeping
            // green's writes for blue. Column lists (PostgreSQL 15+) send blue only its columns.
            afterCatchUp: async () => {
                const green = await pair.greenClient();
                if (logical)
                    await dropSubscription(green, names.forward);
                if (returning) {
                    await createPublication(green, names.back, tables, greenMajor >= 15);
                    await createSlot(green, names.back);
                }
            },
            undoAfterCatchUp: async () => {
                const green = await pair.greenClient();
                if (returning)
                    await dropSource(green, names.back);
                if (logical)
                    await createSubscription(green, names.forward, conninfo(pair.blue), false);
            },
            ...(rename ? { swapNames: () => swapNames(pair, logger) } : {}),
        });
        // From here on the database made as blue goes by green's name when the names were swapped.
        const { live, follower } = switchedRoles(pair, rename);
        const old = await follower.client();
        if (logical)
            await dropSource(old, names.forward);
        if (returning) {
            await createSubscription(old, names.back, conninfo(live.target), false);
            if (await waitForSubscription(old, names.back, 15_000))
                steps.mark(`${follower.target.database} now receives ${live.target.database}’s writes (for rollback)`);
            else
                logger.warn(`${follower.target.database}'s subscription has not started yet: run status before a rollback`);
        }
        else
            logger.warn(`${follower.target.database} does not follow ${live.target.database}: a rollback would lose the writes it takes from now on`);
        await recordState(pair, state, {
            active: live.target.database,
            phase: 'switched',
            renamed: rename,
        });
        return {
            command: 'switch',
            activeDatabase: live.target.database,
            standbyDatabase: follower.target.database,
            phase: 'switched',
            cloneMethod: state.method,
            pauseMs,
            sequences,
            tables: tables.length,
            ...(returning
                ? { replicationLagBytes: (await slotLag(await live.client(), names.back))?.bytes ?? 0 }
                : {}),
            durationMs: steps.elapsed(),
            steps: steps.list,
        };
    }
    finally {
        await pair.close();
    }
}
/** rollback: the write pause again, back to the database made as blue, with green's writes. */
async function rollBack(options, logger) {
    const steps = stepRecorder(logger);
    const pair = openPair(options);
    const { names } = pair;
    try {
        const state = await requireState(pair, ['switched'], 'rollback');
        requireRoute(options, state.renamed);
        const { live, follower } = switchedRoles(pair, state.renamed);
        const following = await subscriptionExists(await follower.client(), names.back);
        if (!following && !options.acceptLostWrites)
            throw new errors/* DbDeployError */.WV('no-return-replication', `${follower.target.database} does not follow ${live.target.database}, so a rollback would lose every write taken since the switch`, {
                where: follower.target.display,
                hint: 'set accept-lost-writes: true to roll back anyway, or restore a backup of the live database',
            });
        // A subscription just created (by the switch) may need a few seconds to start its worker.
        if (following && !(await waitForSubscription(await follower.client(), names.back, 15_000)))
            throw new errors/* DbDeployError */.WV('replication-unhealthy', `${follower.target.database}'s subscription to ${live.target.database} is not running, so it may miss writes`, {
                where: follower.target.display,
                hint: "look for an apply error in the server log (a migration on green that blue's schema cannot take); fix it, then roll back",
            });
        const { pauseMs, sequences } = await flip({ client: live.client, database: live.target.database }, { client: follower.client, database: follower.target.database }, options, steps, logger, {
            catchUp: following,
            ...(following
                ? {
                    afterCatchUp: async () => dropSubscription(await follower.client(), names.back),
                    undoAfterCatchUp: async () => createSubscription(await follower.client(), names.back, conninfo(live.target), false),
                }
                : {}),
            ...(state.renamed ? { swapNames: () => swapNames(pair, logger) } : {}),
        });
        // The names are back where prepare left them: the return slot is on green.
        if (following)
            await dropSource(await pair.greenClient(), names.back);
        else
            logger.warn(`writes made on ${pair.green.database} since the switch are not in ${pair.blue.database}`);
        await recordState(pair, state, {
            active: pair.blue.database,
            phase: 'rolled-back',
            renamed: false,
        });
        steps.mark(`rolled back to ${pair.blue.database}; ${pair.green.database} kept, read-only`);
        return {
            command: 'rollback',
            activeDatabase: pair.blue.database,
            standbyDatabase: pair.green.database,
            phase: 'rolled-back',
            cloneMethod: state.method,
            pauseMs,
            sequences,
            durationMs: steps.elapsed(),
            steps: steps.list,
        };
    }
    finally {
        await pair.close();
    }
}
/** status: which side is live and how far the replica is behind. Reads only. */
async function lifecycle_status(options, logger) {
    const steps = stepRecorder(logger);
    const pair = openPair(options);
    try {
        const b = await pair.blueClient();
        const state = await readState(b, pair.green.database);
        let lag;
        if (state?.phase === 'prepared' && state.method === 'logical')
            lag = (await slotLag(b, pair.names.forward))?.bytes;
        if (state?.phase === 'switched')
            lag = (await slotLag(await switchedRoles(pair, state.renamed).live.client(), pair.names.back))
                ?.bytes;
        const active = state?.active ?? pair.blue.database;
        steps.mark(state ? `${state.phase}: ${active} is live` : 'not prepared');
        return {
            command: 'status',
            activeDatabase: active,
            standbyDatabase: state
                ? active === pair.blue.database
                    ? pair.green.database
                    : pair.blue.database
                : '',
            phase: state?.phase ?? 'none',
            ...(state ? { cloneMethod: state.method } : {}),
            ...(lag === undefined ? {} : { replicationLagBytes: lag }),
            durationMs: steps.elapsed(),
            steps: steps.list,
        };
    }
    finally {
        await pair.close();
    }
}
/**
 * abort (before a switch, or after a rollback): drops the replication and green, and unfreezes
 * blue. finish (after a switch): drops the return replication; the old database is kept,
 * read-only.
 */
async function endPair(options, logger) {
    const steps = stepRecorder(logger);
    const pair = openPair(options);
    const aborting = options.command === 'abort';
    try {
        const state = await requireState(pair, aborting ? ['prepared', 'rolled-back'] : ['switched'], options.command);
        const result = (phase, active, standby) => ({
            command: options.command,
            activeDatabase: active,
            standbyDatabase: standby,
            phase,
            cloneMethod: state.method,
            durationMs: steps.elapsed(),
            steps: steps.list,
        });
        const b = await pair.blueClient();
        if (aborting) {
            if (state.phase === 'prepared' && state.method === 'logical') {
                await dropSubscription(await pair.greenClient(), pair.names.forward);
                await dropSource(b, pair.names.forward);
            }
            if (state.phase === 'prepared' && state.method !== 'logical') {
                await setReadOnly(b, pair.blue.database, false);
                steps.mark(`${pair.blue.database} writable again`);
            }
            await dropGreen(pair);
            steps.mark(`dropped ${pair.green.database} and its replication`);
            await recordState(pair, state, {
                active: pair.blue.database,
                phase: 'aborted',
                renamed: false,
            });
            return result('aborted', pair.blue.database, '');
        }
        const { live, follower } = switchedRoles(pair, state.renamed);
        await dropSubscription(await follower.client(), pair.names.back);
        await dropSource(await live.client(), pair.names.back);
        steps.mark(`${follower.target.database} no longer follows ${live.target.database}; kept, read-only`);
        await recordState(pair, state, {
            active: live.target.database,
            phase: 'finished',
            renamed: state.renamed,
        });
        return result('finished', live.target.database, follower.target.database);
    }
    finally {
        await pair.close();
    }
}

;// CONCATENATED MODULE: ./src/core/switch/prepare.ts











/**
 * prepare: green = a copy of blue (clone-method), then the new migrations on green, then green
 * made read-only (for everyone but the replication), so it takes no writes of its own before
 * the switch. logical keeps green receiving blue's writes; template and dump freeze blue
 * (read-only) from the copy until the switch or abort. A failure removes what was created.
 */
async function prepare_prepare(options, logger) {
    const steps = stepRecorder(logger);
    const pair = openPair(options);
    const { blue, green, names } = pair;
    const method = options.cloneMethod;
    const undo = [];
    try {
        if (options.migrationsDir && !(0,external_node_fs_.existsSync)(options.migrationsDir))
            throw new errors/* DbDeployError */.WV('bad-input', `migrations directory ${options.migrationsDir} does not exist`, {
                hint: 'point migrations-dir at the migrations to apply to green, or set it to none to apply none',
            });
        // Names node-pg-migrate cannot take and migration files it would run wrongly are refused
        // before green exists (migrate on green would refuse them only after the copy).
        checkBookkeepingName('schema', options.migrationsSchema);
        checkBookkeepingName('migrations-table', options.migrationsTable);
        if (options.migrationsDir)
            await openMigrationSet({ migrationsDir: options.migrationsDir });
        const b = await pair.blueClient();
        const existing = await readState(b, green.database);
        if (existing && (existing.phase === 'prepared' || existing.phase === 'switched'))
            throw new errors/* DbDeployError */.WV('already-prepared', `${green.database} is already ${existing.phase} (active: ${existing.active})`, {
                where: blue.display,
                hint: existing.phase === 'prepared'
                    ? 'run switch, or abort to start over'
                    : 'run rollback or finish first',
            });
        const there = await (await pair.greenHost()).query('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [
            green.database,
        ]);
        if ((there.rows[0]?.n ?? 0) > 0)
            throw new errors/* DbDeployError */.WV('green-exists', `database ${green.database} already exists`, {
                where: green.display,
                hint: 'drop it, or choose another green-database',
            });
        await checkCloneMethod(pair, options);
        const major = await readServerMajor(b);
        await ensureControlTables(b);
        const ctx = { pair, options, major, undo, steps, logger };
        let tables;
        if (method === 'logical')
            tables = await cloneLogical(ctx);
        else {
            if (method === 'template')
                await cloneTemplate(ctx);
            else
                await cloneDump(ctx);
            tables = await replicatedTables(await pair.blueClient(), options);
            steps.mark(`${blue.database} is read-only until the switch or abort`);
        }
        let migrated = [];
        if (options.migrationsDir) {
            const result = await migrate({
                ...MIGRATE_DEFAULTS,
                databaseUrl: green.url,
                migrationsDir: options.migrationsDir,
                migrationsTable: options.migrationsTable,
                schema: options.migrationsSchema,
                connectTimeoutMs: options.connectTimeoutMs,
            }, logger);
            migrated = result.applied.map((m) => m.name);
            steps.mark(`migrated green: ${migrated.length} migrations`);
        }
        const g = await pair.greenClient();
        await setReadOnly(g, green.database, true);
        if (method !== 'logical' && !(await canReturn(g, tables)))
            logger.warn(`after the switch ${blue.database} cannot follow ${green.database} (green's server needs wal_level=logical and every table a primary key or replica identity): a rollback would lose green's writes`);
        await writeState(await pair.blueClient(), {
            blue: blue.database,
            green: green.database,
            active: blue.database,
            phase: 'prepared',
            method,
            renamed: false,
        });
        const lag = method === 'logical' ? await slotLag(b, names.forward) : undefined;
        steps.mark('green is read-only until the switch');
        return {
            command: 'prepare',
            activeDatabase: blue.database,
            standbyDatabase: green.database,
            phase: 'prepared',
            cloneMethod: method,
            migrated,
            tables: tables.length,
            ...(lag ? { replicationLagBytes: lag.bytes } : {}),
            durationMs: steps.elapsed(),
            steps: steps.list,
        };
    }
    catch (error) {
        // Undo in reverse order: subscription, slot, publication, database, blue's freeze.
        for (const step of undo.reverse()) {
            await step().catch((e) => logger.warn(`prepare clean-up: ${e.message}`));
        }
        throw error;
    }
    finally {
        await pair.close();
    }
}

;// CONCATENATED MODULE: ./src/core/switch/run.ts


/** blue-green-switch: one command per call; the state in blue says which side is live. */
function runSwitch(options, logger) {
    switch (options.command) {
        case 'prepare':
            return prepare_prepare(options, logger);
        case 'switch':
            return switchOver(options, logger);
        case 'rollback':
            return rollBack(options, logger);
        case 'status':
            return lifecycle_status(options, logger);
        case 'abort':
        case 'finish':
            return endPair(options, logger);
    }
}

;// CONCATENATED MODULE: ./src/core/switch/types.ts
/** Options and results of blue-green-switch. Durations are milliseconds. */
const SWITCH_COMMANDS = [
    'prepare',
    'switch',
    'rollback',
    'status',
    'abort',
    'finish',
];
/**
 * How prepare makes green. logical: schema copy + logical replication (blue keeps taking writes
 * until the switch). template: CREATE DATABASE … TEMPLATE (fastest; no session may be connected
 * to blue during the copy). dump: pg_dump | pg_restore (reads go on; green may be on another
 * server). template and dump are point-in-time copies: blue is read-only from the copy until
 * the switch or abort, so no write is lost.
 */
const CLONE_METHODS = ['logical', 'template', 'dump'];
const SWITCH_DEFAULTS = {
    cloneMethod: 'logical',
    terminateConnections: false,
    acceptLostWrites: false,
    rename: false,
    maxLagBytes: 16 * 1024 * 1024,
    maxTransactionAgeMs: 5 * 60_000,
    switchTimeoutMs: 10_000,
    syncTimeoutMs: 30 * 60_000,
    connectTimeoutMs: 10_000,
    migrationsTable: 'pgmigrations',
    migrationsSchema: 'public',
};

;// CONCATENATED MODULE: ./src/cli/commands/switch.ts





const SWITCH_HELP = `Usage: db-deploy switch <prepare|switch|rollback|status|abort|finish> [options]

Blue-green deploys: green, a copy of blue kept in step by logical replication, is migrated, then
traffic moves to it through PgBouncer (or a name swap, or a command) in a short write pause; blue
follows green afterwards so a rollback loses nothing.

  prepare    create green (--clone-method), apply --dir to it
  switch     PAUSE, green catches up, sequences copied, replication turned around, repoint, RESUME
  rollback   the same back to blue
  status     which side is live, and the replication lag
  abort      before a switch: drop green and its replication
  finish     after a switch: stop blue following green (blue is kept, read-only)

Options:
  --database-url URL          blue (default: $DATABASE_URL), with rights to create databases,
                              publications and subscriptions
  --green NAME                the copy's name (default: <blue>_green)
  --green-url URL             green on another server (its database is the copy's name)
  --clone-method M            logical (default: green follows blue's writes), template
                              (CREATE DATABASE … TEMPLATE; nobody connected to blue) or dump
                              (pg_dump | pg_restore); template and dump keep blue read-only
                              from the copy until the switch or abort
  --terminate-connections     template/dump: end blue's sessions instead of refusing
  --dir DIR                   prepare: migrations to apply to green
  --migrations-table NAME     node-pg-migrate's table (default: pgmigrations)
  --pgbouncer-admin-url URL   PgBouncer's admin console (PAUSE, RELOAD, RESUME)
  --pgbouncer-database NAME   the [databases] entry clients use (default: blue's name)
  --pgbouncer-config FILE     pgbouncer.ini, rewritten to repoint the entry
  --rename                    switch by swapping the database names (same server)
  --accept-lost-writes        rollback although blue does not follow green
  --switch-command CMD        run at the switch point (DB_DEPLOY_ACTIVE_DATABASE in its env)
  --max-lag BYTES             refuse to switch when green is further behind (default: 16777216)
  --max-transaction-age D     refuse while blue has an older transaction (default: 5m)
  --switch-timeout D          revert and resume on the old side after D (default: 10s)
  --sync-timeout D            prepare: initial copy limit (default: 30m)
  --connect-timeout D         (default: 10s)
  --pg-bin DIR                pg_dump and pg_restore for the schema copy
  --json                      print the result as JSON on stdout
  --verbose                   print debug output
  -h, --help                  show this help
Exit code: 0 done, 1 refused or failed (everything put back), 2 usage error.`;
const switch_OPTIONS = {
    'database-url': { type: 'string' },
    green: { type: 'string' },
    'green-url': { type: 'string' },
    'clone-method': { type: 'string' },
    'terminate-connections': { type: 'boolean' },
    rename: { type: 'boolean' },
    'accept-lost-writes': { type: 'boolean' },
    dir: { type: 'string' },
    'migrations-table': { type: 'string' },
    'pgbouncer-admin-url': { type: 'string' },
    'pgbouncer-database': { type: 'string' },
    'pgbouncer-config': { type: 'string' },
    'switch-command': { type: 'string' },
    'max-lag': { type: 'string' },
    'max-transaction-age': { type: 'string' },
    'switch-timeout': { type: 'string' },
    'sync-timeout': { type: 'string' },
    'connect-timeout': { type: 'string' },
    'pg-bin': { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
};
function renderSwitch(result) {
    const lines = [
        `${result.command}: ${result.phase}; live ${result.activeDatabase}${result.standbyDatabase ? `, standby ${result.standbyDatabase}` : ''}`,
        ...(result.pauseMs === undefined ? [] : [`  write pause: ${result.pauseMs} ms`]),
        ...(result.replicationLagBytes === undefined
            ? []
            : [`  replication lag: ${result.replicationLagBytes} bytes`]),
        ...result.steps.map((s) => `  ${s.at.slice(11, 23)}  ${s.step}${s.ms === undefined ? '' : ` (${s.ms} ms)`}`),
    ];
    return lines.join('\n');
}
/** `db-deploy switch <command>`. Returns the exit code. */
async function switchCommand(argv, io) {
    const { values: v, positionals } = parseCommandArgs(argv, switch_OPTIONS, 'switch', true);
    if (v.help) {
        io.out(SWITCH_HELP);
        return 0;
    }
    const command = positionals[0];
    if (!command ||
        positionals.length > 1 ||
        !SWITCH_COMMANDS.includes(command))
        throw new UsageError(`give one of ${SWITCH_COMMANDS.join(', ')}`, 'switch');
    const databaseUrl = databaseUrlOption(v['database-url']);
    io.secrets.push(...(0,db_url/* secretsOf */.Fj)(databaseUrl));
    const adminUrl = v['pgbouncer-admin-url'];
    if (adminUrl)
        io.secrets.push(...(0,db_url/* secretsOf */.Fj)(adminUrl));
    const greenUrl = v['green-url'];
    if (greenUrl)
        io.secrets.push(...(0,db_url/* secretsOf */.Fj)(greenUrl));
    const d = SWITCH_DEFAULTS;
    const result = await runSwitch({
        command: command,
        databaseUrl,
        greenDatabase: v.green,
        ...(greenUrl ? { greenDatabaseUrl: greenUrl } : {}),
        cloneMethod: choiceOption(v['clone-method'] ?? d.cloneMethod, CLONE_METHODS, 'clone-method', 'switch'),
        terminateConnections: v['terminate-connections'] ?? false,
        rename: v.rename ?? false,
        acceptLostWrites: v['accept-lost-writes'] ?? false,
        ...(v.dir ? { migrationsDir: pathOption(v.dir, '') } : {}),
        migrationsTable: v['migrations-table'] ?? d.migrationsTable,
        migrationsSchema: d.migrationsSchema,
        ...(adminUrl
            ? {
                pgBouncer: {
                    adminUrl,
                    ...(v['pgbouncer-config']
                        ? { configPath: pathOption(v['pgbouncer-config'], '') }
                        : {}),
                    database: v['pgbouncer-database'] ?? (0,db_url/* parseDatabaseUrl */.mx)(databaseUrl).database,
                },
            }
            : {}),
        switchCommand: v['switch-command'],
        maxLagBytes: integerOption(v['max-lag'], 'max-lag', 0) ?? d.maxLagBytes,
        maxTransactionAgeMs: durationOption(v['max-transaction-age'], 'max-transaction-age', d.maxTransactionAgeMs),
        switchTimeoutMs: durationOption(v['switch-timeout'], 'switch-timeout', d.switchTimeoutMs),
        syncTimeoutMs: durationOption(v['sync-timeout'], 'sync-timeout', d.syncTimeoutMs),
        connectTimeoutMs: durationOption(v['connect-timeout'], 'connect-timeout', d.connectTimeoutMs),
        pgBinDir: v['pg-bin'] === undefined ? undefined : pathOption(v['pg-bin'], ''),
    }, (0,output/* cliLogger */.$)(io, v.verbose ?? false));
    io.out((0,db_url/* redact */.E$)(v.json ? JSON.stringify(result, null, 2) : renderSwitch(result), io.secrets));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/main.ts












const HELP = `db-deploy ${VERSION} — safe PostgreSQL migrations

Usage: db-deploy <command> [options]

Commands:
  migrate   apply pending migrations (or --down to roll back), as the migrate action does;
            --targets FILE rolls them out over many databases (canary, lanes, halt)
  status    list applied, pending and edited migrations (read-only)
  lint      lint migrations for locks, rewrites, data loss and breaking changes (no database)
  validate  lint, then prove the newest migrations up → down → up on an empty scratch database
  backup    pg_dump the database, then verify the archive (sha256, pg_restore --list)
  restore   restore a verified backup; refuses a non-empty target unless --confirm names it
  preflight read-only checks before a deployment: connections, old transactions, locks, lag, indexes
  monitor   watch a deployment (health URLs, error rate, database) and roll back when unhealthy
  switch    blue-green: prepare a replicated, migrated copy; switch to it; roll back; status

Run db-deploy <command> --help for its options.`;
const COMMANDS = {
    migrate: migrateCommand,
    status: statusCommand,
    lint: lintCommand,
    validate: validateCommand,
    backup: backupCommand,
    restore: restoreCommand,
    preflight: preflightCommand,
    monitor: monitorCommand,
    switch: switchCommand,
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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8921);
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

/***/ 4390:
/***/ ((module) => {

module.exports = eval("require")("pg-native");


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 1376:
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

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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

/***/ 3849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* unused harmony exports Client, Pool, Connection, types, Query, DatabaseError, escapeIdentifier, escapeLiteral, Result, TypeOverrides, defaults */
/* harmony import */ var _lib_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3273);
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
/******/ var __webpack_exports__ = __nccwpck_require__(4175);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
