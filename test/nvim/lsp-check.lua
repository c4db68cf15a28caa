-- A second, independent LSP client: Neovim 0.7 drives `throughline lsp --stdio` on a team
-- plan and checks diagnostics, hover, definition and `throughline/parent`. Prints results; exits with `cquit 1` on failure.
-- Run: nvim --headless --clean -c 'luafile test/nvim/lsp-check.lua'  (env: THROUGHLINE_CLI, WORKSPACE, optional THROUGHLINE_NODE)
local out = function(...) io.stdout:write(table.concat(vim.tbl_map(tostring, { ... }), ' ') .. '\n') end
local fail = function(msg) out('FAIL: ' .. msg); vim.cmd('cquit 1') end

local root = os.getenv('WORKSPACE')
local team = root .. '/teams/onboarding.okr.md'
local company = root .. '/company/2026-Q1.okr.md'

vim.cmd('edit ' .. team)
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'markdown'

local client_id = vim.lsp.start_client({
  name = 'throughline',
  cmd = { os.getenv('THROUGHLINE_NODE') or 'node', os.getenv('THROUGHLINE_CLI'), 'lsp', '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
  init_options = { today = '2026-02-02' },
})
if not client_id then return fail('start_client returned nil') end
vim.lsp.buf_attach_client(bufnr, client_id)
if not vim.wait(10000, function() local c = vim.lsp.get_client_by_id(client_id); return c and c.initialized end, 20) then
  return fail('client not initialized')
end

-- Find a line by its text (0-based).
local function line_of(needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:find(needle, 1, true) then return i - 1, line end
  end
  fail('no line with ' .. needle)
end

local function request(method, line, col)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = col } }
  local res = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
  for _, r in pairs(res or {}) do if r.result then return r.result end end
end

-- 1) Diagnostics: the plan has a broken Parent (edited below) — wait for OKR001 on that line.
local parent_line, parent_text = line_of('Parent:')
vim.api.nvim_buf_set_lines(bufnr, parent_line, parent_line + 1, false, { (parent_text:gsub('#KR1%.1', '#KR9.9')) })
if not vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.code == 'OKR001' and d.lnum == parent_line then return true end end
  return false
end, 20) then return fail('no OKR001 diagnostic on line ' .. (parent_line + 1)) end
out('DIAGNOSTIC OKR001 line ' .. (parent_line + 1))
vim.api.nvim_buf_set_lines(bufnr, parent_line, parent_line + 1, false, { parent_text })
if not vim.wait(10000, function() return #vim.diagnostic.get(bufnr) == 0 end, 20) then return fail('diagnostics did not clear after the fix') end
out('DIAGNOSTICS cleared')

-- 2) Hover on a KR line shows its chain up to the company mission.
local kr_line = line_of('KR1.1:')
local hover = request('textDocument/hover', kr_line, 6)
if not hover then return fail('no hover') end
local text = hover.contents.value or ''
if not text:find('Help first-time business owners', 1, true) then return fail('hover lacks the mission: ' .. text) end
out('HOVER ok')

-- 3) Definition on the Parent value lands on the company KR line.
local def = request('textDocument/definition', parent_line, #'Parent: ../company/2026-Q1.okr.md#KR')
local loc = def and (def[1] or def)
if not loc then return fail('no definition') end
local target = vim.uri_to_fname(loc.targetUri or loc.uri)
local range = loc.targetSelectionRange or loc.range
local company_line = vim.fn.readfile(company)[range.start.line + 1] or ''
if target ~= company or not company_line:find('KR1.1:', 1, true) then return fail('definition went to ' .. target .. ':' .. range.start.line) end
out('DEFINITION ' .. company_line)

-- 4) The custom request walks from the initiative up to its KR (the same request the VS Code client sends).
local initiative_line = line_of('Initiative: Rebuild')
local parent = request('throughline/parent', initiative_line, 6)
if not parent or vim.uri_to_fname(parent.uri) ~= team or parent.range.start.line ~= kr_line then
  return fail('throughline/parent went to ' .. vim.inspect(parent))
end
out('PARENT line ' .. (parent.range.start.line + 1))

vim.lsp.stop_client(client_id)
out('OK')
vim.cmd('qall!')
