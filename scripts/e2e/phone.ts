import type { Page } from "playwright-core";

/** A phone held upright: the width the explorer must fit without sideways scrolling. */
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** How far the page scrolls sideways (0 when it fits its viewport), and the widest offenders. */
export function sidewaysOverflow(page: Page): Promise<{ overflow: number; offenders: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && element.getClientRects().length > 0)
      .filter((element) => !element.closest(".visually-hidden, .skip-link"))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)}px)`);
    return { overflow: document.documentElement.scrollWidth - width, offenders };
  });
}
