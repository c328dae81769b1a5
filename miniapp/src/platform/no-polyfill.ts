// H5: stands in for fetch and AbortController polyfills Taro imports; every browser we build for has both.
export {}
