// markdown-it comes with @vscode/vsce (no types of its own here); the preview plugin's tests need only this much.
declare module 'markdown-it' {
  export default class MarkdownIt {
    constructor(options?: Record<string, unknown>);
    render(source: string, env?: object): string;
  }
}
