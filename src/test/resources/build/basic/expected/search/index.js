paperboySearch.index(["../search/papers-0.js"], "a an and are as at be by for from has have in into is it its of on or our that the their this to was we were which with");
