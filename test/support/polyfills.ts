import '../../src/readers/node-polyfills';
