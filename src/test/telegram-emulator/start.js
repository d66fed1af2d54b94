// Starts telegram-test-api 4.2.1 for the Java end-to-end tests, bridging its quirks:
// - bot messages come back with `date` in milliseconds: turned into seconds;
// - getMe lacks `is_bot`; setMyCommands, answerInlineQuery, sendChatAction and answerCallbackQuery
//   are answered here and recorded, so tests can read them back from POST /calls {token};
// - getUpdates ignores the long-poll timeout: here it waits up to one second for an update;
// - there are no inline queries: POST /sendInlineQuery {botToken, inlineQuery} adds one;
// - webhook calls carry no secret: here they carry the secret_token given to setWebhook.
// Usage: node start.js PORT   (prints "listening PORT" when ready)
'use strict';
const http = require('http');
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2]);
const LONG_POLL_MS = 1000;
// The Bot API is case-insensitive in method names (TelegramBots sends `getme`); calls are recorded by these names.
const RECORDED = new Map(['setMyCommands', 'answerInlineQuery', 'sendChatAction', 'answerCallbackQuery',
  'setWebhook', 'deleteWebhook'].map((name) => [name.toLowerCase(), name]));
const calls = [];

const originalAddBotMessage = TelegramServer.prototype.addBotMessage;
TelegramServer.prototype.addBotMessage = function addBotMessage(raw, token) {
  const message = originalAddBotMessage.call(this, raw, token);
  return { ...message, date: Math.floor(message.date / 1000) };
};

const originalFormatUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = (update) => ('inlineQuery' in update
  ? { update_id: update.updateId, inline_query: update.inlineQuery }
  : originalFormatUpdate(update));

const originalAddUserUpdate = TelegramServer.prototype.addUserUpdate;
TelegramServer.prototype.addUserUpdate = async function addUserUpdate(update) {
  const webhook = this.webhooks[update.botToken];
  if (!webhook) {
    return originalAddUserUpdate.call(this, update);
  }
  this.updateId++;
  const headers = { 'content-type': 'application/json' };
  if (webhook.secret_token) {
    headers['X-Telegram-Bot-Api-Secret-Token'] = webhook.secret_token;
  }
  const body = JSON.stringify(TelegramServer.formatUpdate({ ...update, updateId: this.updateId - 1 }));
  const status = await fetch(webhook.url, { method: 'POST', headers, body })
    .then((res) => res.status, () => 599);
  calls.push({ token: update.botToken, method: 'webhookDelivery', body: { status } });
  return undefined;
};

const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });

// TelegramBots posts most methods as JSON but setWebhook as multipart/form-data.
function parseBody(contentType, data) {
  if ((contentType || '').startsWith('multipart/form-data')) {
    const fields = {};
    const field = /name="([^"]+)"\r\n(?:[^\r\n]+\r\n)*\r\n([^\r]*)\r\n/g;
    for (let match = field.exec(data); match; match = field.exec(data)) fields[match[1]] = match[2];
    return fields;
  }
  try { return data ? JSON.parse(data) : {}; } catch (e) { return { unparsable: data }; }
}

function readBody(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => { data += chunk; });
    req.on('end', () => resolve(parseBody(req.headers['content-type'], data)));
  });
}

function reply(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function hasUnread(token) {
  return server.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
}

async function waitForUpdates(token) {
  const deadline = Date.now() + LONG_POLL_MS;
  while (!hasUnread(token) && Date.now() < deadline) {
    await new Promise((resolve) => { setTimeout(resolve, 20); });
  }
}

async function route(req, res) {
  const bot = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url);
  const method = bot ? bot[2].toLowerCase() : '';
  if (method === 'getme') {
    return reply(res, 200, { ok: true, result: { id: 666, is_bot: true, first_name: 'Test', username: 'TestNameBot' } });
  }
  if (method === 'getupdates') {
    await waitForUpdates(decodeURIComponent(bot[1]));
  }
  if (RECORDED.has(method)) {
    const body = await readBody(req);
    calls.push({ token: decodeURIComponent(bot[1]), method: RECORDED.get(method), body });
    if (method === 'setwebhook') server.setWebhook(body, decodeURIComponent(bot[1]));
    if (method === 'deletewebhook') server.deleteWebhook(decodeURIComponent(bot[1]));
    return reply(res, 200, { ok: true, result: true });
  }
  if (req.url === '/calls') {
    const { token } = await readBody(req);
    return reply(res, 200, { ok: true, result: calls.filter((c) => c.token === token) });
  }
  if (req.url === '/sendInlineQuery') {
    const { botToken, inlineQuery } = await readBody(req);
    await server.addUserUpdate({ ...server.getCommonFields(botToken), inlineQuery });
    return reply(res, 200, { ok: true, result: null });
  }
  return server.webServer(req, res);
}

http.createServer((req, res) => {
  route(req, res).catch((e) => reply(res, 500, { ok: false, description: String(e) }));
}).listen(port, '127.0.0.1', () => {
  server.started = true;
  process.stdout.write(`listening ${port}\n`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
