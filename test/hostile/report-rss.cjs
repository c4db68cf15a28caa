// Preloaded into the CLI by the hostile suite: reports the peak resident memory on exit.
process.on('exit', () => process.stderr.write(`\nhostile-maxrss-kb=${process.resourceUsage().maxRSS}\n`));
