import express from "express";
import multer from "multer";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { errorHandler } from "./errorHandler";

/** A real multer upload with tight limits, in front of the app's own error handler. */
function uploadApp() {
  const app = express();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 64, files: 2 } });
  app.post("/upload", upload.array("files"), (req, res) => {
    res.status(201).json({ files: (req.files as Express.Multer.File[]).length });
  });
  app.use(errorHandler(() => undefined));
  return app;
}

describe("upload errors answer in the error shape", () => {
  it("accepts a file within the limits", async () => {
    await request(uploadApp()).post("/upload").attach("files", Buffer.from("WEBVTT\n"), "a.vtt").expect(201, { files: 1 });
  });

  it("answers 413 for a file over the size limit", async () => {
    const res = await request(uploadApp()).post("/upload").attach("files", Buffer.alloc(65, 97), "big.txt").expect(413);
    expect(res.body.error.code).toBe("payload_too_large");
    expect(res.body.error.message).toContain("files");
  });

  it("answers 413 for too many files", async () => {
    const res = await request(uploadApp())
      .post("/upload")
      .attach("files", Buffer.from("a"), "1.txt")
      .attach("files", Buffer.from("b"), "2.txt")
      .attach("files", Buffer.from("c"), "3.txt")
      .expect(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("answers 400 for a file under an unexpected field", async () => {
    const res = await request(uploadApp()).post("/upload").attach("other", Buffer.from("a"), "1.txt").expect(400);
    expect(res.body.error).toMatchObject({ code: "bad_request" });
  });

  it.each([
    ["a truncated multipart body", "multipart/form-data; boundary=xyz", '--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nhalf a fi'],
    ["a multipart type without a boundary", "multipart/form-data", "--xyz\r\n"],
    ["a malformed part header", "multipart/form-data; boundary=xyz", "--xyz\r\nnot a header at all\r\n\r\nbody\r\n--xyz--\r\n"],
  ])("answers 400 for %s, not 500", async (_name, type, body) => {
    const res = await request(uploadApp()).post("/upload").set("content-type", type).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_request");
  });
});
