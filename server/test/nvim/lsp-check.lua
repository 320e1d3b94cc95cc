-- Drives partnerlint's language server from a headless Neovim 0.7 (a third-party LSP client):
-- diagnostics on open, a hover on a finding, a code action, and the re-lint after applying its fix.
-- Run: PARTNERLINT_SERVER=… PARTNERLINT_DOC=… PARTNERLINT_OUT=… nvim --headless --clean -n -c 'luafile lsp-check.lua'
-- Writes what it saw as JSON to PARTNERLINT_OUT and exits 0 when every step passed, else with the step's code.

local server = assert(os.getenv('PARTNERLINT_SERVER'), 'PARTNERLINT_SERVER is not set')
local doc = assert(os.getenv('PARTNERLINT_DOC'), 'PARTNERLINT_DOC is not set')
local out = assert(os.getenv('PARTNERLINT_OUT'), 'PARTNERLINT_OUT is not set')
local node = os.getenv('PARTNERLINT_NODE') or 'node'
local WAIT_MS = 15000

local report = { steps = {} }
local server_exit = nil
local published = 0

local function finish(code, failure)
  report.failure = failure
  report.server_exit = server_exit
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(report))
  file:close()
  if code == 0 then
    vim.cmd('qall!')
  else
    vim.cmd('cquit ' .. code)
  end
end

local function check(condition, code, failure)
  if not condition then
    error({ code = code, failure = failure })
  end
end

local function partnerlint_diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'partnerlint' then
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(list, {
        code = lsp.code,
        href = lsp.codeDescription and lsp.codeDescription.href or nil,
        message = d.message,
        severity = d.severity,
        line = d.lnum,
        col = d.col,
        end_col = d.end_col,
      })
    end
  end
  return list
end

local function find_code(list, code)
  for _, d in ipairs(list) do
    if d.code == code then
      return d
    end
  end
  return nil
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(doc))
  local bufnr = vim.api.nvim_get_current_buf()

  local client_id = vim.lsp.start_client({
    name = 'partnerlint',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(doc, ':p:h'),
    init_options = { debounceMs = 50 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
        published = published + 1
      end,
    },
    on_exit = function(code, signal)
      server_exit = { code = code, signal = signal }
    end,
  })
  check(client_id ~= nil, 10, 'vim.lsp.start_client did not start the server')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- 1. Diagnostics arrive for the opened document.
  local arrived = vim.wait(WAIT_MS, function()
    return server_exit ~= nil or #partnerlint_diagnostics(bufnr) > 0
  end, 20)
  check(server_exit == nil, 6, 'the server exited')
  check(arrived, 2, 'no diagnostics arrived')
  local diagnostics = partnerlint_diagnostics(bufnr)
  report.steps.diagnostics = diagnostics
  local buzzword = find_code(diagnostics, 'buzzword')
  check(buzzword ~= nil, 2, 'no buzzword diagnostic')

  -- 2. Hover on the finding.
  local position = { line = buzzword.line, character = buzzword.col + 1 }
  local text_document = { uri = vim.uri_from_bufnr(bufnr) }
  local hover = client.request_sync('textDocument/hover', { textDocument = text_document, position = position }, 5000, bufnr)
  check(hover and hover.result and hover.result.contents, 3, 'no hover on the finding')
  report.steps.hover = hover.result.contents.value or hover.result.contents

  -- 3. Code actions on the finding; apply the preferred quick fix.
  local range = { start = { line = buzzword.line, character = buzzword.col }, ['end'] = { line = buzzword.line, character = buzzword.end_col } }
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = text_document,
    range = range,
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, buzzword.line) },
  }, 5000, bufnr)
  check(actions and actions.result and #actions.result > 0, 4, 'no code actions')
  report.steps.actions = {}
  local preferred = nil
  for _, action in ipairs(actions.result) do
    table.insert(report.steps.actions, { title = action.title, kind = action.kind, preferred = action.isPreferred == true })
    if action.isPreferred and action.edit then
      preferred = preferred or action
    end
  end
  check(preferred ~= nil, 4, 'no preferred quick fix with an edit')
  local before = published
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding or 'utf-16')
  report.steps.fixed_line = vim.api.nvim_buf_get_lines(bufnr, buzzword.line, buzzword.line + 1, false)[1]

  -- 4. The edit reaches the server (didChange) and the finding is gone from the new diagnostics.
  local relinted = vim.wait(WAIT_MS, function()
    return server_exit ~= nil or published > before
  end, 20)
  check(server_exit == nil, 6, 'the server exited after the edit')
  check(relinted, 5, 'no diagnostics after the fix')
  report.steps.after_fix = partnerlint_diagnostics(bufnr)
  for _, d in ipairs(report.steps.after_fix) do
    check(not (d.code == 'buzzword' and d.message == buzzword.message and d.line == buzzword.line), 5, 'the fixed finding is still there')
  end

  client.stop()
  vim.wait(5000, function()
    return server_exit ~= nil
  end, 20)
end

local ok, err = pcall(run)
if ok then
  finish(0, nil)
elseif type(err) == 'table' then
  finish(err.code, err.failure)
else
  finish(1, tostring(err))
end
