// Sends a wall photo as the request's raw bytes (docs/api.md "Uploading a wall photo") through
// XMLHttpRequest, the one browser API that reports upload progress.
export type UploadedWall = { id: string; status: string; width: number; height: number };

export function uploadWallPhoto(file: Blob, onProgress: (fraction: number) => void): Promise<UploadedWall> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/trpc/mockups.uploadWallPhoto");
    request.setRequestHeader("content-type", "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new Error("The upload did not get through. Please check your connection and try again."));
    request.onload = () => {
      const body = parsed(request.responseText);
      if (request.status === 413) return reject(new Error("That photo is over 10 MB. Please choose a smaller one."));
      if (request.status >= 200 && request.status < 300 && body?.result) return resolve(body.result.data);
      reject(new Error(request.status < 500 && body?.error?.message ? body.error.message : "Something went wrong with the upload. Please try again."));
    };
    request.send(file);
  });
}

type Answer = { result?: { data: UploadedWall }; error?: { message?: string } };

function parsed(text: string): Answer | null {
  try {
    return JSON.parse(text) as Answer;
  } catch {
    // The edge answers some refusals (a 413) in plain text: the status says enough.
    return null;
  }
}
