/** The add-in manifest, checked offline (Microsoft's validator needs its online service). */
import * as fs from 'fs';
import * as path from 'path';
import { XMLValidator } from 'fast-xml-parser';
import { checkManifest, pngSize } from '../scripts/manifest-check';
import { draw, encodePng, SIZES } from '../scripts/make-icons';

const ROOT = path.resolve(__dirname, '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const { errors, info } = checkManifest(xml);

describe('manifest.xml', () => {
  test('passes every check of scripts/manifest-check.js', () => {
    expect(errors).toEqual([]);
  });

  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test('has a GUID Id and a Version that follows package.json', () => {
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.version.startsWith(`${pkg.version}.`)).toBe(true);
  });

  test('is in Chinese with an English override', () => {
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.displayName.value).toBe('支部年度计划');
    expect(info.displayName.overrides['en-US']).toBeTruthy();
    expect(info.description.overrides['en-US']).toBeTruthy();
  });

  test('is an Excel add-in that needs ExcelApi', () => {
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.excelApiMinVersion).toMatch(/^\d+\.\d+$/);
    expect(info.permissions).toBe('ReadWriteDocument');
  });

  test('the Office adapter checks the same ExcelApi version at run time', () => {
    // The manifest is the one place the version is chosen; the adapter's run-time check must agree.
    const file = path.join(ROOT, 'src', 'workbook', 'office', 'requirements.ts');
    if (!fs.existsSync(file)) return; // the Office adapter is not written yet
    const v = info.excelApiMinVersion!.replace('.', '\\.');
    expect(fs.readFileSync(file, 'utf8')).toMatch(new RegExp(`['"\`]${v}['"\`]`));
  });

  test('opens https://localhost:3000/taskpane.html, from the manifest and from the ribbon button', () => {
    expect(info.sourceLocation).toBe('https://localhost:3000/taskpane.html');
    const button = info.buttons.find((b) => b.action === 'ShowTaskpane');
    expect(button).toBeDefined();
    expect(button!.taskpaneId).toBeTruthy();
    expect(button!.sourceLocation).toBe(info.sourceLocation);
    expect(info.tab).toBe('TabHome');
  });

  test('every icon it names is a PNG in assets/ of the size it is used at', () => {
    const sizes = new Set(info.icons.map((i) => i.size));
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    for (const icon of info.icons) {
      expect(path.dirname(icon.file)).toBe(path.join(ROOT, 'assets'));
      expect([icon.width, icon.height]).toEqual([icon.size, icon.size]);
    }
  });

  test('every URL is https', () => {
    for (const url of info.urls) expect(url).toMatch(/^https:\/\//);
  });
});

describe('the checker finds what is wrong', () => {
  const broken: [string, (x: string) => string, RegExp][] = [
    ['malformed XML', (x) => x.replace('</Hosts>', ''), /not well-formed/],
    [
      'an Id that is no GUID',
      (x) => x.replace(/<Id>[^<]*<\/Id>/, '<Id>my-add-in</Id>'),
      /Id "my-add-in" is not a GUID/,
    ],
    [
      'another default locale',
      (x) => x.replace('<DefaultLocale>zh-CN', '<DefaultLocale>en-US'),
      /DefaultLocale/,
    ],
    [
      'a display name without English',
      (x) => x.replace('<Override Locale="en-US" Value="Branch Annual Plan"/>', ''),
      /DisplayName: no en-US override/,
    ],
    [
      'a string resource without English',
      (x) => x.replace('<bt:Override Locale="en-US" Value="Annual Plan"/>', ''),
      /ShortStrings TaskpaneButton\.Label: no en-US override/,
    ],
    ['no Workbook host', (x) => x.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'), /Workbook/],
    ['no ExcelApi requirement', (x) => x.replace('Name="ExcelApi"', 'Name="WordApi"'), /no ExcelApi set/],
    [
      'an http source location',
      (x) => x.replace('<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://'),
      /SourceLocation: "http:.*" is not https/,
    ],
    [
      'an icon of the wrong size',
      (x) => x.replace('assets/icon-80.png', 'assets/icon-64.png'),
      /is 64×64, expected 80×80/,
    ],
    [
      'an icon that does not exist',
      (x) => x.replace('assets/icon-16.png', 'assets/icon-17.png'),
      /does not resolve/,
    ],
    [
      'a resid typo',
      (x) => x.replace('resid="TaskpaneButton.Tooltip"', 'resid="TaskpaneButton.Tooltp"'),
      /not among/,
    ],
    ['a button icon without 16 px', (x) => x.replace(/<bt:Image size="16"[^>]*>/g, ''), /no 16px image/],
    [
      'a button that opens no task pane',
      (x) => x.replace('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'),
      /no button with a ShowTaskpane action/,
    ],
    [
      'elements out of schema order',
      (x) =>
        x.replace(
          /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*)(<Permissions>[^<]*<\/Permissions>)/,
          '$3$2$1',
        ),
      /out of schema order/,
    ],
  ];

  test.each(broken)('%s', (_name, edit, message) => {
    const edited = edit(xml);
    expect(edited).not.toBe(xml);
    const result = checkManifest(edited);
    expect(result.errors.join('\n')).toMatch(message);
  });
});

describe('assets/ icons', () => {
  test.each(SIZES)('icon-%i.png has that size and is what scripts/make-icons.js draws', (size) => {
    const bytes = fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    expect(bytes.equals(encodePng(size, draw(size)))).toBe(true);
  });
});
