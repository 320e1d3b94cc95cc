#!/usr/bin/env node
// The `partnerlint` command. It points at the bundle rather than being it, so that `npm ci` in the
// repository can link the command before the root's prepare script has built out/cli.js.
require('../out/cli.js');
