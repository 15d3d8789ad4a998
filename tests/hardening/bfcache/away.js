// Goes back to the widget page, which the browser may restore from its back/forward cache.
new BroadcastChannel(new URLSearchParams(location.search).get('channel')).postMessage({ phase: 'away', length: history.length });
setTimeout(() => history.back(), 100);
