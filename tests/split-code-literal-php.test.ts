/**
 * A PHP page that keeps its jobs in an array beside the loop that prints them (src/split/php-array.ts):
 * `$jobs = array(array("job_title" => "…"), …)` or `$jobs = [["title" => "…"], …]` gives a posting each, read
 * as data, its lines keeping their numbers; an array of other things (a menu, perks) leaves the page as it was,
 * and a page whose array is empty stays a careers index.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function normalized(name: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-php-'));
  writeFileSync(path.join(dir, name), text);
  const result = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
  return { records: parseNdjson(result.stdout), stderr: result.stderr };
}

const loop = '?>\n<h1>Current Jobs</h1>\n<table>\n<?php foreach ($jobs as $job) { ?>\n  <tr><td><?php echo $job[\'job_title\'] ?></td><td><?php echo $job[\'salary\'] ?></td></tr>\n<?php } ?>\n</table>\n';

describe('a PHP array of jobs', () => {
  it('array(array(…)): a posting each, with its keys as data', async () => {
    const text = `<?php\n# The jobs we print below.\n$jobs = array(\n    array(\n        "job_title" => "Azure Cloud Developer",\n        "job_description" => "We are seeking an experienced .NET developer.",\n        "salary" => "$115,000"\n    ),\n    array(\n        "job_title" => "DevOps Engineer",\n        "job_description" => "You will run our pipelines.",\n        "salary" => "$125,000"\n    )\n);\n${loop}`;
    const { records } = await normalized('index.php', text);
    expect(records.map((record) => record.title)).toEqual(['Azure Cloud Developer', 'DevOps Engineer']);
    expect(records.map((record) => record.salary[0]?.min)).toEqual([115000, 125000]);
    expect(records.map((record) => record.evidence.title.rule)).toEqual(['data.title', 'data.title']);
    // The lines keep their numbers: each title's evidence is its own line.
    expect(records.map((record) => record.evidence.title.line)).toEqual([5, 10]);
  });

  it('the short syntax, single quotes and a nested list: a posting each', async () => {
    const text = `<?php\n$jobs = [\n  ['title' => 'Software Engineer', 'location' => 'New York', 'tags' => ['Development', 'Coding']],\n  ['title' => 'Marketing Specialist', 'location' => 'San Francisco', 'tags' => ['Marketing']], // more to come\n];\n${loop}`;
    expect((await normalized('jobs.php', text)).records.map((record) => record.title)).toEqual(['Software Engineer', 'Marketing Specialist']);
  });

  it.each([
    ['a menu', '<?php\n$menu = [\n  ["title" => "Home", "url" => "/"],\n  ["title" => "About us", "url" => "/about"],\n  ["title" => "Contact", "url" => "/contact"],\n];\n?>\n<h1>Backend Engineer</h1>\n<p>Acme GmbH is hiring a Backend Engineer in Berlin, full-time.</p>\n<h2>Requirements</h2>\n<ul><li>Five years of PHP</li></ul>\n'],
    ['perks', '<?php\n$perks = array(\n  array("title" => "Remote work", "icon" => "globe"),\n  array("title" => "Learning budget", "icon" => "book"),\n);\n?>\n<h1>Office Manager</h1>\n<p>We are looking for an Office Manager in Vienna, part-time.</p>\n'],
    ['a list of lists (no keys)', '<?php\n$rows = [["Backend Engineer", "Berlin"], ["Designer", "Lisbon"]];\n?>\n<h1>Backend Engineer</h1>\n<p>We are looking for a Backend Engineer in Berlin.</p>\n'],
  ])('no split: %s beside one posting keeps one record', async (_case, text) => {
    expect((await normalized('page.php', text)).records).toHaveLength(1);
  });

  it('a page\'s own posting beside its "related jobs" array keeps its one record, not the related jobs', async () => {
    const text = '<?php\n$related = [\n  [\'title\' => \'Data Engineer\', \'url\' => \'/jobs/data-engineer\', \'location\' => \'Berlin\'],\n  [\'title\' => \'QA Engineer\', \'url\' => \'/jobs/qa-engineer\', \'location\' => \'Berlin\'],\n];\n?>\n'
      + '<html><head><title>Backend Engineer at Acme</title></head><body>\n<h1>Backend Engineer</h1>\n<p>Acme Robotics is hiring a backend engineer in Berlin. You will build our APIs in Go.</p>\n'
      + '<h2>Requirements</h2>\n<ul><li>5 years of backend experience</li><li>Go and Postgres</li></ul>\n<h2>Benefits</h2><ul><li>30 days of holiday</li></ul>\n<p>Salary: 70,000 EUR. Apply at jobs@acme.de</p>\n'
      + '<h3>Related jobs</h3>\n<?php foreach ($related as $job): ?><a href="<?= $job[\'url\'] ?>"><?= $job[\'title\'] ?></a><?php endforeach; ?>\n</body></html>\n';
    expect((await normalized('backend-engineer.php', text)).records.map((record) => record.title)).toEqual(['Backend Engineer']);
  });

  it('an empty array under "Current Jobs" stays a careers index', async () => {
    const { records, stderr } = await normalized('index.php', `<?php\n$jobs = array();\n${loop}`);
    expect(records).toEqual([]);
    expect(stderr).toMatch(/not a posting \(careers-index\)/);
  });
});
