/**
 * The pptxgenjs boundary. pptxgenjs ships ES module code (default export = the class) but CommonJS
 * typings, so under `module: NodeNext` TypeScript types the default import as the whole module
 * (`.default.default` is the class) while at run time `.default` is the class. We take whichever
 * of the two is a function, typed as the class.
 */
import * as lib from 'pptxgenjs';

type PptxConstructor = typeof lib.default.default;

function resolveConstructor(): PptxConstructor {
  const outer = (lib as unknown as { default: unknown }).default;
  const inner = (outer as { default?: unknown } | undefined)?.default;
  const ctor = typeof outer === 'function' ? outer : inner;
  if (typeof ctor !== 'function') throw new Error('emit: cannot load pptxgenjs');
  return ctor as PptxConstructor;
}

export const PptxGenJS: PptxConstructor = resolveConstructor();
export type Pptx = InstanceType<PptxConstructor>;
export type Slide = lib.default.Slide;
export type TextProps = lib.default.TextProps;
export type TextPropsOptions = lib.default.TextPropsOptions;
export type TableCell = lib.default.TableCell;
export type TableRow = lib.default.TableRow;
export type BorderProps = lib.default.BorderProps;
export type ShapeProps = lib.default.ShapeProps;
export type ImageProps = lib.default.ImageProps;
export type ChartName = lib.default.CHART_NAME;
export type ChartOptions = lib.default.IChartOpts;
export type ChartMulti = lib.default.IChartMulti;
export type SlideMasterProps = lib.default.SlideMasterProps;
export type PlaceholderProps = lib.default.PlaceholderProps;
export type PlaceholderType = lib.default.PLACEHOLDER_TYPE;
