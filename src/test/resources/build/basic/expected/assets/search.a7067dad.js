/* Paperboy search: the search box lists matching papers as the reader types, from the index the build wrote
   (search/index.js and the shards it names, loaded by script tags on first use, which also works for pages opened
   from disk). Without this script the box leads to the search page. Words are split and folded as src/main/java/dev/paperboy/render/
   SearchWords.java does: change both together. */
(function () {
  'use strict';
  // Per query word, the best field it is found in counts: a title match outranks any number of abstract matches.
  var WEIGHTS = [10000, 1000, 100, 10, 1];
  var FOUND_IN = [null, null, null, 'the abstract', 'the curator\u2019s notes'];
  var SHOWN = 8;
  var TEXT_PREFIX = 3;
  var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var form = document.querySelector('form.site-search');
  if (!form || !window.URL || !''.normalize) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var pageResults = document.getElementById('search-results');
  var digit = new Int8Array(128);
  for (var d = 0; d < DIGITS.length; d++) {
    digit[DIGITS.charCodeAt(d)] = d;
  }
  var index = null;
  var indexUrl = null;
  var shards = [];
  var waiting = 0;
  var stop = null;
  var failed = false;
  var options = [];
  var active = -1;
  var words = [];
  var scores = {};
  var wordScores = [];

  var list = element('ul', 'site-search-results');
  list.id = 'site-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Matching papers');
  list.hidden = true;
  var status = element('div', 'visually-hidden');
  status.setAttribute('role', 'status');
  var note = element('p', 'site-search-note');
  note.hidden = true;
  form.appendChild(list);
  form.appendChild(note);
  form.appendChild(status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  window.paperboySearch = {index: receiveIndex, load: receiveShard};

  function element(name, className) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    return node;
  }

  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  /** The query's words, each a prefix to look up; common words are dropped unless there are only those. */
  function queryWords(query) {
    var all = (fold(query).match(/[\p{L}\p{Nd}]+/gu) || []).filter(function (word, i, found) {
      return word.length > 1 && found.indexOf(word) === i;
    });
    var kept = all.filter(function (word) { return !stop.has(word); });
    return kept.length ? kept : all;
  }

  function addScript(src) {
    var script = document.createElement('script');
    script.src = src;
    script.onerror = function () {
      failed = true;
      form.removeAttribute('aria-busy');
      say('The search index could not be loaded.');
    };
    document.head.appendChild(script);
    return script.src;
  }

  function requestIndex() {
    if (!indexUrl && !failed) {
      form.setAttribute('aria-busy', 'true');
      indexUrl = addScript(form.getAttribute('data-index'));
    }
  }

  /** From search/index.js: the shards, relative to it, and the words left out of the index. */
  function receiveIndex(paths, stopWords) {
    stop = new Set(stopWords.split(' '));
    waiting = paths.length;
    paths.forEach(function (path) {
      addScript(new URL(path, indexUrl).href);
    });
    if (!waiting) {
      ready();
    }
  }

  /** From a shard: its papers, and for each field its words and the papers holding them. */
  function receiveShard(paperPath, data) {
    var base = document.currentScript.src;
    shards[data.shard] = {
      first: data.first,
      papers: data.papers,
      link: function (slug) { return new URL(paperPath.replace('{slug}', slug), base).href; },
      fields: data.fields.map(function (field) {
        return {words: field[0] ? field[0].split(' ') : [], ids: field[1] ? field[1].split(' ') : [], cache: []};
      })
    };
    if (--waiting === 0) {
      ready();
    }
  }

  function ready() {
    var last = shards[shards.length - 1];
    index = {shards: shards, count: last ? last.first + last.papers.length : 0};
    form.removeAttribute('aria-busy');
    if (pageResults) {
      showPage();
    }
    if (input.value && document.activeElement === input) {
      update();
    }
  }

  /** The paper with this id (its position in the whole index) and the link to its page. */
  function paper(id) {
    var shard = shards[0];
    for (var i = 1; i < shards.length && shards[i].first <= id; i++) {
      shard = shards[i];
    }
    var found = shard.papers[id - shard.first];
    return {slug: found[0], title: found[1], authors: found[2], themes: found[3], date: found[4],
      href: shard.link(found[0])};
  }

  /** The ids of the papers holding the field's {@code t}th word, decoded once. */
  function ids(field, t) {
    var known = field.cache[t];
    if (known) {
      return known;
    }
    var text = field.ids[t];
    var out = [];
    var id = -1;
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var v = digit[text.charCodeAt(i)];
      if (v >= 32) {
        value = value * 32 + v - 32;
      } else {
        id += value * 32 + v + 1;
        out.push(id);
        value = 0;
      }
    }
    field.cache[t] = out;
    return out;
  }

  /** The first word of the sorted list not before {@code prefix}. */
  function lowerBound(sorted, prefix) {
    var low = 0;
    var high = sorted.length;
    while (low < high) {
      var mid = (low + high) >>> 1;
      if (sorted[mid] < prefix) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * Per paper, the weight of the best field holding a word that starts with {@code word}. In the abstract and notes
   * a word shorter than TEXT_PREFIX matches whole words only: as a prefix it would match most of them.
   */
  function scoresOf(word) {
    var score = new Uint16Array(index.count);
    index.shards.forEach(function (shard) {
      shard.fields.forEach(function (field, f) {
        var prefix = WEIGHTS[f] >= WEIGHTS[2] || word.length >= TEXT_PREFIX;
        for (var t = lowerBound(field.words, word); t < field.words.length; t++) {
          var candidate = field.words[t];
          if (candidate !== word && !(prefix && candidate.lastIndexOf(word, 0) === 0)) {
            break;
          }
          var found = ids(field, t);
          for (var i = 0; i < found.length; i++) {
            var id = shard.first + found[i];
            if (score[id] < WEIGHTS[f]) {
              score[id] = WEIGHTS[f];
            }
          }
        }
      });
    });
    return score;
  }

  /** The ids of the papers holding every word of the query, best first. */
  function search(query) {
    words = queryWords(query);
    // The scores of the words of the last query are kept: typing on looks up the last word only.
    var kept = {};
    wordScores = words.map(function (word) {
      kept[word] = scores[word] || scoresOf(word);
      return kept[word];
    });
    scores = kept;
    var total = new Float64Array(index.count);
    var matches = [];
    for (var id = 0; words.length && id < total.length; id++) {
      var sum = 0;
      for (var w = 0; w < wordScores.length && sum >= 0; w++) {
        sum = wordScores[w][id] ? sum + wordScores[w][id] : -1;
      }
      if (sum > 0) {
        total[id] = sum;
        matches.push(id);
      }
    }
    // Ties: newest first, which is the index's order backwards.
    return matches.sort(function (a, b) { return total[b] - total[a] || b - a; });
  }

  /** Text with the words that start with a query word marked. */
  function marked(text) {
    var out = document.createDocumentFragment();
    var last = 0;
    text.replace(/[\p{L}\p{M}\p{Nd}]+/gu, function (token, at) {
      var folded = fold(token);
      if (words.some(function (word) { return folded.lastIndexOf(word, 0) === 0; })) {
        out.appendChild(document.createTextNode(text.slice(last, at)));
        out.appendChild(element('mark')).textContent = token;
        last = at + token.length;
      }
      return token;
    });
    out.appendChild(document.createTextNode(text.slice(last)));
    return out;
  }

  /** A result's title, authors, themes and date, and where else its words were found. */
  function describe(id, into) {
    var found = paper(id);
    into.appendChild(element('span', 'search-title')).appendChild(marked(found.title));
    var meta = into.appendChild(element('span', 'search-meta'));
    [found.authors, found.themes, found.date].filter(Boolean).forEach(function (part, i) {
      if (i > 0) {
        meta.appendChild(document.createTextNode(' \u00b7 '));
      }
      meta.appendChild(marked(part));
    });
    var best = wordScores.map(function (score) { return WEIGHTS.indexOf(score[id]); });
    var places = FOUND_IN.filter(function (place, f) { return place && best.indexOf(f) >= 0; });
    if (places.length) {
      into.appendChild(element('span', 'search-found')).textContent = 'Found in ' + places.join(' and ');
    }
  }

  function say(text) {
    status.textContent = text;
    note.textContent = text;
    note.hidden = !text || options.length > 0;
  }

  function update() {
    if (!index) {
      requestIndex();
      if (input.value.trim()) {
        say(failed ? 'The search index could not be loaded.' : 'Loading the search index\u2026');
      }
      return;
    }
    var matches = input.value.trim() ? search(input.value) : [];
    list.textContent = '';
    options = matches.slice(0, SHOWN).map(function (id, i) {
      var option = list.appendChild(element('li', 'search-option'));
      option.id = 'site-search-option-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-href', paper(id).href);
      describe(id, option);
      return option;
    });
    select(-1);
    open(options.length > 0);
    if (!input.value.trim()) {
      say('');
    } else if (!words.length) {
      say('Type at least two letters.');
    } else if (!matches.length) {
      say('No paper matches.');
    } else {
      say(matches.length + (matches.length === 1 ? ' paper matches' : ' papers match')
          + (matches.length > SHOWN ? '; Enter without a choice lists them all.' : '.'));
    }
  }

  function open(shown) {
    list.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
  }

  function select(i) {
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = i;
    if (i >= 0) {
      options[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({block: 'nearest'});
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(option) {
    window.location.href = option.getAttribute('data-href');
  }

  input.addEventListener('focus', requestIndex);
  input.addEventListener('input', update);
  input.addEventListener('keydown', function (event) {
    var count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count) {
        open(true);
        select(event.key === 'ArrowDown' ? (active + 1) % count : (active <= 0 ? count : active) - 1);
      }
    } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      go(options[active]);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        select(-1);
        open(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        update();
      }
    }
  });
  // Closed when the focus moves elsewhere in the page, not when the window loses it (the input stays active).
  input.addEventListener('blur', function () {
    setTimeout(function () {
      if (document.activeElement !== input) {
        select(-1);
        open(false);
      }
    }, 0);
  });
  // mousedown would move the focus away and close the list before the click lands.
  list.addEventListener('mousedown', function (event) {
    event.preventDefault();
  });
  list.addEventListener('click', function (event) {
    var option = event.target.closest('[role="option"]');
    if (option) {
      go(option);
    }
  });

  /** The search page: every match of the query it was opened with, as links. */
  function showPage() {
    var query = new URLSearchParams(window.location.search).get('q') || '';
    input.value = query;
    var matches = query.trim() ? search(query) : [];
    var heading = document.getElementById('search-heading');
    heading.textContent = !query.trim() ? 'Type a word of a title, an author, a theme or an abstract.'
        : matches.length ? matches.length + (matches.length === 1 ? ' paper matches' : ' papers match') + ' \u201c'
        + query + '\u201d' : 'No paper matches \u201c' + query + '\u201d';
    pageResults.textContent = '';
    matches.forEach(function (id) {
      var item = pageResults.appendChild(element('li', 'search-result'));
      var link = item.appendChild(element('a'));
      link.href = paper(id).href;
      describe(id, link);
    });
  }

  if (pageResults) {
    requestIndex();
  }
})();
