import { createHash } from "node:crypto";
import fs from "node:fs";
import { minimalPdf } from "@consortia/api/testing/pdf";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProjectId, launchBrowser, newPage, signIn } from "./support";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** Search results for `q` as `page` sees them: the result titles. */
async function searchTitles(page: Page, projectId: string, q: string): Promise<string[]> {
  await page.goto(`/projects/${projectId}/documents/search?q=${encodeURIComponent(q)}`);
  const results = page.getByRole("region", { name: "Results" });
  await results.getByRole("status").filter({ hasText: /match/ }).waitFor();
  return (await results.getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.trim());
}

describe("documents library", () => {
  it("uploads two files with progress, finds one by a word inside, respects visibility, serves the same bytes", async () => {
    // A word that exists only inside the PDF's text, never in its title or file name.
    const word = `quokkaplatz${process.pid}`;
    const pdf = minimalPdf(`The peer review found that ${word} works across regions`);
    const pdfName = `findings-${process.pid}.pdf`;
    const notes = Buffer.from("Study visit to Lund: notes on cluster support.\n".repeat(60_000));
    const notesName = `travel-notes-${process.pid}.txt`;

    // A Swedish partner editor uploads both files, visible to their own partner only.
    const editor = await newPage(browser);
    await signIn(editor.page, "anna.berg@consortia.demo");
    const projectId = await demoProjectId(editor.page);
    await editor.page.goto(`/projects/${projectId}/documents`);
    await editor.page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();

    // Slow the upload down (about 1 MB/s) so the progress bars have something to show.
    const cdp = await editor.context.newCDPSession(editor.page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 1_000_000,
    });

    await editor.page.getByLabel("Choose files to upload").setInputFiles([
      { name: pdfName, mimeType: "application/pdf", buffer: pdf },
      { name: notesName, mimeType: "text/plain", buffer: notes },
    ]);
    await editor.page.getByLabel("Category").selectOption({ label: "Peer-review report" });
    await editor.page.getByRole("radio", { name: "Own partner only" }).check();
    await editor.page.getByRole("button", { name: "Start upload" }).click();

    // Each file has its own progress bar; the big one is seen part-way.
    const bar = editor.page.getByRole("progressbar", { name: `Uploading ${notesName}` });
    await bar.waitFor();
    const seen = new Set<number>();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const state = await bar
        .evaluate((el: HTMLProgressElement) => ({ value: el.value, max: el.max }))
        .catch(() => null);
      if (!state) break;
      seen.add(state.max > 0 ? state.value / state.max : 0);
      if (state.max > 0 && state.value >= state.max) break;
      await editor.page.waitForTimeout(100);
    }
    expect(
      [...seen].some((f) => f > 0 && f < 1),
      `progress seen: ${[...seen].join(", ")}`,
    ).toBe(true);
    await expect
      .poll(() => editor.page.getByText("Uploaded", { exact: true }).count(), { timeout: 60_000 })
      .toBe(2);
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const pdfTitle = pdfName.replace(/\.pdf$/, "");

    // The uploader finds the PDF by a word inside it; the text file does not match.
    expect(await searchTitles(editor.page, projectId, word)).toEqual([pdfTitle]);

    // A Dutch partner editor sees nothing of Region Stockholm's private files.
    const other = await newPage(browser);
    await signIn(other.page, "sanne.devries@consortia.demo");
    expect(await searchTitles(other.page, projectId, word)).toEqual([]);
    await other.page.goto(`/projects/${projectId}/documents?sort=updated`);
    await other.page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
    expect(await other.page.getByText(pdfTitle).count()).toBe(0);

    // The uploader shares the PDF with the whole partnership from its page.
    await editor.page.getByRole("link", { name: pdfTitle }).click();
    await editor.page.getByRole("heading", { level: 1, name: pdfTitle }).waitFor();
    const documentUrl = editor.page.url();
    await editor.page.getByRole("button", { name: "Edit details" }).click();
    await editor.page.getByLabel("Visible to").selectOption({ label: "Whole partnership" });
    await editor.page.getByRole("button", { name: "Save details" }).click();
    await editor.page.getByText("Whole partnership").first().waitFor();
    await editor.context.close();

    // Now the other partner finds it, opens it and downloads exactly the uploaded bytes.
    expect(await searchTitles(other.page, projectId, word)).toEqual([pdfTitle]);
    await other.page.goto(documentUrl);
    await other.page.getByRole("heading", { level: 1, name: pdfTitle }).waitFor();
    await other.page.getByText(sha256(pdf)).first().waitFor();
    const [download] = await Promise.all([
      other.page.waitForEvent("download"),
      other.page.getByRole("link", { name: "Download", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(pdfName);
    const downloaded = fs.readFileSync((await download.path()) as string);
    expect(sha256(downloaded)).toBe(sha256(pdf));
    await other.context.close();
  });
});
