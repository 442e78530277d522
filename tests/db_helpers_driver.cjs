// Runs lookups and writes of jambonz's @jambonz/db-helpers (an npm devDependency, used as
// jambonz's SBCs and feature servers use it) against a MySQL database, for
// tests/test_db_helpers_peer.py. Reads {"mysql": {...}, "calls": [["name", ...args], ...]}
// as JSON on stdin; writes the results, in order, as JSON on stdout ({"error": msg} for a
// call that threw).
//
// Two calls are not db-helpers': ["jambonzEncrypt", text] encrypts as jambonz's api-server
// does, and ["jambonzDecrypt", value] decrypts a secret as jambonz's
// feature servers and SBCs decrypt what the api-server encrypted (node's crypto,
// AES-256-CBC, the key being the first 32 characters of the base64 SHA-256 of the
// cluster's ENCRYPTION_SECRET, given as "encryptionSecret" on stdin; the value the JSON
// {"iv", "content"} in hex).
const crypto = require('crypto');
const helpers = require('@jambonz/db-helpers');

function jambonzEncrypt(secret, text) {
  const key = crypto.createHash('sha256').update(secret).digest('base64').slice(0, 32);
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  const content = Buffer.concat([cipher.update(text), cipher.final()]);
  return JSON.stringify({iv: iv.toString('hex'), content: content.toString('hex')});
}

function jambonzDecrypt(secret, value) {
  const {iv, content} = JSON.parse(value);
  const key = crypto.createHash('sha256').update(secret).digest('base64').slice(0, 32);
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, Buffer.from(iv, 'hex'));
  return Buffer.concat([decipher.update(Buffer.from(content, 'hex')), decipher.final()]).toString();
}

const quiet = {info() {}, debug() {}, warn() {}, error() {}, child() { return quiet; }};

function plain(value) {
  return JSON.parse(JSON.stringify(value === undefined ? null : value, (key, v) => {
    if (v && v.type === 'Buffer' && Array.isArray(v.data)) return Buffer.from(v.data).toString('hex');
    return v;
  }));
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const {mysql, calls, encryptionSecret} = JSON.parse(Buffer.concat(chunks).toString());
  const db = helpers({...mysql, connectionLimit: 2}, quiet);
  const results = [];
  try {
    for (const [name, ...args] of calls) {
      if (name === 'jambonzDecrypt' || name === 'jambonzEncrypt') {
        try {
          const run = name === 'jambonzDecrypt' ? jambonzDecrypt : jambonzEncrypt;
          results.push(run(encryptionSecret, ...args));
        } catch (err) {
          results.push({error: String(err && err.message || err)});
        }
        continue;
      }
      if (typeof db[name] !== 'function') throw new Error(`db-helpers has no ${name}`);
      try {
        results.push(plain(await db[name](...args)));
      } catch (err) {
        results.push({error: String(err && err.message || err)});
      }
    }
  } finally {
    db.pool.end();
  }
  process.stdout.write(JSON.stringify(results));
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(String(err && err.stack || err));
  process.exit(1);
});
