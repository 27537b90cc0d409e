/**
 * How cytoscape should draw a graph of a given size on this machine. Measured on a 2-core machine
 * in headless Chromium: the canvas renderer pans 2,000 nodes at about 45 fps and 5,000 at about 20;
 * WebGL in software (SwiftShader) managed 2 fps. So WebGL only with a real GPU and a graph big
 * enough to gain, and level of detail for big graphs: labels by zoom, and while panning or
 * zooming a snapshot of the drawing moves instead of every node being drawn again each frame
 * (`npm run bench:client`, 2,000 nodes: 35 fps on a quiet machine drawing the nodes without
 * edges every frame, 56 moving the snapshot, edges and labels included).
 */
export interface RenderPlan {
  readonly webgl: boolean;
  /**
   * While the viewport moves, move a snapshot of the drawing instead of drawing it again. NOTE:
   * not together with cytoscape's `hideEdgesOnViewport`, which would take the snapshot without edges.
   */
  readonly textureOnViewport: boolean;
  /** Whether labels only appear for the larger nodes until zoomed in. */
  readonly labelsByZoom: boolean;
}

export interface GpuInfo {
  readonly webgl: boolean;
  /** True for a real graphics card; false for software rasterisers or no WebGL. */
  readonly hardware: boolean;
}

/** Graphs with more nodes than this get level of detail. */
export const detailLimit = 400;
/** With a real GPU, WebGL is only worth it where the canvas renderer falls under ~30 fps. */
export const webglFrom = 3_000;

export function renderPlanFor(nodeCount: number, gpu: GpuInfo): RenderPlan {
  const big = nodeCount > detailLimit;
  return {
    webgl: gpu.webgl && gpu.hardware && nodeCount >= webglFrom,
    textureOnViewport: big,
    labelsByZoom: big,
  };
}

const softwareRenderer = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

/** Whether a WebGL renderer string names a software rasteriser. */
export const isSoftwareRenderer = (renderer: string) => softwareRenderer.test(renderer);

let detected: GpuInfo | null = null;

/** Asks the browser once which WebGL renderer it has; software renderers count as no GPU. */
export function detectGpu(): GpuInfo {
  if (detected) return detected;
  detected = { webgl: false, hardware: false };
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    if (gl) {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      detected = { webgl: true, hardware: !isSoftwareRenderer(renderer) };
      gl.getExtension("WEBGL_lose_context")?.loseContext();
    }
  } catch {
    // No WebGL at all: the canvas renderer it is.
  }
  return detected;
}
