// Preloaded into the CLI by test/cli.test.ts: says on stderr when standard output is made blocking.
const handle = process.stdout._handle;
if (handle && typeof handle.setBlocking === 'function') {
  const setBlocking = handle.setBlocking.bind(handle);
  handle.setBlocking = (blocking) => {
    process.stderr.write(`stdout blocking: ${blocking}\n`);
    return setBlocking(blocking);
  };
}
