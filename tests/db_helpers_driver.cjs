// Runs lookups and writes of jambonz's @jambonz/db-helpers (an npm devDependency, used as
// jambonz's SBCs and feature servers use it) against a MySQL database, for
// tests/test_db_helpers_peer.py. Reads {"mysql": {...}, "calls": [["name", ...args], ...]}
// as JSON on stdin; writes the results, in order, as JSON on stdout ({"error": msg} for a
// call that threw).
const helpers = require('@jambonz/db-helpers');

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
  const {mysql, calls} = JSON.parse(Buffer.concat(chunks).toString());
  const db = helpers({...mysql, connectionLimit: 2}, quiet);
  const results = [];
  try {
    for (const [name, ...args] of calls) {
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
