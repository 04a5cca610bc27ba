/*
 * The auditor console: signs in with /api/v1/auth/login and calls the ledger and audit APIs with the bearer token,
 * kept for this browser tab only. Every figure shown comes from those APIs; nothing is computed here but the chart.
 */
(function () {
    'use strict';

    const TOKEN = 'shiftledger.console.token';
    const USER = 'shiftledger.console.user';
    const POLL_MILLIS = 500;
    const ROLES = ['admin', 'auditor'];

    const $ = id => document.getElementById(id);
    let currentWallet = null;

    function rupees(value) {
        const amount = Number(value);
        return (amount < 0 ? '-₹' : '₹') + Math.abs(amount).toLocaleString('en-IN',
            {minimumFractionDigits: 2, maximumFractionDigits: 2});
    }

    /** A datetime-local value (the browser's time) as an ISO-8601 instant, or null when empty. */
    function instant(value) {
        return value ? new Date(value).toISOString() : null;
    }

    function firstError(body, fallback) {
        if (body && body.errors) {
            const messages = Object.values(body.errors).flat();
            if (messages.length > 0) {
                return messages[0];
            }
        }
        return body && body.message ? body.message : fallback;
    }

    async function api(path, options = {}) {
        const headers = Object.assign({Accept: 'application/json'}, options.headers || {});
        const token = sessionStorage.getItem(TOKEN);
        if (token) {
            headers.Authorization = 'Bearer ' + token;
        }
        const response = await fetch(path, Object.assign({}, options, {headers}));
        if (response.status === 401 && token) {
            signOut();
        }
        return response;
    }

    async function json(path, options) {
        const response = await api(path, options);
        let body = null;
        try {
            body = await response.json();
        } catch (notJson) {
            body = null;
        }
        if (!response.ok) {
            throw new Error(firstError(body, 'The request failed (' + response.status + ').'));
        }
        return body;
    }

    function cell(row, text, className) {
        const td = document.createElement('td');
        td.textContent = text === null || text === undefined ? '' : text;
        if (className) {
            td.className = className;
        }
        row.appendChild(td);
        return td;
    }

    // Signing in and out

    function showSession() {
        const signedIn = sessionStorage.getItem(TOKEN) !== null;
        $('sign-in-panel').hidden = signedIn;
        $('console').hidden = !signedIn;
        $('session').hidden = !signedIn;
        $('signed-in-as').textContent = signedIn ? sessionStorage.getItem(USER) : '';
    }

    function signOut() {
        const token = sessionStorage.getItem(TOKEN);
        sessionStorage.removeItem(TOKEN);
        sessionStorage.removeItem(USER);
        if (token) {
            fetch('/api/v1/auth/logout', {method: 'POST', headers: {Authorization: 'Bearer ' + token}});
        }
        showSession();
    }

    async function signIn(event) {
        event.preventDefault();
        $('sign-in-error').textContent = '';
        $('sign-in-button').disabled = true;
        try {
            const body = await json('/api/v1/auth/login', {
                method: 'POST',
                headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({email: $('email').value, password: $('password').value})
            });
            const user = body.data.user;
            if (!ROLES.includes(user.user_type)) {
                fetch('/api/v1/auth/logout', {method: 'POST', headers: {Authorization: 'Bearer ' + body.data.token}});
                throw new Error('The console is for admins and auditors.');
            }
            sessionStorage.setItem(TOKEN, body.data.token);
            sessionStorage.setItem(USER, user.name + ' (' + user.user_type + ')');
            $('password').value = '';
            showSession();
        } catch (error) {
            $('sign-in-error').textContent = error.message;
        } finally {
            $('sign-in-button').disabled = false;
        }
    }

    // Finding a wallet

    async function searchWallets(event) {
        event.preventDefault();
        const list = $('wallet-results');
        list.replaceChildren();
        $('wallet-search-message').textContent = '';
        try {
            const body = await json('/api/v1/admin/audit/wallets?per_page=20&search='
                + encodeURIComponent($('wallet-search').value));
            $('wallet-search-message').textContent = body.pagination.total === 0 ? 'No wallet matches.'
                : body.pagination.total + ' found' + (body.pagination.total > body.data.length
                    ? ', the first ' + body.data.length + ' shown.' : '.');
            body.data.forEach(owner => {
                const item = document.createElement('li');
                const button = document.createElement('button');
                button.type = 'button';
                button.className = 'wallet-result';
                button.dataset.walletId = owner.wallet_id;
                button.textContent = owner.owner_name + ' — wallet ' + owner.wallet_id + ' ';
                const detail = document.createElement('small');
                detail.textContent = owner.owner_type + ', ' + owner.email;
                button.appendChild(detail);
                button.addEventListener('click', () => openWallet(owner));
                item.appendChild(button);
                list.appendChild(item);
            });
        } catch (error) {
            $('wallet-search-message').textContent = error.message;
        }
    }

    function openWallet(owner) {
        currentWallet = owner;
        $('wallet-panel').hidden = false;
        $('wallet-title').textContent = owner.owner_name + ' — wallet ' + owner.wallet_id + ' (' + owner.owner_type
            + ':' + owner.owner_id + ')';
        $('balance-at-result').textContent = '';
        loadStatement();
    }

    // The statement, its chart and its CSV

    function statementQuery(format) {
        const parameters = new URLSearchParams();
        const from = instant($('statement-from').value);
        const to = instant($('statement-to').value);
        if (from) {
            parameters.set('from', from);
        }
        if (to) {
            parameters.set('to', to);
        }
        if (format) {
            parameters.set('format', format);
        }
        return '/api/v1/admin/audit/wallets/' + currentWallet.wallet_id + '/statement?' + parameters;
    }

    async function loadStatement(event) {
        if (event) {
            event.preventDefault();
        }
        $('statement-error').textContent = '';
        const rows = $('statement-table').querySelector('tbody');
        rows.replaceChildren();
        $('statement-summary').replaceChildren();
        try {
            const statement = (await json(statementQuery())).data;
            statement.entries.forEach(entry => {
                const row = document.createElement('tr');
                row.className = 'statement-row';
                cell(row, entry.sequence);
                cell(row, entry.occurred_at.replace('T', ' ').replace('Z', ''));
                cell(row, entry.transaction_id);
                cell(row, entry.category);
                cell(row, entry.counterparty);
                cell(row, entry.type === 'credit' ? rupees(entry.amount) : '', 'amount credit');
                cell(row, entry.type === 'debit' ? rupees(entry.amount) : '', 'amount debit');
                cell(row, rupees(entry.balance_after), 'amount balance');
                cell(row, entry.hash.slice(0, 12) + '…', 'hash').title = entry.hash;
                rows.appendChild(row);
            });
            summarize(statement);
            BalanceChart.draw($('balance-chart'), points(statement));
        } catch (error) {
            $('statement-error').textContent = error.message;
            $('balance-chart').replaceChildren();
        }
    }

    function summarize(statement) {
        const facts = [
            ['Account', statement.account],
            ['Opening balance', rupees(statement.opening_balance)],
            ['Closing balance', rupees(statement.closing_balance)],
            ['Entries', String(statement.entries.length)],
            ['Opening hash', statement.opening_hash],
            ['Closing hash', statement.closing_hash],
            ['Signed by key', statement.key_id + ' (' + statement.signature_algorithm + ')'],
            ['Signature', statement.signature]
        ];
        const list = $('statement-summary');
        facts.forEach(([name, value]) => {
            const term = document.createElement('dt');
            term.textContent = name;
            const detail = document.createElement('dd');
            detail.textContent = value;
            list.append(term, detail);
        });
    }

    function points(statement) {
        const result = [];
        if (statement.entries.length > 0) {
            const start = statement.from ? new Date(statement.from) : new Date(statement.entries[0].occurred_at);
            result.push({at: start, balance: Number(statement.opening_balance)});
        }
        statement.entries.forEach(entry => result.push({
            at: new Date(entry.occurred_at), balance: Number(entry.balance_after)
        }));
        return result;
    }

    async function downloadCsv() {
        $('statement-error').textContent = '';
        try {
            const response = await api(statementQuery('csv'), {headers: {Accept: 'text/csv'}});
            if (!response.ok) {
                throw new Error(firstError(await response.json().catch(() => null), 'The download failed.'));
            }
            const link = document.createElement('a');
            link.href = URL.createObjectURL(await response.blob());
            link.download = 'wallet-' + currentWallet.wallet_id + '-statement.csv';
            document.body.appendChild(link);
            link.click();
            link.remove();
            URL.revokeObjectURL(link.href);
        } catch (error) {
            $('statement-error').textContent = error.message;
        }
    }

    // The balance at a moment

    async function balanceAt(event) {
        event.preventDefault();
        const result = $('balance-at-result');
        result.textContent = '';
        try {
            const at = instant($('balance-at').value);
            const balance = (await json('/api/v1/admin/audit/wallets/' + currentWallet.wallet_id + '/balance?at='
                + encodeURIComponent(at))).data;
            result.textContent = 'At ' + balance.at + ': balance ' + rupees(balance.balance) + ', reserved '
                + rupees(balance.reserved) + ' (' + balance.events_replayed + ' events replayed).';
        } catch (error) {
            result.textContent = error.message;
        }
    }

    // The ledger accounts

    async function loadAccounts() {
        $('accounts-error').textContent = '';
        const rows = $('accounts-table').querySelector('tbody');
        rows.replaceChildren();
        try {
            const ledger = (await json('/api/v1/admin/ledger/accounts')).data;
            ledger.accounts.forEach(account => {
                const row = document.createElement('tr');
                row.className = 'account-row';
                cell(row, account.account);
                cell(row, rupees(account.balance), 'amount');
                rows.appendChild(row);
            });
            $('accounts-sum').textContent = rupees(ledger.sum);
        } catch (error) {
            $('accounts-error').textContent = error.message;
        }
    }

    // The verification of the whole ledger

    async function startVerification() {
        $('verification-error').textContent = '';
        $('verification-start').disabled = true;
        try {
            const verification = (await json('/api/v1/admin/audit/verifications', {method: 'POST'})).data;
            $('verification').hidden = false;
            $('verification-violations').replaceChildren();
            follow(verification);
        } catch (error) {
            $('verification-error').textContent = error.message;
            $('verification-start').disabled = false;
        }
    }

    async function follow(verification) {
        show(verification);
        if (verification.state !== 'running') {
            $('verification-start').disabled = false;
            return;
        }
        setTimeout(async () => {
            try {
                follow((await json('/api/v1/admin/audit/verifications/' + verification.id)).data);
            } catch (error) {
                $('verification-error').textContent = error.message;
                $('verification-start').disabled = false;
            }
        }, POLL_MILLIS);
    }

    function show(verification) {
        const total = verification.events_total;
        const done = verification.state !== 'running';
        const percent = done ? 100 : total ? Math.min(100, Math.floor(verification.events_checked * 100 / total)) : 0;
        $('verification-bar').style.width = percent + '%';
        $('verification-progress').setAttribute('aria-valuenow', String(percent));
        $('verification-id').textContent = '#' + verification.id;
        $('verification-state').textContent = verification.state;
        $('verification-state').className = 'state ' + verification.state;
        $('verification-counts').textContent = verification.events_checked + ' of '
            + (total === null ? '…' : total) + ' events checked, ' + verification.violations_count + ' violations';
        $('verification-failure').textContent = verification.failure || '';
        const list = $('verification-violations');
        list.replaceChildren();
        verification.violations.forEach(violation => {
            const item = document.createElement('li');
            item.textContent = violation.invariant + (violation.account ? ' on ' + violation.account : '')
                + (violation.global_index !== null ? ' at event ' + violation.global_index : '') + ': '
                + violation.detail;
            list.appendChild(item);
        });
    }

    document.addEventListener('DOMContentLoaded', () => {
        $('sign-in').addEventListener('submit', signIn);
        $('sign-out').addEventListener('click', signOut);
        $('wallet-search-form').addEventListener('submit', searchWallets);
        $('statement-form').addEventListener('submit', loadStatement);
        $('statement-download').addEventListener('click', downloadCsv);
        $('balance-at-form').addEventListener('submit', balanceAt);
        $('accounts-load').addEventListener('click', loadAccounts);
        $('verification-start').addEventListener('click', startVerification);
        showSession();
    });
})();
