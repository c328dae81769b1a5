import { WechatClient } from './wechat-client';
import { WechatFakeClient } from './wechat-fake.client';
import { WechatHttpClient } from './wechat-http.client';

export interface WechatClientConfig {
  mode: 'real' | 'fake';
  appId?: string;
  appSecret?: string;
  baseUrl?: string;
}

export function createWechatClient(config: WechatClientConfig): WechatClient {
  if (config.mode === 'fake') return new WechatFakeClient();
  if (!config.appId || !config.appSecret) {
    throw new Error('WeChat mode "real" needs an app id and an app secret (WECHAT_APP_ID, WECHAT_APP_SECRET)');
  }
  return new WechatHttpClient({ appId: config.appId, appSecret: config.appSecret, baseUrl: config.baseUrl });
}
