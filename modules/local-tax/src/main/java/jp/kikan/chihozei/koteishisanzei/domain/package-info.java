/** What is taxed (土地・家屋・償却資産 of one taxpayer) and the assessment: plain records, JSON-serialisable as they are. */
package jp.kikan.chihozei.koteishisanzei.domain;
