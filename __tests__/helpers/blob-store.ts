// The Azure Blob Storage half of the artifact service stand-in: the signed URLs the artifact
// service hands out, and the requests @azure/storage-blob makes against them. An upload is staged
// blocks (PUT ?comp=block&blockid=…) committed by an XML block list (PUT ?comp=blocklist), as
// BlockBlobClient.uploadStream sends them; a single PUT of the whole blob is accepted too. A
// download is a plain GET. Every request must carry the signature the URL was issued with.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface StoredBlob {
  data: Buffer;
  contentType: string;
}

/** Where blob URLs live: `/<account>/<container>/<blob>`, the IP-style path Azurite uses. */
export const BLOB_PREFIX = '/devstoreaccount1/actions-results/';

export interface BlobStore {
  /** Committed blobs by path (`/devstoreaccount1/actions-results/<key>`). */
  blobs: Map<string, StoredBlob>;
  /** A signed URL for `key` (upload or download); the signature is what the store checks. */
  sign(base: string, key: string): string;
  /** Every signature issued so far (secrets: they grant access to the blob). */
  signatures(): string[];
  /** Answers a request under BLOB_PREFIX; false when the path is not a blob path. */
  handle(request: IncomingMessage, url: URL, body: Buffer, response: ServerResponse): boolean;
}

function storageError(response: ServerResponse, status: number, code: string): void {
  response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
  response.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code></Error>`);
}

/** The block ids of a `<BlockList>` body, in order (Latest, Committed and Uncommitted alike). */
function blockIds(xml: string): string[] {
  return [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? '');
}

export function createBlobStore(): BlobStore {
  const blobs = new Map<string, StoredBlob>();
  const staged = new Map<string, Map<string, Buffer>>();
  const signatures = new Map<string, string>();

  const created = (response: ServerResponse) => {
    response.writeHead(201, { etag: `"0x${randomBytes(8).toString('hex')}"` });
    response.end();
  };

  return {
    blobs,
    sign(base, key) {
      const path = `${BLOB_PREFIX}${key}`;
      const sig = signatures.get(path) ?? randomBytes(18).toString('base64url');
      signatures.set(path, sig);
      return `${base}${path}?sv=2023-11-03&sr=b&sp=rcw&se=2099-01-01T00%3A00%3A00Z&sig=${sig}`;
    },
    signatures: () => [...signatures.values()],
    handle(request, url, body, response) {
      if (!url.pathname.startsWith(BLOB_PREFIX)) return false;
      const path = url.pathname;
      const sig = signatures.get(path);
      if (!sig || url.searchParams.get('sig') !== sig) {
        storageError(response, 403, 'AuthenticationFailed');
        return true;
      }
      const comp = url.searchParams.get('comp');
      if (request.method === 'PUT' && comp === 'block') {
        const id = url.searchParams.get('blockid') ?? '';
        const blocks = staged.get(path) ?? new Map<string, Buffer>();
        blocks.set(id, body);
        staged.set(path, blocks);
        created(response);
      } else if (request.method === 'PUT' && comp === 'blocklist') {
        const blocks = staged.get(path) ?? new Map<string, Buffer>();
        const parts = blockIds(body.toString('utf8')).map((id) => blocks.get(id));
        if (parts.some((part) => part === undefined))
          storageError(response, 400, 'InvalidBlockList');
        else {
          const contentType = String(request.headers['x-ms-blob-content-type'] ?? '');
          blobs.set(path, { data: Buffer.concat(parts as Buffer[]), contentType });
          staged.delete(path);
          created(response);
        }
      } else if (request.method === 'PUT' && comp === null) {
        const contentType = String(request.headers['x-ms-blob-content-type'] ?? '');
        blobs.set(path, { data: body, contentType });
        created(response);
      } else if (request.method === 'GET' && comp === null) {
        const blob = blobs.get(path);
        if (!blob) storageError(response, 404, 'BlobNotFound');
        else {
          response.writeHead(200, {
            'content-type': blob.contentType || 'application/octet-stream',
            'content-length': String(blob.data.length),
          });
          response.end(blob.data);
        }
      } else storageError(response, 400, 'UnsupportedHttpVerb');
      return true;
    },
  };
}
