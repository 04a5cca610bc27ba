/*
 * A wallet's balance over time as an SVG step chart: the balance holds from one movement until the next. Drawn by
 * hand so the console loads nothing from elsewhere. BalanceChart.draw(element, points), points being
 * [{at: Date, balance: Number (rupees)}] in time order.
 */
(function (global) {
    'use strict';

    const SVG = 'http://www.w3.org/2000/svg';
    const WIDTH = 800;
    const HEIGHT = 260;
    const MARGIN = {top: 16, right: 24, bottom: 36, left: 84};
    const TICKS = 4;

    function element(name, attributes, text) {
        const node = document.createElementNS(SVG, name);
        Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function rupees(value) {
        return (value < 0 ? '-₹' : '₹') + Math.abs(value).toLocaleString('en-IN',
            {minimumFractionDigits: 2, maximumFractionDigits: 2});
    }

    function day(date) {
        return date.toISOString().slice(0, 10);
    }

    function moment(date) {
        return date.toISOString().replace('T', ' ').slice(0, 19);
    }

    function draw(container, points) {
        container.replaceChildren();
        if (points.length === 0) {
            const empty = document.createElement('p');
            empty.className = 'hint';
            empty.textContent = 'No movements in this period.';
            container.appendChild(empty);
            return;
        }
        const first = points[0].at.getTime();
        const last = points[points.length - 1].at.getTime();
        const span = Math.max(last - first, 1);
        const balances = points.map(point => point.balance);
        const low = Math.min(0, ...balances);
        const high = Math.max(...balances, low + 1);
        const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
        const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
        const x = time => MARGIN.left + (points.length === 1 ? innerWidth / 2 : (time - first) / span * innerWidth);
        const y = balance => MARGIN.top + (high - balance) / (high - low) * innerHeight;

        const svg = element('svg', {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', id: 'balance-svg'});
        svg.appendChild(element('title', {}, 'Balance over time'));
        for (let i = 0; i <= TICKS; i++) {
            const value = low + (high - low) * i / TICKS;
            svg.appendChild(element('line', {class: 'axis', x1: MARGIN.left, x2: WIDTH - MARGIN.right,
                y1: y(value), y2: y(value)}));
            svg.appendChild(element('text', {x: MARGIN.left - 8, y: y(value) + 4, 'text-anchor': 'end'},
                rupees(value)));
        }
        svg.appendChild(element('text', {x: MARGIN.left, y: HEIGHT - 10}, day(points[0].at)));
        svg.appendChild(element('text', {x: WIDTH - MARGIN.right, y: HEIGHT - 10, 'text-anchor': 'end'},
            day(points[points.length - 1].at)));

        let path = `M ${x(points[0].at.getTime())} ${y(points[0].balance)}`;
        for (let i = 1; i < points.length; i++) {
            path += ` H ${x(points[i].at.getTime())} V ${y(points[i].balance)}`;
        }
        const bottom = y(low);
        const area = `${path} V ${bottom} H ${x(points[0].at.getTime())} Z`;
        svg.appendChild(element('path', {class: 'area', d: area}));
        svg.appendChild(element('path', {class: 'line', d: path, id: 'balance-line'}));
        points.forEach(point => {
            const dot = element('circle', {cx: x(point.at.getTime()), cy: y(point.balance), r: 3.5,
                class: 'balance-point'});
            dot.appendChild(element('title', {}, `${moment(point.at)} UTC: ${rupees(point.balance)}`));
            svg.appendChild(dot);
        });
        container.appendChild(svg);
    }

    global.BalanceChart = {draw};
})(window);
