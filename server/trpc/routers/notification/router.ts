import { router } from "../../init.js";
import { list, markAllRead, markRead, open, unreadCount } from "./inbox.js";
import { preferences, setPreferences } from "./preferences.js";

export const notificationRouter = router({ list, unreadCount, markRead, markAllRead, open, preferences, setPreferences });
