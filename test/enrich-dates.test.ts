import { describe, expect, it } from "vitest";
import { extractDates } from "../src/enrich/dates.js";

const EDITION = "2022-08-16";

function date(text: string, written: string, edition: string | null = EDITION) {
  const found = extractDates(text, edition ?? undefined).find((d) => d.text === written);
  expect(found, `${written} in ${text}`).toBeDefined();
  return found!;
}

describe("dates resolved against the edition date", () => {
  it("a day of the edition's year, with the time of day", () => {
    expect(date("8月14日深夜，广场上仍有市民。", "8月14日深夜")).toMatchObject({ from: "2022-08-14", to: "2022-08-14", timeOfDay: "深夜", resolved: true });
  });

  it("a full date needs no edition", () => {
    expect(date("1998年3月5日开幕。", "1998年3月5日", null)).toMatchObject({ from: "1998-03-05", to: "1998-03-05" });
  });

  it("以来 runs from the start of the period to the edition date", () => {
    expect(date("2019年以来，共召开会议3次。", "2019年以来")).toMatchObject({ from: "2019-01-01", to: EDITION });
    expect(date("年初以来，开展调研4次。", "年初以来")).toMatchObject({ from: "2022-01-01", to: EDITION });
  });

  it("parts of the year", () => {
    expect(date("今年上半年，夜市相继开市。", "今年上半年")).toMatchObject({ from: "2022-01-01", to: "2022-06-30" });
    expect(date("去年下半年产量回升。", "去年下半年")).toMatchObject({ from: "2021-07-01", to: "2021-12-31" });
    expect(date("2020年第一季度", "2020年第一季度")).toMatchObject({ from: "2020-01-01", to: "2020-03-31" });
  });

  it("近日 is the fortnight before the edition", () => {
    expect(date("近日，名单公示。", "近日")).toMatchObject({ from: "2022-08-02", to: EDITION, resolved: true });
  });

  it("昨天 and a month of a given year", () => {
    expect(date("昨天上午召开会议。", "昨天上午")).toMatchObject({ from: "2022-08-15", to: "2022-08-15", timeOfDay: "上午" });
    expect(date("2021年2月完工。", "2021年2月")).toMatchObject({ from: "2021-02-01", to: "2021-02-28" });
  });

  it("a decade", () => {
    expect(date("20世纪70年代开始学画。", "20世纪70年代")).toMatchObject({ from: "1970-01-01", to: "1979-12-31" });
  });

  it("marks what it cannot resolve", () => {
    expect(date("当天上午，孩子们参观了电台。", "当天")).toMatchObject({ resolved: false });
    expect(date("近日，名单公示。", "近日", null)).toMatchObject({ resolved: false });
    expect(date("近日，名单公示。", "近日", null).from).toBeUndefined();
  });
});
