import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: [
    "@consortia/api",
    "@consortia/auth",
    "@consortia/db",
    "@consortia/reports",
    "@consortia/storage",
  ],
  // Native and WASM packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pg",
    "pino",
    "nodemailer",
    "kysely-pglite-dialect",
    "officeparser",
    "pdfjs-dist",
    "archiver",
    "@aws-sdk/client-s3",
    "@aws-sdk/lib-storage",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // PDFs and images are previewed in a frame of our own document page.
      {
        source: "/api/projects/:projectId/documents/:documentId/file",
        headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }],
      },
    ];
  },
};

export default config;
