export { DASHBOARD_COOKIE, DASHBOARD_COOKIE_TTL_MS } from './dashboard-cookie.js';
export { QUEUE_DASHBOARD_PATH, queueDashboard } from './queue-dashboard.js';
