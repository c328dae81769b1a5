/** A message to one user inside the app, e.g. the decision on his join application. */
export interface AppNotification {
  id: string;
  title: string;
  body: string;
  /** A page of the mini-program to open, e.g. `/member/card/index`. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** GET /api/me/notifications */
export interface NotificationList {
  items: AppNotification[];
  unread: number;
}

/** What a subscribe template is for. */
export type SubscribeTopic = 'join-result' | 'claim-progress' | 'transfer-result';

/** GET /api/me/subscriptions/templates — template ids to pass to `wx.requestSubscribeMessage`. */
export type SubscribeTemplates = Record<SubscribeTopic, string | null>;

/** POST /api/me/subscriptions — after `wx.requestSubscribeMessage` accepted the template. */
export interface SubscribeRequest {
  templateId: string;
}
