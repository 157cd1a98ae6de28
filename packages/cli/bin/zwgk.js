#!/usr/bin/env node
// Present at install time (before the build), so npm can link the `zwgk` command in a workspace.
import '../dist/main.js';
