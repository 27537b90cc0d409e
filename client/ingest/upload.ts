import { ErrorBody, UploadSources } from "@shared/api";
import type { Response as ContractResponse } from "@shared/api";
import { ApiError, codeForStatus } from "../api/ApiError";

export type UploadAnswer = ContractResponse<typeof UploadSources>;

/**
 * Sends files as multipart to the upload endpoint. XMLHttpRequest rather than fetch because only
 * it reports upload progress; `onProgress` gets 0..1 while bytes go out, then the server extracts.
 */
export function uploadSources(files: readonly File[], onProgress: (share: number) => void, signal?: AbortSignal): Promise<UploadAnswer> {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", UploadSources.path);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError("unreachable", "The server did not answer."));
    xhr.onabort = () => reject(new DOMException("The upload was cancelled.", "AbortError"));
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: judged by the status below.
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        const body = ErrorBody.safeParse(json);
        // 422: no file gave an insight; the details are the usual answer, with each file's reason.
        const outcomes = xhr.status === 422 && body.success ? UploadSources.response.safeParse(body.data.error.details) : undefined;
        if (outcomes?.success) {
          resolve(outcomes.data);
          return;
        }
        reject(
          body.success
            ? new ApiError(body.data.error.code, body.data.error.message, xhr.status, body.data.error.details)
            : new ApiError(codeForStatus(xhr.status), `The server answered ${xhr.status}.`, xhr.status),
        );
        return;
      }
      const parsed = UploadSources.response.safeParse(json);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiError("invalid_response", "The upload answer did not match its contract.", xhr.status, parsed.error.issues));
    };
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
