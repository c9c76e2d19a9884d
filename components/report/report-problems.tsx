import type { ResolveProblem } from "@/lib/scenario/resolve";

/** Why a report has no numbers: each problem names its field and the fix. */
export function ReportProblems({ problems }: { problems: ResolveProblem[] }) {
  return (
    <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-4 text-red-900" data-testid="report-problems">
      <p className="font-medium">This scenario cannot be computed until these problems are fixed:</p>
      <ul className="list-disc pl-5">
        {problems.map((problem) => (
          <li key={`${problem.path}-${problem.message}`}>
            {problem.path ? (
              <>
                <code>{problem.path}</code>:{" "}
              </>
            ) : null}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
