/* eslint-disable no-undef */
/**
 * Builds the task pane (the shell of Microsoft's Office-Addin-TaskPane-React template).
 *
 *   npm run build       production build into dist/ (content-hashed file names)
 *   npm run build:dev   development build into dist/
 *   npm start           dev server on https://localhost:3000 (standalone page: /taskpane.html)
 *
 * The initial chunks hold React, Fluent UI and the task pane. The core (generation, reading, validation,
 * with date-fns, chinese-days and zod) is an async chunk fetched as the page starts; the standalone
 * preview and the share dialog are prefetched; ExcelJS is reached only through a dynamic import() and
 * lands in an async chunk. Budgets: bench/budgets.json. office.js is loaded, inside Office only, by the
 * boot entry (src/taskpane/boot.ts) from Microsoft's CDN, with the copy made here (dist/office-js/) as
 * the offline fallback.
 */
const path = require('path');
const budgets = require('./bench/budgets.json');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');

const { deployUrl, manifestFor } = require('./scripts/deploy-url');

const port = Number(process.env.npm_package_config_dev_server_port) || 3000;

const officeJsDir = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
/**
 * What office.js loads, relative to its own folder: outside Office (standalone page) the O15 mapping table;
 * inside Excel the Excel host file of the platform (win32, mac, web, ios, …, some with a -core variant),
 * the strings of the UI language (falling back to en-us) and the telemetry sink.
 */
const officeJsFiles = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-*-16.*.js',
  'en-us/office_strings.js',
  'zh-cn/office_strings.js',
  'telemetry/oteljs_agave.js',
];

/** Trusted dev certificates from office-addin-dev-certs, or null where they cannot be installed. */
async function getHttpsOptions() {
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error('timed out')), 30_000).unref(),
  );
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const reason = String((error && error.message) || error).split('\n')[0];
    console.warn(
      `[dev server] office-addin-dev-certs unavailable (${reason}).\n` +
        `[dev server] Using a self-signed certificate: the browser will warn once; Office needs trusted ` +
        `certificates (npm run certs, with admin rights).`,
    );
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  // Where a production build is deployed (`--env url=…` or ADDIN_URL): its manifest points there.
  const urlProd = deployUrl(env.url ?? process.env.ADDIN_URL);
  const httpsOptions = env.WEBPACK_SERVE ? await getHttpsOptions() : null;

  return {
    mode,
    devtool: dev ? 'eval-cheap-module-source-map' : 'source-map',
    entry: {
      // Run first, before the page is parsed further: loads office.js only inside Office.
      boot: './src/taskpane/boot.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // ExcelJS's package.json "browser" field points at its prebuilt browser bundle
      // (dist/exceljs.min.js), which needs no Node polyfills: no fallback or ProvidePlugin is needed.
    },
    module: {
      // A prebuilt bundle: parsing it only costs time.
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
      rules: [
        {
          // chinese-days says "type": "commonjs" but its "module" entry is an ES module.
          test: /[\\/]node_modules[\\/]chinese-days[\\/]dist[\\/]index\.es\.js$/,
          type: 'javascript/auto',
        },
        // Fluent UI's and the pane's styles as one static stylesheet, built here, instead of CSS made and
        // inserted by Griffel at run time as each component first renders (see "Speed" in README). Loaders
        // run bottom up: ts-loader, then Griffel's (makeStyles → precomputed __styles), then extraction.
        { test: /\.(js|mjs|ts|tsx)$/, use: { loader: GriffelCSSExtractionPlugin.loader } },
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: '@griffel/webpack-loader' } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              transpileOnly: true, // `npm run typecheck` checks types
              // ES modules reach webpack untouched, so Fluent UI tree-shakes.
              compilerOptions: {
                module: 'ESNext',
                moduleResolution: 'bundler',
                noEmit: false,
                sourceMap: true,
              },
            },
          },
        },
      ],
    },
    stats: dev ? 'minimal' : { preset: 'normal', excludeAssets: /^office-js\// },
    optimization: {
      splitChunks: {
        // The pane's chunk is not split: it comes as one script (preloaded by the page), not five
        // that each cost a fetch and a task before its first render. Chunks loaded later share theirs.
        chunks: (chunk) => chunk.name !== 'pane',
        cacheGroups: {
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: 'exceljs',
            chunks: 'async',
            priority: 10,
          },
        },
      },
    },
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: budgets.bundle.initialRawBytes, // held by test/build.test.ts
      maxAssetSize: 1600 * 1024, // the async ExcelJS chunk is ~1 MiB
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office-js/'),
    },
    plugins: [
      new MiniCssExtractPlugin({
        filename: dev ? '[name].css' : '[name].[contenthash:8].css',
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // boot is written into <head> by the template as the first deferred script, so it runs first
        // without holding the parser (a blocking script there cost ~50 ms before the first control).
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        // The template writes the tags: the pane's stylesheet and deferred scripts, then the preloads of
        // the pane's own chunks, so that over HTTP/1.1 (six connections a host) those come first.
        inject: false,
        templateParameters: (compilation, assets, assetTags, options) => ({
          htmlWebpackPlugin: { tags: assetTags, files: assets, options },
          boot: [...compilation.entrypoints.get('boot').getFiles()].find((f) => f.endsWith('.js')),
          // The chunks of the pane itself (src/taskpane/index.tsx imports it): preloaded by the page
          // so they arrive while the first chunk runs, instead of being asked for after it.
          pane: [...compilation.namedChunkGroups.get('pane').chunks]
            .flatMap((chunk) => [...chunk.files])
            .filter((f) => f.endsWith('.js')),
        }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : manifestFor(content.toString(), urlProd)),
          },
          ...officeJsFiles.map((file) => ({
            from: file,
            context: officeJsDir,
            to: ({ absoluteFilename }) =>
              `office-js/${path.relative(officeJsDir, absoluteFilename).split(path.sep).join('/')}`,
            globOptions: { ignore: ['**/*.debug.js'] },
            info: { minimized: true }, // already minified: keep Terser off these 9 MB
          })),
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port,
      hot: true,
      allowedHosts: ['localhost', '127.0.0.1'],
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: httpsOptions ? { type: 'https', options: httpsOptions } : 'https',
      static: false,
      client: { overlay: { errors: true, warnings: false } },
      onListening: (devServer) => {
        const url = `https://localhost:${devServer.server.address().port}/taskpane.html`;
        const say = () => console.log(`\n  支部年度计划 standalone page: ${url}\n`);
        say();
        devServer.compiler.hooks.done.tap('standalone-page-url', () => setImmediate(say));
      },
    },
  };
};
