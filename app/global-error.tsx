"use client";

// Last resort when the root layout itself fails: plain HTML, no shared components.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "4rem auto", maxWidth: "40rem", padding: "0 1rem" }}>
        <h1>Sorry, Stride didn’t load</h1>
        <p>This is a problem on our side. Please try again in a moment, or phone the clinic.</p>
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1.25rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
