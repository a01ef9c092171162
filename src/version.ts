// The tool version, injected by the bundler; read from package.json when running from source (tests).
declare const __SSH_DOCTOR_VERSION__: string | undefined;

export const TOOL_VERSION: string =
  typeof __SSH_DOCTOR_VERSION__ === 'string'
    ? __SSH_DOCTOR_VERSION__
    : (process.env.npm_package_version ?? '0.0.0-dev');
