/**
 * Demo incomes for the demo city: {@link jp.kikan.chihozei.demo.DemoShotokuGenerator} decides (plain Java,
 * deterministic by seed and 宛名番号) what the city knows of each resident's income for a 年度 — 給与支払報告書,
 * 申告, or nothing — and {@link jp.kikan.chihozei.demo.DemoShotokuLoader} writes it for everyone who has nothing yet,
 * so that the 当初賦課 of the demo city has real work. {@link jp.kikan.chihozei.demo.DemoShotokuStartup} runs it once
 * the resident feed has caught up, when {@code kikan.demo.enabled=true}.
 */
package jp.kikan.chihozei.demo;
